import { ExternalLink } from "@/components/state/external-link";
import type { CompareSide } from "@/lib/compare";
import { compareWords } from "./copy";
import { useLocale } from "@/components/i18n/use-locale";

/** Each side's sources and the day its facts were last checked, side by side, for anyone citing the comparison. */
export function CompareSources({ a, b }: { a: CompareSide; b: CompareSide }) {
  const locale = useLocale();
  const { compareCopy } = compareWords[locale];
  return (
    <section aria-labelledby="compare-sources-heading" className="compare-sources">
      <h2 id="compare-sources-heading">{compareCopy.sourcesHeading}</h2>
      <div className="compare-sources-columns">
        {[a, b].map((side) => (
          <div key={side.code}>
            <h3>
              <a href={side.href}>{side.name}</a>
            </h3>
            <p>
              <strong>{compareCopy.lastVerified(side.name, side.lastVerified)}</strong>
            </p>
            <ol className="sources">
              {side.sources.map((source) => (
                <li key={source.url}>
                  <ExternalLink href={source.url}>{source.title}</ExternalLink>, {compareCopy.sourceDate(source.date)}
                </li>
              ))}
            </ol>
          </div>
        ))}
      </div>
    </section>
  );
}
