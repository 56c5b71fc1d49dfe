import type { ReactNode } from "react";
import { termsWords } from "@/components/copy/terms";
import { LegalHelpList } from "@/components/help/legal-help-list";
import { NationalHelp } from "@/components/help/national-help";
import { toHelpEntry } from "@/lib/eligibility";
import type { Federal, Jurisdiction } from "@/lib/schema";
import { stateWords } from "./copy";
import { ExternalLink } from "./external-link";
import { lawFactWords } from "./law-facts";
import { useLocale } from "@/components/i18n/use-locale";
import { howToApplyIn, type HowToApplyText } from "@/lib/data-text";

const Row = ({ term, children }: { term: string; children: ReactNode }) => (
  <div className="fact">
    <dt>{term}</dt>
    <dd>{children}</dd>
  </div>
);

/** Where to file, deadlines, documents, hearing, proof and fees, then where to get legal help. */
export function HowToApply({ entry }: { entry: Jurisdiction | Federal }) {
  const locale = useLocale();
  const { notInSources } = termsWords[locale];
  const { stateCopy } = stateWords[locale];
  const { lawFactText } = lawFactWords[locale];
  const how = entry.howToApply;
  const text = (key: HowToApplyText) => howToApplyIn(how, key, locale);
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
        <Row term={copy.whereToFile}>{text("whereToFile") ?? notInSources}</Row>
        <Row term={copy.motionName}>{text("motionName") ?? notInSources}</Row>
        {laws.length > 0 ? (
          <>
            <Row term={facts.timing}>{perLaw(lawFactText.timing)}</Row>
            <Row term={facts.documentation}>{perLaw(lawFactText.documentation)}</Row>
            <Row term={facts.hearing}>{perLaw(lawFactText.hearing)}</Row>
            <Row term={facts.burden}>{perLaw(lawFactText.burden)}</Row>
          </>
        ) : null}
        <Row term={copy.documents}>{text("documentsThatHelp") ?? notInSources}</Row>
        <Row term={copy.fees}>{text("fees") ?? notInSources}</Row>
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
        {text("lawyer") ? <Row term={copy.lawyer}>{text("lawyer")}</Row> : null}
        {text("confidentiality") ? <Row term={copy.confidentiality}>{text("confidentiality")}</Row> : null}
        {text("notes") ? <Row term={copy.notes}>{text("notes")}</Row> : null}
      </dl>
      <h3 id="help">{stateCopy.findHelp}</h3>
      <LegalHelpList help={how.legalHelp.map(toHelpEntry)} />
      <NationalHelp headingLevel={4} id="apply-national-help" />
    </section>
  );
}
