import type { ReactNode } from "react";
import { notInSources } from "@/components/copy/terms";
import { LegalHelpList } from "@/components/help/legal-help-list";
import { NationalHelp } from "@/components/help/national-help";
import { toHelpEntry } from "@/lib/eligibility";
import type { Federal, Jurisdiction } from "@/lib/schema";
import { stateCopy } from "./copy";
import { ExternalLink } from "./external-link";
import { lawFactText } from "./law-facts";

const Row = ({ term, children }: { term: string; children: ReactNode }) => (
  <div className="fact">
    <dt>{term}</dt>
    <dd>{children}</dd>
  </div>
);

/** Where to file, deadlines, documents, hearing, proof and fees, then where to get legal help. */
export function HowToApply({ entry }: { entry: Jurisdiction | Federal }) {
  const how = entry.howToApply;
  const copy = stateCopy.apply;
  const facts = stateCopy.lawFacts;
  const laws = entry.relief.filter((law) => law.reliefType !== "other");
  const perLaw = (text: (law: (typeof laws)[number]) => string) =>
    laws.length === 1 ? (
      text(laws[0]!)
    ) : (
      <ul>
        {laws.map((law) => (
          <li key={law.citation}>
            <span className="citation">{law.citation}</span>: {text(law)}
          </li>
        ))}
      </ul>
    );
  return (
    <section aria-labelledby="apply-heading">
      <h2 id="apply-heading">{stateCopy.applyHeading}</h2>
      <dl className="facts">
        <Row term={copy.whereToFile}>{how.whereToFile ?? notInSources}</Row>
        <Row term={copy.motionName}>{how.motionName ?? notInSources}</Row>
        {laws.length > 0 ? (
          <>
            <Row term={facts.timing}>{perLaw(lawFactText.timing)}</Row>
            <Row term={facts.documentation}>{perLaw(lawFactText.documentation)}</Row>
            <Row term={facts.hearing}>{perLaw(lawFactText.hearing)}</Row>
            <Row term={facts.burden}>{perLaw(lawFactText.burden)}</Row>
          </>
        ) : null}
        <Row term={copy.documents}>{how.documentsThatHelp ?? notInSources}</Row>
        <Row term={copy.fees}>{how.fees ?? notInSources}</Row>
        <Row term={copy.forms}>
          {how.forms.length > 0 ? (
            <ul>
              {how.forms.map((form) => (
                <li key={form.name}>
                  <ExternalLink href={form.url}>{form.name}</ExternalLink>
                </li>
              ))}
            </ul>
          ) : (
            notInSources
          )}
        </Row>
        {how.lawyer ? <Row term={copy.lawyer}>{how.lawyer}</Row> : null}
        {how.confidentiality ? <Row term={copy.confidentiality}>{how.confidentiality}</Row> : null}
        {how.notes ? <Row term={copy.notes}>{how.notes}</Row> : null}
      </dl>
      <h3 id="help">{stateCopy.findHelp}</h3>
      <LegalHelpList help={how.legalHelp.map(toHelpEntry)} />
      <NationalHelp headingLevel={4} id="apply-national-help" />
    </section>
  );
}
