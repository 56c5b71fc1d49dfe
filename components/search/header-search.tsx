import { SearchBox } from "./search-box";
import { getSiteSearchEntries } from "./site-search-entries";

/** The site search box, fed a small index built on the server; give a label where a page has two. */
export function HeaderSearch({ label }: { label?: string }) {
  return <SearchBox entries={getSiteSearchEntries()} label={label} className={label ? undefined : "header-search"} />;
}
