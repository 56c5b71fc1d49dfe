import { useLocale } from "@/components/i18n/use-locale";
import { changesHref, type Place } from "@/lib/changes";
import { localePath } from "@/lib/locale";
import { changesWords } from "./copy";

/** Links to each place's own change log: a filter that needs no JavaScript and keeps every page static. */
export function ChangesFilter({ places, current, counts }: { places: Place[]; current?: string; counts: Record<string, number> }) {
  const locale = useLocale();
  const { changesCopy } = changesWords[locale];
  return (
    <nav aria-label={changesCopy.filterLabel} className="changes-filter">
      <h2 className="small-heading">{changesCopy.filterLabel}</h2>
      <ul>
        <li>
          <a href={localePath(locale, changesHref())} aria-current={current ? undefined : "page"}>
            {changesCopy.allPlaces}
          </a>
        </li>
        {places.map((place) => (
          <li key={place.code}>
            <a href={localePath(locale, changesHref(place.slug))} aria-current={current === place.slug ? "page" : undefined}>
              {place.name} ({counts[place.code] ?? 0})
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
