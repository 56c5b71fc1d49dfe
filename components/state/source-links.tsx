import { useLocale } from "@/components/i18n/use-locale";
import type { Source } from "@/lib/schema";
import { stateWords } from "./copy";
import { ExternalLink } from "./external-link";

/** A short list of the sources behind one answer. */
export function SourceLinks({ sources }: { sources: Source[] }) {
  const locale = useLocale();
  const { stateCopy } = stateWords[locale];
  if (sources.length === 0) return null;
  return (
    <ul className="source-links">
      {sources.map((source) => (
        <li key={source.url}>
          <ExternalLink href={source.url}>{source.title}</ExternalLink>, {stateCopy.sourceDate(source.date)}
        </li>
      ))}
    </ul>
  );
}
