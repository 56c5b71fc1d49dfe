import type { Metadata } from "next";
import { coverageName, gradeText } from "@/components/copy/terms";
import { AllStatesList } from "@/components/search/all-states-list";
import { searchCopy } from "@/components/search/copy";
import { SearchResults } from "@/components/search/search-results";
import { getSearchEntries } from "@/lib/search-index";

export const metadata: Metadata = { title: searchCopy.pageTitle };

export default function SearchPage() {
  const entries = getSearchEntries(
    (level, grade) => `${coverageName[level]}${grade ? ` · Polaris 2023: ${gradeText(grade)}` : ""}`,
  );
  return (
    <>
      <h1>{searchCopy.pageTitle}</h1>
      <SearchResults entries={entries} />
      <noscript>
        <p>{searchCopy.noScriptNote}</p>
      </noscript>
      <h2>{searchCopy.allStatesHeading}</h2>
      <AllStatesList />
    </>
  );
}
