import type { Federal, Jurisdiction } from "@/lib/schema";
import { sourcesOf } from "@/lib/sources";
import { stateWords } from "./copy";
import { ExternalLink } from "./external-link";
import { useLocale } from "@/components/i18n/use-locale";

/** Every source, folded on screen (it is long) and opened for printing. */
export function SourcesList({ entry }: { entry: Jurisdiction | Federal }) {
  const locale = useLocale();
  const { stateCopy } = stateWords[locale];
  const sources = sourcesOf(entry);
  return (
    <section aria-labelledby="sources-heading">
      <h2 id="sources-heading">{stateCopy.sourcesHeading}</h2>
      <p>{stateCopy.lastVerified(entry.lastVerified)}</p>
      <details className="sources-details">
        <summary>{stateCopy.showSources(sources.length)}</summary>
        <ol className="sources">
          {sources.map((source) => (
            <li key={source.url}>
              <ExternalLink href={source.url}>{source.title}</ExternalLink>, {stateCopy.sourceDate(source.date)}. {source.supports}
            </li>
          ))}
        </ol>
      </details>
    </section>
  );
}
