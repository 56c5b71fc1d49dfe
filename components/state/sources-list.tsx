import type { Federal, Jurisdiction } from "@/lib/schema";
import { sourcesOf } from "@/lib/sources";
import { stateCopy } from "./copy";
import { ExternalLink } from "./external-link";

export function SourcesList({ entry }: { entry: Jurisdiction | Federal }) {
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
