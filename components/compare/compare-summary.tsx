import { summarizeDifferences, type AlignedRow, type CompareSide } from "@/lib/compare";
import { compareWords } from "./copy";
import { useLocale } from "@/components/i18n/use-locale";

export interface CompareSummaryProps {
  a: CompareSide;
  b: CompareSide;
  rows: AlignedRow[];
}

/** The differences that matter most, in words, above the full table. */
export function CompareSummary({ a, b, rows }: CompareSummaryProps) {
  const locale = useLocale();
  const { compareCopy, summarySentence } = compareWords[locale];
  const differences = summarizeDifferences(a.facts, b.facts);
  const differing = rows.filter((row) => row.differs).length;
  return (
    <section aria-labelledby="compare-summary-heading" className="compare-summary">
      <h2 id="compare-summary-heading">{compareCopy.summaryHeading}</h2>
      {differences.length > 0 ? (
        <ul>
          {differences.map((difference) => (
            <li key={difference.topic}>{summarySentence(difference, a.name, b.name)}</li>
          ))}
        </ul>
      ) : (
        <p>{compareCopy.noKeyDifferences(a.name, b.name)}</p>
      )}
      <p>{compareCopy.differCount(differing, rows.length)}</p>
      <p>
        <strong>{compareCopy.notAdvice}</strong>
      </p>
    </section>
  );
}
