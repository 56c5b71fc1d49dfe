import type { Metadata } from "next";
import { languageAlternates } from "@/components/i18n/alternates";
import { pageLocale } from "@/components/i18n/page-locale";
import { CompareFallbackForm } from "@/components/compare/compare-fallback-form";
import { CompareView } from "@/components/compare/compare-view";
import { compareWords } from "@/components/compare/copy";
import type { StateRef } from "@/lib/compare";
import { getJurisdictions } from "@/lib/data";
import { getSiteSearchEntries } from "@/components/search/site-search-entries";
import "@/components/compare/compare.css";
import { useLocale } from "@/components/i18n/use-locale";
import { localePath } from "@/lib/locale";

export function generateMetadata(): Metadata {
  const { compareCopy } = compareWords[pageLocale()];
  return { title: compareCopy.metaTitle, description: compareCopy.metaDescription, alternates: languageAlternates("/compare") };
}

export default function ComparePage() {
  const locale = useLocale();
  const { compareCopy } = compareWords[locale];
  const states: StateRef[] = getJurisdictions().map(({ code, slug, name }) => ({ code, slug, name }));
  const stateCodes = new Set<string>(states.map((state) => state.code));
  const entries = getSiteSearchEntries(locale).filter((entry) => stateCodes.has(entry.code));
  return (
    <>
      <h1>{compareCopy.heading}</h1>
      <p>{compareCopy.intro}</p>
      <p>
        <a href={localePath(locale, "/about#glossary")}>{compareCopy.glossaryLink}</a>
      </p>
      <div className="compare-area">
        <CompareView entries={entries} states={states} />
      </div>
      <noscript>
        <div id="noscript-compare" />
        <CompareFallbackForm states={states} />
      </noscript>
    </>
  );
}
