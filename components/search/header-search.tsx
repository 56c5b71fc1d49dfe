import { useLocale } from "@/components/i18n/use-locale";
import { SearchBox } from "./search-box";
import { getSiteSearchEntries } from "./site-search-entries";

/** The site search box, fed a small index built on the server; give a label where a page has two. */
export function HeaderSearch({ label }: { label?: string }) {
  const locale = useLocale();
  return <SearchBox entries={getSiteSearchEntries(locale)} label={label} className={label ? undefined : "header-search"} />;
}
