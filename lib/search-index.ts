import { coverageLevel, type CoverageLevel } from "./coverage";
import { getFederal, getJurisdictions } from "./data";
import { LATEST_EDITION } from "./grades";
import type { Grade } from "./schema";
import type { SearchEntry } from "./search";
import { localePath, type Locale } from "./locale";
import { stateHref } from "./slug";
import { SPANISH_NAMES } from "./state-names-es";

const ALIASES: Record<string, string[]> = {
  DC: ["Washington DC", "Washington D.C.", "D.C."],
  US: ["Federal", "United States", "Federal court"],
};

/** The small index the search box ships to the browser; describe turns facts into the summary line. */
export function getSearchEntries(describe: (level: CoverageLevel, grade: Grade | null) => string, locale: Locale = "en"): SearchEntry[] {
  const federal = getFederal();
  const aliasesOf = (code: string): string[] => [...(ALIASES[code] ?? []), ...(SPANISH_NAMES[code as keyof typeof SPANISH_NAMES] ?? [])];
  return [
    ...getJurisdictions().map((jurisdiction) => ({
      code: jurisdiction.code,
      name: jurisdiction.name,
      href: localePath(locale, stateHref(jurisdiction.slug)),
      aliases: aliasesOf(jurisdiction.code),
      summary: describe(coverageLevel(jurisdiction), jurisdiction.grades[LATEST_EDITION]),
    })),
    {
      code: federal.code,
      name: federal.name,
      href: localePath(locale, stateHref(federal.slug)),
      aliases: aliasesOf("US"),
      summary: describe(coverageLevel(federal), null),
    },
  ];
}
