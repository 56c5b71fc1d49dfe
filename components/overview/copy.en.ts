import type { Answer } from "@/lib/coverage";
import type { FilterSummary, IgnoredParam, LawFilter, OverviewFilter, OverviewSort, SortDirection, SortKey } from "@/lib/overview";
import type { OffensesCovered, RecordKind } from "@/lib/schema";

const statesWord = (count: number) => (count === 1 ? "state" : "states");

const lawFilterPhrase: Record<LawFilter, string> = {
  adults: "adults",
  labor: "labor trafficking",
  "any-offense": "any offense",
  arrests: "arrest records",
};

const joinWithAnd = (items: string[]): string =>
  items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;

/** "23 states have a law that covers adults and any offense." and friends. */
function matchSentence(summary: FilterSummary): string {
  const { count, total, filters } = summary;
  if (filters.length === 0) return `Showing all ${total}: every state and DC.`;
  if (summary.contradictory) return "No state matches: “No law found” cannot be combined with the other filters.";
  if (filters.includes("no-law")) {
    return count === 0
      ? "Every state has a trafficking-specific record relief law in our sources."
      : `${count} ${statesWord(count)} of ${total} ${count === 1 ? "has" : "have"} no trafficking-specific record relief law in our sources.`;
  }
  const covers = joinWithAnd(filters.filter((filter): filter is LawFilter => filter !== "no-law").map((filter) => lawFilterPhrase[filter]));
  if (count === 0) return `No state has a law in our sources that covers ${covers}.`;
  return `${count} ${statesWord(count)} of ${total} ${count === 1 ? "has" : "have"} a law that covers ${covers}.`;
}

function maybeSentence(summary: FilterSummary): string {
  if (summary.maybe.length === 0) return "";
  return ` ${joinWithAnd(summary.maybe)} may fit too: our sources don’t say.`;
}

export const overviewCopy = {
  metaTitle: "All states: who each trafficking record relief law covers",
  metaDescription:
    "Every state and DC in one table: who each trafficking record relief law covers, which criteria it meets, Polaris grades where known, and when each law changed.",
  heading: "All states and DC in one table",
  intro:
    "Each row is one state: our reading of who its law covers, how many of our checklist items it meets, Polaris grades where a source states them, and what the law covers. Choose a state’s name for the full details and sources.",
  methodLink: "How we decide coverage and the checklist",
  gradesLink: "Why most states show no Polaris grade",
  tableHeading: "Compare every state",
  tableCaption: "Every state and DC: coverage, checklist, Polaris grades and what each law covers",
  filtersLegend: "Show only states that…",
  filtersHint: "Tick more than one to find states where a single law does all of them.",
  filtersNeedScript: "These filters need JavaScript, which is off. The table below lists every state.",
  clearFilters: "Show all states",
  filterName: {
    adults: "Covers adults",
    labor: "Covers labor trafficking",
    "any-offense": "Covers any offense",
    arrests: "Clears arrest records",
    "no-law": "No law found",
  } satisfies Record<OverviewFilter, string>,
  filterMeaning: {
    adults: "People who were 18 or older at the time",
    labor: "Not only sex trafficking",
    "any-offense": "Any offense, or all but a few",
    arrests: "Or other records without a conviction",
    "no-law": "No trafficking-specific record relief",
  } satisfies Record<OverviewFilter, string>,
  summary: (summary: FilterSummary) => `${matchSentence(summary)}${maybeSentence(summary)}`,
  noRows: "No state matches these filters.",
  ignoredParam: (param: IgnoredParam) => `We did not recognise ${param.name}=“${param.value}” in the address, so we left it out.`,
  columns: {
    state: "State",
    coverage: "Coverage",
    criteria: "Checklist met",
    "grade-2023": "Polaris 2023",
    "grade-2019": "Polaris 2019",
    relief: "Relief",
    ages: "Ages",
    trafficking: "Trafficking",
    offenses: "Offenses",
    records: "Records",
    "latest-change": "Latest change",
  } satisfies Record<SortKey, string>,
  sortOrder: {
    state: { asc: "A to Z", desc: "Z to A" },
    coverage: { asc: "broadest first", desc: "narrowest first" },
    criteria: { asc: "fewest met first", desc: "most met first" },
    "grade-2023": { asc: "highest grade first", desc: "lowest grade first" },
    "grade-2019": { asc: "highest grade first", desc: "lowest grade first" },
    relief: { asc: "vacatur first, then expungement, then sealing", desc: "sealing and other relief first" },
    ages: { asc: "adults covered first", desc: "minors only and no law first" },
    trafficking: { asc: "sex and labor trafficking first", desc: "narrowest first" },
    offenses: { asc: "any offense first", desc: "narrowest first" },
    records: { asc: "fewest kinds of record first", desc: "most kinds of record first" },
    "latest-change": { asc: "oldest first", desc: "newest first" },
  } satisfies Record<SortKey, Record<SortDirection, string>>,
  sorted: (sort: OverviewSort) =>
    `Sorted by ${overviewColumnName(sort.key)}, ${overviewSortOrder(sort)}. Rows our sources don’t settle go last.`,
  sortButtonHint: "Choose a column heading to sort by it; choose it again to reverse.",
  criteriaCell: (met: number, total: number, unknown: number) =>
    unknown > 0 ? `${met} of ${total} (${unknown} not found in our sources)` : `${met} of ${total}`,
  gradeScore: (score: number) => `Score ${score}`,
  noLaw: "No law found",
  noRelief: "None found",
  federalNote: "Federal convictions are not in this table: a state law never clears them.",
  federalLink: "See federal convictions",
  timeline: {
    heading: "How the laws have changed",
    lead: (year: number, names: string[]) =>
      `The first law in our data is ${joinWithAnd(names)}’s, enacted in ${year}. Each year below lists the states that enacted a new record relief law or amended one, from the years our sources give.`,
    leadNoFirst: "Each year below lists the states that enacted a new record relief law or amended one, from the years our sources give.",
    amendNote: "An amendment can widen or narrow a law; each state’s page says what changed.",
    showTable: "Show the year-by-year table",
    caption: "Record relief laws enacted and amended, year by year",
    year: "Year",
    withLaw: "States with a law by then",
    enacted: "New laws",
    amended: "Amendments",
    none: "None",
    withLawText: (count: number, total: number) => `${count} of ${total}`,
    undated: (count: number) =>
      `${count} more ${statesWord(count)} ${count === 1 ? "has" : "have"} a law, but no year for it is in our sources:`,
    empty: "No law in our sources gives a year.",
  },
};

export function overviewColumnName(key: SortKey): string {
  return overviewCopy.columns[key];
}

export function overviewSortOrder(sort: OverviewSort): string {
  return overviewCopy.sortOrder[sort.key][sort.dir];
}

export const agesText = (adults: Answer, minors: Answer): string => {
  if (adults === "yes") return "Adults and minors";
  if (adults === "unknown") return minors === "yes" ? "Minors; adults not found in our sources" : "Not found in our sources";
  return "Minors only";
};

export const traffickingText = (sex: Answer, labor: Answer): string => {
  if (sex === "yes" && labor === "yes") return "Sex and labor";
  if (sex === "yes") return labor === "unknown" ? "Sex; labor not found in our sources" : "Sex only";
  if (labor === "yes") return sex === "unknown" ? "Labor; sex not found in our sources" : "Labor only";
  return "Not found in our sources";
};

export const offensesText: Record<OffensesCovered, string> = {
  "any-offense": "Any offense",
  "any-offense-with-exceptions": "Any offense, with exceptions",
  "listed-offenses": "Listed offenses only",
  "prostitution-related-only": "Prostitution-related only",
};

export const recordText: Record<RecordKind, string> = {
  convictions: "convictions",
  arrests: "arrests",
  "juvenile-adjudications": "juvenile records",
  "non-conviction-records": "other non-conviction records",
};

export const recordsText = (records: RecordKind[]): string => {
  const text = records.map((kind) => recordText[kind]).join(", ");
  return text.charAt(0).toUpperCase() + text.slice(1);
};
