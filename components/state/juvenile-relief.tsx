import { useLocale } from "@/components/i18n/use-locale";
import { juvenileSummaryIn } from "@/lib/data-text";
import type { Federal, Jurisdiction } from "@/lib/schema";
import { stateWords } from "./copy";
import { GlossaryText } from "./glossary-text";
import { SourceLinks } from "./source-links";

/** Whether juvenile court records of trafficked children can be cleared here, answered from sources. */
export function JuvenileRelief({ entry }: { entry: Jurisdiction | Federal }) {
  const locale = useLocale();
  const { stateCopy } = stateWords[locale];
  const juvenile = entry.juvenileRelief;
  return (
    <section aria-labelledby="juvenile-heading" id="juvenile">
      <h2 id="juvenile-heading">{stateCopy.juvenileHeading}</h2>
      <p>
        <strong>{stateCopy.juvenileStatus[juvenile.status]}</strong> <GlossaryText text={juvenileSummaryIn(entry, locale)} />
      </p>
      {juvenile.searched ? (
        <p className="muted">
          {stateCopy.juvenileSearched} <span lang={locale === "en" ? undefined : "en"}>{juvenile.searched}</span>
        </p>
      ) : null}
      <SourceLinks sources={juvenile.sources} />
    </section>
  );
}
