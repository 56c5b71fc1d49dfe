import { useLocale } from "@/components/i18n/use-locale";
import { changesHref, type Place } from "@/lib/changes";
import { localePath } from "@/lib/locale";
import type { ChangeEntry } from "@/lib/schema";
import { ChangeList } from "./change-list";
import { changesWords } from "./copy";

const SHOWN = 3;

/** A state page's last few changes, with a link to all of them. */
export function RecentChanges({ place, changes }: { place: Place; changes: ChangeEntry[] }) {
  const locale = useLocale();
  const { changesCopy } = changesWords[locale];
  if (changes.length === 0) return null;
  return (
    <section aria-labelledby="recent-changes-heading" id="changes">
      <h2 id="recent-changes-heading">{changesCopy.recentHeading}</h2>
      <ChangeList changes={changes.slice(0, SHOWN)} places={[place]} headingLevel={3} />
      <p>
        <a href={localePath(locale, changesHref(place.slug))}>{changesCopy.recentAll(place.name)}</a>
      </p>
    </section>
  );
}
