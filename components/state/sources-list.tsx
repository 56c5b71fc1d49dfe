import type { Federal, Jurisdiction, Source } from "@/lib/schema";
import { stateCopy } from "./copy";
import { ExternalLink } from "./external-link";

/** Every source the page relies on, once each, with its date and what it supports. */
export function allSources(entry: Jurisdiction | Federal): Source[] {
  const grades = "grades" in entry ? [entry.grades["2019"], entry.grades["2023"]].flatMap((grade) => (grade ? [grade.source] : [])) : [];
  const everything = [
    ...entry.relief.flatMap((law) => law.sources),
    ...grades,
    ...entry.pending.map((bill) => bill.source),
    ...entry.howToApply.sources,
    ...entry.generalRelief.sources,
    ...entry.sources,
  ];
  const byUrl = new Map<string, Source>();
  for (const source of everything) if (!byUrl.has(source.url)) byUrl.set(source.url, source);
  return [...byUrl.values()];
}

export function SourcesList({ entry }: { entry: Jurisdiction | Federal }) {
  return (
    <section aria-labelledby="sources-heading">
      <h2 id="sources-heading">{stateCopy.sourcesHeading}</h2>
      <ol className="sources">
        {allSources(entry).map((source) => (
          <li key={source.url}>
            <ExternalLink href={source.url}>{source.title}</ExternalLink>, {stateCopy.sourceDate(source.date)}. {source.supports}
          </li>
        ))}
      </ol>
      <p>{stateCopy.lastVerified(entry.lastVerified)}</p>
    </section>
  );
}
