import { coverageName, gradeText } from "@/components/copy/terms";
import { getSearchEntries } from "@/lib/search-index";
import { SearchBox } from "./search-box";

/** The site search box, fed a small index built on the server; give a label where a page has two. */
export function HeaderSearch({ label }: { label?: string }) {
  const entries = getSearchEntries(
    (level, grade) => `${coverageName[level]}${grade ? ` · Polaris 2023: ${gradeText(grade)}` : ""}`,
  );
  return <SearchBox entries={entries} label={label} className={label ? undefined : "header-search"} />;
}
