import { termsWords } from "@/components/copy/terms";
import { LATEST_EDITION } from "@/lib/grades";
import type { Locale } from "@/lib/locale";
import { getSearchEntries } from "@/lib/search-index";
import type { SearchEntry } from "@/lib/search";

/** The search index with its summary line ("Minors only · Polaris 2023: F"), built on the server. */
export function getSiteSearchEntries(locale: Locale): SearchEntry[] {
  const { coverageName, gradeText, polarisGrade } = termsWords[locale];
  return getSearchEntries(
    (level, grade) => `${coverageName[level]}${grade ? ` · ${polarisGrade(LATEST_EDITION, gradeText(grade))}` : ""}`,
    locale,
  );
}
