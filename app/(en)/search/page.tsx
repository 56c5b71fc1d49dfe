import type { Metadata } from "next";
import { languageAlternates } from "@/components/i18n/alternates";
import { pageLocale } from "@/components/i18n/page-locale";
import { AllStatesList } from "@/components/search/all-states-list";
import { searchWords } from "@/components/search/copy";
import { SearchResults } from "@/components/search/search-results";
import { getSiteSearchEntries } from "@/components/search/site-search-entries";
import { useLocale } from "@/components/i18n/use-locale";

export function generateMetadata(): Metadata {
  const { searchCopy } = searchWords[pageLocale()];
  return { title: searchCopy.pageTitle, alternates: languageAlternates("/search") };
}

export default function SearchPage() {
  const locale = useLocale();
  const { searchCopy } = searchWords[locale];
  const entries = getSiteSearchEntries(locale);
  return (
    <>
      <h1>{searchCopy.pageTitle}</h1>
      <SearchResults entries={entries} />
      <noscript>
        <div id="noscript-results" />
        <p>{searchCopy.noScriptNote}</p>
      </noscript>
      <h2>{searchCopy.allStatesHeading}</h2>
      <AllStatesList />
    </>
  );
}
