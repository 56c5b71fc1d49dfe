import { termsWords } from "@/components/copy/terms";
import { LATEST_EDITION } from "@/lib/grades";
import type { Locale } from "@/lib/locale";
import { getSearchEntries } from "@/lib/search-index";
import type { SearchEntry } from "@/lib/search";

const entries = new Map<Locale, SearchEntry[]>();

/**
 * The search index with its summary line ("Minors only · Polaris 2023: F"), built on the server once per
 * language. Every caller gets the same array, so a page that shows two search boxes sends the index once.
 */
export function getSiteSearchEntries(locale: Locale): SearchEntry[] {
  const { coverageName, gradeText, polarisGrade } = termsWords[locale];
  if (!entries.has(locale)) {
    entries.set(
      locale,
      getSearchEntries((level, grade) => `${coverageName[level]}${grade ? ` · ${polarisGrade(LATEST_EDITION, gradeText(grade))}` : ""}`, locale),
    );
  }
  return entries.get(locale)!;
}
