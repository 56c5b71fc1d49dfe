import type { Metadata } from "next";
import { languageAlternates } from "@/components/i18n/alternates";
import { termsWords } from "@/components/copy/terms";
import { ComparePickerForm } from "@/components/home/compare-picker-form";
import { homeWords } from "@/components/home/copy";
import { mapWords } from "@/components/map/copy";
import { MapExplorer, type CalloutFacts } from "@/components/map/map-explorer";
import { MapLegend } from "@/components/map/map-legend";
import { SmallStateTargets } from "@/components/map/small-state-targets";
import { StatesTable } from "@/components/map/states-table";
import { coverageLine, UsMap } from "@/components/map/us-map";
import { staticHtml } from "@/components/static-markup";
import { getMapStates } from "@/lib/map-data";
import { useLocale } from "@/components/i18n/use-locale";
import { localePath } from "@/lib/locale";

export function generateMetadata(): Metadata {
  return { alternates: languageAlternates("/") };
}

export default function HomePage() {
  const locale = useLocale();
  const { gradeText } = termsWords[locale];
  const { homeCopy } = homeWords[locale];
  const { mapCopy } = mapWords[locale];
  const states = getMapStates();
  const callouts: Record<string, CalloutFacts> = Object.fromEntries(
    states.map((state) => [
      state.code,
      {
        name: state.name,
        line: coverageLine(state, locale),
        grade2019: gradeText(state.jurisdiction.grades["2019"]),
        grade2023: gradeText(state.jurisdiction.grades["2023"]),
      },
    ]),
  );
  return (
    <>
      <section className="intro">
        <h1>{homeCopy.heading}</h1>
        <p>{homeCopy.intro}</p>
        <p>{homeCopy.audience}</p>
      </section>
      <section aria-labelledby="map-heading" className="map-section">
        <h2 id="map-heading">{homeCopy.mapHeading}</h2>
        <a className="skip-table" href="#after-states">
          {mapCopy.skipTable}
        </a>
        <MapExplorer callouts={callouts}>
          {/* Static markup: sent as one string and hydrated as one element, not ~500 nodes (see renderStaticMarkup). */}
          <div
            className="map-and-targets"
            dangerouslySetInnerHTML={staticHtml(
              <>
                <UsMap states={states} locale={locale} />
                <SmallStateTargets states={states} locale={locale} />
              </>,
            )}
          />
          <div dangerouslySetInnerHTML={staticHtml(<MapLegend states={states} locale={locale} />)} />
        </MapExplorer>
        <p className="federal-note">
          {mapCopy.federalNote} <a href={localePath(locale, "/federal")}>{mapCopy.federalLink}</a>
        </p>
        <h2>{mapCopy.tableHeading}</h2>
        {/* The table, the legends and the form are static markup too: nothing in them changes in the browser. */}
        <div className="table-scroll" id="all-states" dangerouslySetInnerHTML={staticHtml(<StatesTable states={states} locale={locale} />)} />
      </section>
      <div
        id="after-states"
        tabIndex={-1}
        dangerouslySetInnerHTML={staticHtml(<ComparePickerForm jurisdictions={states.map((state) => state.jurisdiction)} locale={locale} />)}
      />
    </>
  );
}
