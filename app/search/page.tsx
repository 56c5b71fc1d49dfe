import type { Metadata } from "next";
import { AllStatesList } from "@/components/search/all-states-list";
import { searchCopy } from "@/components/search/copy";
import { SearchResults } from "@/components/search/search-results";
import { getSiteSearchEntries } from "@/components/search/site-search-entries";

export const metadata: Metadata = { title: searchCopy.pageTitle };

export default function SearchPage() {
  const entries = getSiteSearchEntries();
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
