import { useLocale } from "@/components/i18n/use-locale";
import { ExternalLink } from "@/components/state/external-link";
import { fieldValueText, placeOf, placePageHref, type Place } from "@/lib/changes";
import { localePath } from "@/lib/locale";
import type { ChangeEntry } from "@/lib/schema";
import { changesWords } from "./copy";
import "./changes.css";

/** Changes, newest first: when, where, what in plain words, the data fields before and after, and the source. */
export function ChangeList({ changes, places, headingLevel = 2 }: { changes: ChangeEntry[]; places: Place[]; headingLevel?: 2 | 3 }) {
  const locale = useLocale();
  const { changesCopy } = changesWords[locale];
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <ol className="change-list">
      {changes.map((change) => {
        const place = placeOf(places, change);
        return (
          <li key={change.id} id={change.id} className="change">
            <Heading className="change-heading">
              <time dateTime={change.date}>{change.date}</time>
              {" · "}
              <a href={localePath(locale, placePageHref(place))}>{place.name}</a>
            </Heading>
            <p>{locale === "es" ? change.summaryEs : change.summary}</p>
            <details>
              <summary>{changesCopy.fieldsSummary}</summary>
              <ul className="change-fields">
                {change.fields.map((field) => (
                  <li key={field.field}>
                    <code>{field.field}</code>: {changesCopy.fieldOld} <span lang="en">{fieldValueText(field.old, changesCopy.nothing)}</span>;{" "}
                    {changesCopy.fieldNew} <span lang="en">{fieldValueText(field.new, changesCopy.nothing)}</span>
                  </li>
                ))}
              </ul>
            </details>
            <p className="change-source">
              {changesCopy.source} <ExternalLink href={change.source.url}>{change.source.title}</ExternalLink>
            </p>
          </li>
        );
      })}
    </ol>
  );
}
