import { termsWords } from "@/components/copy/terms";
import type { ReliefLaw } from "@/lib/schema";
import { stateWords } from "./copy";
import { ExternalLink } from "./external-link";
import { lawFactWords } from "./law-facts";
import { useLocale } from "@/components/i18n/use-locale";
import { plainSummaryIn } from "@/lib/data-text";
import { GlossaryText } from "./glossary-text";

/** One relief law: its citation, what it does in plain words, and each fact or "not found in our sources". */
export function ReliefLawCard({ law }: { law: ReliefLaw }) {
  const locale = useLocale();
  const { inForceUnknown, notInSources, reliefTypeMeaning, reliefTypeName } = termsWords[locale];
  const { stateCopy } = stateWords[locale];
  const { lawFactText } = lawFactWords[locale];
  const facts = stateCopy.lawFacts;
  const rows: Array<[string, string]> = [
    [facts.type, `${reliefTypeName[law.reliefType]}: ${reliefTypeMeaning[law.reliefType]}`],
    [facts.ages, lawFactText.ages(law)],
    [facts.trafficking, lawFactText.trafficking(law)],
    [facts.offenses, lawFactText.offenses(law)],
    [facts.records, lawFactText.records(law)],
    [facts.timing, lawFactText.timing(law)],
    [facts.hearing, lawFactText.hearing(law)],
    [facts.burden, lawFactText.burden(law)],
    [facts.documentation, lawFactText.documentation(law)],
    [facts.discretion, lawFactText.discretion(law)],
    [facts.fees, lawFactText.fees(law)],
  ];
  return (
    <article className="law-card">
      <h3>
        <span className="citation">{law.citation}</span>
      </h3>
      {law.inForce === null ? <p className="notice">{inForceUnknown}.</p> : null}
      <p>
        <GlossaryText text={plainSummaryIn(law, locale)} />
      </p>
      <p className={law.verification.level === "secondary" ? "notice verification" : "verification"}>
        <strong>{stateCopy.verification.label}:</strong> {stateCopy.verification[law.verification.level]} (
        <ExternalLink href={law.verification.url}>{stateCopy.verification.read}</ExternalLink>, {law.verification.checkedOn}).
      </p>
      {law.statuteUrl ? (
        <p>
          <ExternalLink href={law.statuteUrl}>{stateCopy.statuteLink}: {law.citation}</ExternalLink>
        </p>
      ) : null}
      <dl className="facts">
        {rows.map(([term, value]) => (
          <div key={term} className={value === notInSources ? "fact unknown" : "fact"}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <details className="law-history">
        <summary>{stateCopy.showHistory}</summary>
        <p>{law.history.length > 0 ? law.history.join(" ") : notInSources}</p>
      </details>
    </article>
  );
}
