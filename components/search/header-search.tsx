import { coverageName, gradeText } from "@/components/copy/terms";
import { getSearchEntries } from "@/lib/search-index";
import { SearchBox } from "./search-box";

/** The search box in the header, fed a small index built on the server. */
export function HeaderSearch() {
  const entries = getSearchEntries(
    (level, grade) => `${coverageName[level]}${grade ? ` · Polaris 2023: ${gradeText(grade)}` : ""}`,
  );
  return <SearchBox entries={entries} className="header-search" />;
}
