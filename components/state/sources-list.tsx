import type { Federal, Jurisdiction } from "@/lib/schema";
import { sourcesOf } from "@/lib/sources";
import { stateWords } from "./copy";
import { ExternalLink } from "./external-link";
import { useLocale } from "@/components/i18n/use-locale";

export function SourcesList({ entry }: { entry: Jurisdiction | Federal }) {
  const locale = useLocale();
  const { stateCopy } = stateWords[locale];
  return (
    <section aria-labelledby="sources-heading">
      <h2 id="sources-heading">{stateCopy.sourcesHeading}</h2>
      <ol className="sources">
        {sourcesOf(entry).map((source) => (
          <li key={source.url}>
            <ExternalLink href={source.url}>{source.title}</ExternalLink>, {stateCopy.sourceDate(source.date)}. {source.supports}
          </li>
        ))}
      </ol>
      <p>{stateCopy.lastVerified(entry.lastVerified)}</p>
    </section>
  );
}
