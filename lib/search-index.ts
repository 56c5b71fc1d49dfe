import { coverageLevel, type CoverageLevel } from "./coverage";
import { getFederal, getJurisdictions } from "./data";
import { LATEST_EDITION } from "./grades";
import type { Grade } from "./schema";
import type { SearchEntry } from "./search";
import { stateHref } from "./slug";

const ALIASES: Record<string, string[]> = {
  DC: ["Washington DC", "Washington D.C.", "D.C."],
  US: ["Federal", "United States", "Federal court"],
};

/** The small index the search box ships to the browser; describe turns facts into the summary line. */
export function getSearchEntries(describe: (level: CoverageLevel, grade: Grade | null) => string): SearchEntry[] {
  const federal = getFederal();
  return [
    ...getJurisdictions().map((jurisdiction) => ({
      code: jurisdiction.code,
      name: jurisdiction.name,
      href: stateHref(jurisdiction.slug),
      aliases: ALIASES[jurisdiction.code] ?? [],
      summary: describe(coverageLevel(jurisdiction), jurisdiction.grades[LATEST_EDITION]),
    })),
    {
      code: federal.code,
      name: federal.name,
      href: stateHref(federal.slug),
      aliases: ALIASES.US ?? [],
      summary: describe(coverageLevel(federal), null),
    },
  ];
}
