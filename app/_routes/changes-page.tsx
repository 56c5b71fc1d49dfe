import { ChangeList } from "@/components/changes/change-list";
import { ChangesFilter } from "@/components/changes/changes-filter";
import { changesWords } from "@/components/changes/copy";
import { useLocale } from "@/components/i18n/use-locale";
import { changesOf, newestFirst, type Place } from "@/lib/changes";
import { getChanges, getPlaces } from "@/lib/data";

/** The change log, for every place or for one. */
export function ChangesPage({ place }: { place?: Place }) {
  const locale = useLocale();
  const { changesCopy } = changesWords[locale];
  const all = newestFirst(getChanges());
  const places = getPlaces();
  const shown = place ? changesOf(all, place.code) : all;
  const counts = Object.fromEntries(places.map((candidate) => [candidate.code, changesOf(all, candidate.code).length]));
  return (
    <>
      <h1>{place ? changesCopy.stateHeading(place.name) : changesCopy.heading}</h1>
      <p>{place ? changesCopy.stateIntro(place.name) : changesCopy.intro}</p>
      <p>
        {changesCopy.feedLead} <a href="/changes.xml" type="application/atom+xml">{changesCopy.feedLink}</a>
      </p>
      <p className="muted">{changesCopy.count(shown.length)}</p>
      {shown.length === 0 && place ? <p>{changesCopy.none(place.name)}</p> : <ChangeList changes={shown} places={places} />}
      <ChangesFilter places={places} current={place?.slug} counts={counts} />
    </>
  );
}
