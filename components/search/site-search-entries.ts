import { coverageName, gradeText, polarisGrade } from "@/components/copy/terms";
import { LATEST_EDITION } from "@/lib/grades";
import { getSearchEntries } from "@/lib/search-index";
import type { SearchEntry } from "@/lib/search";

let entries: SearchEntry[] | undefined;

/**
 * The search index with its summary line ("Minors only · Polaris 2023: F"), built on the server once. Every
 * caller gets the same array, so a page that shows two search boxes sends the index once in its React payload.
 */
export function getSiteSearchEntries(): SearchEntry[] {
  return (entries ??= getSearchEntries(
    (level, grade) => `${coverageName[level]}${grade ? ` · ${polarisGrade(LATEST_EDITION, gradeText(grade))}` : ""}`,
  ));
}
