import { countBy, COVERAGE_LEVELS, coversBroadOffenses, coverageFacts, coverageLevel, coverageRank, latestChangeYear, recordReliefLaws, type Answer, type CoverageLevel } from "./coverage";
import { countMet, evaluateCriteria } from "./criteria";
import { EDITION_YEARS, gradeKey, type GradeKey } from "./grades";
import type { EditionYear, Jurisdiction, OffensesCovered, RecordKind, ReliefLaw, ReliefType, StateCode } from "./schema";
import { stateHref } from "./slug";

/* ---------- Rows ---------- */

/** Whether something holds: yes, no, or our sources do not say. */
export type FilterMatch = "yes" | "maybe" | "no";

/** What one record-relief law does, in the terms the filters ask about. */
export interface LawMatches {
  adults: FilterMatch;
  labor: FilterMatch;
  anyOffense: FilterMatch;
  arrests: FilterMatch;
}

export interface GradeCell {
  key: GradeKey;
  /** The score where a source gives one; null otherwise. */
  score: number | null;
}

/** One line of the all-states table: small, already shaped, safe to pass to a client component. */
export interface OverviewRow {
  code: StateCode;
  name: string;
  href: string;
  level: CoverageLevel;
  criteriaMet: number;
  /** Criteria our sources cannot settle either way. */
  criteriaUnknown: number;
  grades: Record<EditionYear, GradeCell>;
  /** Every kind of relief the jurisdiction has, strongest first; empty when it has none. */
  reliefTypes: ReliefType[];
  adults: Answer;
  minors: Answer;
  sex: Answer;
  labor: Answer;
  /** The broadest offense coverage any record-relief law is known to have; null when none is known. */
  offenses: OffensesCovered | null;
  /** Every kind of record some law is known to clear; null when no law says; empty when there is no law. */
  records: RecordKind[] | null;
  latestChange: number | null;
  laws: LawMatches[];
  /** What each record-relief law covers, so a row whose laws differ can say which law gives which. */
  lawCoverage: LawCoverage[];
}

/** One law's facts for the table's ages, trafficking, offenses and records columns. */
export interface LawCoverage {
  /** The citation without its trailing explanation ("Ark. Code Ann. § 16-90-1412(b)(1)(B)(ii)"), or whole where that would repeat another law's. */
  citation: string;
  adults: Answer;
  minors: Answer;
  sex: Answer;
  labor: Answer;
  offenses: OffensesCovered | null;
  records: RecordKind[] | null;
}

/**
 * A citation without the explanation some carry after it: " (prostitution convictions)", "; …".
 * A spaced subsection such as the "(b)" of "§ 15-27-2(a)(8) and (b)" is part of the citation, not an explanation.
 */
export const shortCitation = (citation: string): string => citation.split(/\s+\((?![a-z0-9]{1,4}\))|;\s/i)[0]!.trim();

const lawAnswer = (law: ReliefLaw, value: boolean | null): Answer =>
  value === null || (law.inForce === null && value) ? "unknown" : value ? "yes" : "no";

/** Keeps the full citations when the short ones would name two laws alike. */
const namedApart = (coverage: LawCoverage[], laws: ReliefLaw[]): LawCoverage[] =>
  new Set(coverage.map((law) => law.citation)).size === coverage.length
    ? coverage
    : coverage.map((law, index) => ({ ...law, citation: laws[index]!.citation }));

export function lawCoverage(law: ReliefLaw): LawCoverage {
  const types = law.traffickingTypes;
  return {
    citation: shortCitation(law.citation),
    adults: lawAnswer(law, law.agesCovered === null ? null : law.agesCovered === "all-ages"),
    minors: lawAnswer(law, law.agesCovered === null ? null : true),
    sex: lawAnswer(law, types === null ? null : types.includes("sex")),
    labor: lawAnswer(law, types === null ? null : types.includes("labor")),
    offenses: law.offensesCovered,
    records: law.recordsCovered === null ? null : RECORD_ORDER.filter((kind) => law.recordsCovered!.includes(kind)),
  };
}

const fromFact = (value: boolean | null): FilterMatch => (value === null ? "maybe" : value ? "yes" : "no");

/** A law our sources do not confirm is still in force can only ever "maybe" match. */
const atMostMaybe = (match: FilterMatch): FilterMatch => (match === "yes" ? "maybe" : match);

export function lawMatches(law: ReliefLaw): LawMatches {
  const matches: LawMatches = {
    adults: fromFact(law.agesCovered === null ? null : law.agesCovered === "all-ages"),
    labor: fromFact(law.traffickingTypes === null ? null : law.traffickingTypes.includes("labor")),
    anyOffense: fromFact(coversBroadOffenses(law)),
    arrests: fromFact(
      law.recordsCovered === null ? null : law.recordsCovered.some((kind) => kind === "arrests" || kind === "non-conviction-records"),
    ),
  };
  if (law.inForce !== null) return matches;
  return {
    adults: atMostMaybe(matches.adults),
    labor: atMostMaybe(matches.labor),
    anyOffense: atMostMaybe(matches.anyOffense),
    arrests: atMostMaybe(matches.arrests),
  };
}

// Plain lists, not the zod enums, so a client component importing this file does not ship zod.
const OFFENSE_RANK: Record<OffensesCovered, number> = {
  "any-offense": 0,
  "any-offense-with-exceptions": 1,
  "listed-offenses": 2,
  "prostitution-related-only": 3,
};
const RECORD_ORDER: readonly RecordKind[] = ["convictions", "arrests", "juvenile-adjudications", "non-conviction-records"];
const RELIEF_ORDER: readonly ReliefType[] = ["vacatur", "expungement", "sealing", "other"];

function broadestOffenses(laws: ReliefLaw[]): OffensesCovered | null {
  const known = laws.flatMap((law) => (law.offensesCovered === null ? [] : [law.offensesCovered]));
  if (known.length === 0) return null;
  return known.reduce((best, value) => (OFFENSE_RANK[value] < OFFENSE_RANK[best] ? value : best));
}

function recordsOf(laws: ReliefLaw[]): RecordKind[] | null {
  if (laws.length === 0) return [];
  const known = laws.flatMap((law) => law.recordsCovered ?? []);
  if (known.length === 0) return null;
  return RECORD_ORDER.filter((kind) => known.includes(kind));
}

const gradeCell = (jurisdiction: Jurisdiction, year: EditionYear): GradeCell => {
  const grade = jurisdiction.grades[year];
  return { key: gradeKey(grade), score: grade?.score ?? null };
};

/** Builds a table row from a jurisdiction, using the same coverage and criteria readings as every other page. */
export function buildOverviewRow(jurisdiction: Jurisdiction): OverviewRow {
  const laws = recordReliefLaws(jurisdiction);
  const facts = coverageFacts(jurisdiction);
  const criteria = evaluateCriteria(jurisdiction);
  const types = new Set(jurisdiction.relief.map((law) => law.reliefType));
  return {
    code: jurisdiction.code,
    name: jurisdiction.name,
    href: stateHref(jurisdiction.slug),
    level: coverageLevel(jurisdiction),
    criteriaMet: countMet(criteria),
    criteriaUnknown: criteria.filter((result) => result.status === "unknown").length,
    grades: { "2019": gradeCell(jurisdiction, "2019"), "2023": gradeCell(jurisdiction, "2023") },
    reliefTypes: RELIEF_ORDER.filter((type) => types.has(type)),
    adults: facts.adults,
    minors: facts.minors,
    sex: facts.sexTrafficking,
    labor: facts.laborTrafficking,
    offenses: broadestOffenses(laws),
    records: recordsOf(laws),
    latestChange: latestChangeYear(jurisdiction),
    laws: laws.map(lawMatches),
    lawCoverage: namedApart(laws.map(lawCoverage), laws),
  };
}

/* ---------- Filters ---------- */

export const OVERVIEW_FILTERS = ["adults", "labor", "any-offense", "arrests", "no-law"] as const;
export type OverviewFilter = (typeof OVERVIEW_FILTERS)[number];

/** The filters that ask about what a law does (all but "no law"). */
export type LawFilter = Exclude<OverviewFilter, "no-law">;

const LAW_FACT: Record<LawFilter, keyof LawMatches> = {
  adults: "adults",
  labor: "labor",
  "any-offense": "anyOffense",
  arrests: "arrests",
};

const MATCH_RANK: Record<FilterMatch, number> = { no: 0, maybe: 1, yes: 2 };
const weakest = (matches: FilterMatch[]): FilterMatch =>
  matches.reduce<FilterMatch>((low, match) => (MATCH_RANK[match] < MATCH_RANK[low] ? match : low), "yes");
const strongest = (matches: FilterMatch[]): FilterMatch =>
  matches.reduce<FilterMatch>((high, match) => (MATCH_RANK[match] > MATCH_RANK[high] ? match : high), "no");

export const isLawFilter = (filter: OverviewFilter): filter is LawFilter => filter !== "no-law";

/**
 * Whether a row fits every chosen filter. The law filters must all hold for one and the same
 * law (a minors-only law for any offense plus an adult law for prostitution only is not
 * "adults, any offense"). "maybe" means no known fact rules it out but one is missing.
 */
export function matchRow(row: Pick<OverviewRow, "level" | "laws">, filters: readonly OverviewFilter[]): FilterMatch {
  const lawFilters = filters.filter(isLawFilter);
  if (filters.includes("no-law")) return row.level === "none" && lawFilters.length === 0 ? "yes" : "no";
  if (lawFilters.length === 0) return "yes";
  return strongest(row.laws.map((law) => weakest(lawFilters.map((filter) => law[LAW_FACT[filter]]))));
}

/** The rows that certainly fit every chosen filter, in their given order. */
export const filterRows = <Row extends Pick<OverviewRow, "level" | "laws">>(rows: readonly Row[], filters: readonly OverviewFilter[]): Row[] =>
  rows.filter((row) => matchRow(row, filters) === "yes");

/** What the count sentence says: how many fit, which may fit (sources silent), out of how many. */
export interface FilterSummary {
  filters: OverviewFilter[];
  count: number;
  total: number;
  /** Names of jurisdictions our sources cannot settle, in row order. */
  maybe: string[];
  /** True when "no law" is combined with a filter about what a law does, which nothing can meet. */
  contradictory: boolean;
}

export function summarizeFilters(rows: readonly Pick<OverviewRow, "name" | "level" | "laws">[], filters: readonly OverviewFilter[]): FilterSummary {
  const matches = rows.map((row) => ({ row, match: matchRow(row, filters) }));
  return {
    filters: OVERVIEW_FILTERS.filter((filter) => filters.includes(filter)),
    count: matches.filter(({ match }) => match === "yes").length,
    total: rows.length,
    maybe: matches.filter(({ match }) => match === "maybe").map(({ row }) => row.name),
    contradictory: filters.includes("no-law") && filters.some(isLawFilter),
  };
}

/* ---------- Sorting ---------- */

export const SORT_KEYS = [
  "state",
  "coverage",
  "criteria",
  "grade-2023",
  "grade-2019",
  "relief",
  "ages",
  "trafficking",
  "offenses",
  "records",
  "latest-change",
] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDirection = "asc" | "desc";

export interface OverviewSort {
  key: SortKey;
  dir: SortDirection;
}

/** The direction a column sorts in when first chosen: best, most or newest first; names A to Z. */
export const DEFAULT_DIRECTION: Record<SortKey, SortDirection> = {
  state: "asc",
  coverage: "asc",
  criteria: "desc",
  "grade-2023": "asc",
  "grade-2019": "asc",
  relief: "asc",
  ages: "asc",
  trafficking: "asc",
  offenses: "asc",
  records: "desc",
  "latest-change": "desc",
};

export const DEFAULT_SORT: OverviewSort = { key: "state", dir: "asc" };

/** A value to order by; null means unknown and always goes last. */
export type SortValue = number | string | null;

const NO_LAW_RANK = Object.keys(OFFENSE_RANK).length;

const GRADE_RANK: Record<Exclude<GradeKey, "unknown" | "score">, number> = { A: 0, B: 1, C: 2, D: 3, F: 4, none: 5 };

function gradeValue(cell: GradeCell): SortValue {
  if (cell.key === "unknown") return null;
  // Score-only grades follow the letters, highest score first.
  if (cell.key === "score") return 6 + (100 - (cell.score ?? 100)) / 1000;
  return GRADE_RANK[cell.key];
}

function agesValue(row: OverviewRow): SortValue {
  if (row.level === "none") return 3;
  if (row.adults === "yes") return 0;
  if (row.adults === "unknown") return row.minors === "yes" ? 1 : null;
  return row.minors === "yes" ? 2 : 3;
}

function traffickingValue(row: OverviewRow): SortValue {
  if (row.level === "none") return 3;
  const answers = [row.sex, row.labor];
  const yes = answers.filter((answer) => answer === "yes").length;
  if (yes === 2) return 0;
  if (yes === 1) return answers.includes("unknown") ? 1 : 2;
  return answers.includes("unknown") ? null : 3;
}

/** The value a row is ordered by in one column. */
export function sortValue(row: OverviewRow, key: SortKey): SortValue {
  switch (key) {
    case "state":
      return row.name;
    case "coverage":
      return row.level === "unclear" ? null : coverageRank(row.level);
    case "criteria":
      return row.criteriaMet;
    case "grade-2023":
      return gradeValue(row.grades["2023"]);
    case "grade-2019":
      return gradeValue(row.grades["2019"]);
    case "relief":
      return row.reliefTypes.length === 0 ? RELIEF_ORDER.length : RELIEF_ORDER.indexOf(row.reliefTypes[0]!);
    case "ages":
      return agesValue(row);
    case "trafficking":
      return traffickingValue(row);
    case "offenses":
      if (row.level === "none") return NO_LAW_RANK;
      return row.offenses === null ? null : OFFENSE_RANK[row.offenses];
    case "records":
      return row.records === null ? null : row.records.length;
    case "latest-change":
      return row.latestChange;
  }
}

/**
 * What the browser needs to filter and sort the table the server drew: the filter facts and each column's
 * sort value, without the words and markup of the cells.
 */
export interface OverviewRowKey extends Pick<OverviewRow, "code" | "name" | "level" | "laws"> {
  /** The row's sort value in each column, in SORT_KEYS order; null when unknown. */
  values: (number | null)[];
}

/**
 * The rows' keys. Text values (the names) become their place in A-to-Z order, so the browser compares
 * numbers only: its first collator costs some 20 ms on a phone, for a table already in name order.
 */
export function overviewRowKeys(rows: readonly OverviewRow[]): OverviewRowKey[] {
  const collator = new Intl.Collator("en");
  const columns = SORT_KEYS.map((key) => {
    const values = rows.map((row) => sortValue(row, key));
    const texts = [...new Set(values.filter((value) => typeof value === "string"))].sort(collator.compare);
    return values.map((value) => (typeof value === "string" ? texts.indexOf(value) : value));
  });
  return rows.map(({ code, name, level, laws }, index) => ({ code, name, level, laws, values: columns.map((column) => column[index] ?? null) }));
}

/** Sorts by one column; ties keep their given order, and unknown values go last either way. */
export function sortRows(rows: readonly OverviewRowKey[], sort: OverviewSort): OverviewRowKey[] {
  const sign = sort.dir === "asc" ? 1 : -1;
  const column = SORT_KEYS.indexOf(sort.key);
  return rows
    .map((row, index) => ({ row, index, value: row.values[column] ?? null }))
    .sort((a, b) => {
      if (a.value === null || b.value === null) {
        if (a.value === b.value) return a.index - b.index;
        return a.value === null ? 1 : -1;
      }
      return sign * (a.value - b.value) || a.index - b.index;
    })
    .map(({ row }) => row);
}

/** The sort after choosing a column: its natural direction first, the other way on a second choice. */
export function nextSort(current: OverviewSort, key: SortKey): OverviewSort {
  if (current.key !== key) return { key, dir: DEFAULT_DIRECTION[key] };
  return { key, dir: current.dir === "asc" ? "desc" : "asc" };
}

/* ---------- The address ---------- */

export interface OverviewView {
  filters: OverviewFilter[];
  sort: OverviewSort;
}

export interface IgnoredParam {
  name: string;
  value: string;
}

export interface ParsedOverviewView extends OverviewView {
  /** Parameters we could not use, so the page can say what it ignored. */
  ignored: IgnoredParam[];
}

export const DEFAULT_VIEW: OverviewView = { filters: [], sort: DEFAULT_SORT };

/** Longest piece of an odd value we repeat back, and how many odd values we list. */
const MAX_ECHO = 40;
const MAX_IGNORED = 5;

const isFilter = (value: string): value is OverviewFilter => (OVERVIEW_FILTERS as readonly string[]).includes(value);
const isSortKey = (value: string): value is SortKey => (SORT_KEYS as readonly string[]).includes(value);
const isDirection = (value: string): value is SortDirection => value === "asc" || value === "desc";

/** Reads ?filter=adults,labor&sort=coverage&dir=desc; unknown values are dropped and reported. */
export function parseOverviewView(params: URLSearchParams): ParsedOverviewView {
  const ignored: IgnoredParam[] = [];
  const ignore = (name: string, value: string) => ignored.push({ name, value: value.slice(0, MAX_ECHO) });

  const chosen = new Set<OverviewFilter>();
  for (const value of params.getAll("filter").flatMap((raw) => raw.split(","))) {
    const trimmed = value.trim();
    if (isFilter(trimmed)) chosen.add(trimmed);
    else if (trimmed !== "") ignore("filter", trimmed);
  }

  const rawSort = params.get("sort");
  let key = DEFAULT_SORT.key;
  if (rawSort !== null && isSortKey(rawSort)) key = rawSort;
  else if (rawSort !== null) ignore("sort", rawSort);

  const rawDir = params.get("dir");
  let dir = DEFAULT_DIRECTION[key];
  if (rawDir !== null && isDirection(rawDir)) dir = rawDir;
  else if (rawDir !== null) ignore("dir", rawDir);

  return {
    filters: OVERVIEW_FILTERS.filter((filter) => chosen.has(filter)),
    sort: { key, dir },
    ignored: ignored.slice(0, MAX_IGNORED),
  };
}

/** The query string for a view, leaving out defaults so plain /states stays canonical. */
export function formatOverviewView(view: OverviewView): string {
  const parts: string[] = [];
  const filters = OVERVIEW_FILTERS.filter((filter) => view.filters.includes(filter));
  if (filters.length > 0) parts.push(`filter=${filters.join(",")}`);
  const isDefaultSort = view.sort.key === DEFAULT_SORT.key && view.sort.dir === DEFAULT_SORT.dir;
  if (!isDefaultSort) {
    if (view.sort.key !== DEFAULT_SORT.key) parts.push(`sort=${view.sort.key}`);
    if (view.sort.dir !== DEFAULT_DIRECTION[view.sort.key]) parts.push(`dir=${view.sort.dir}`);
  }
  return parts.length > 0 ? `?${parts.join("&")}` : "";
}

/* ---------- Timeline ---------- */

export interface TimelineState {
  name: string;
  href: string;
}

export interface TimelineYear {
  year: number;
  /** Jurisdictions that enacted a record-relief law this year. */
  enacted: TimelineState[];
  /** Jurisdictions whose record-relief law was amended this year. */
  amended: TimelineState[];
  /** Jurisdictions known to have a record-relief law by the end of this year. */
  withLaw: number;
}

export interface Timeline {
  years: TimelineYear[];
  /** The earliest enactment in the data, or null when no law has a known year. */
  first: { year: number; names: string[] } | null;
  /** Jurisdictions with a record-relief law but no year in our sources. */
  undated: TimelineState[];
}

const knownYears = (laws: ReliefLaw[]): number[] =>
  laws.flatMap((law) => [law.enactedYear, ...law.amendedYears]).filter((year): year is number => year !== null);

/** Enactments and amendments of record-relief laws, year by year, from the laws' enacted and amended years. */
export function buildTimeline(jurisdictions: readonly Jurisdiction[]): Timeline {
  const withLaws = jurisdictions
    .map((jurisdiction) => ({ jurisdiction, laws: recordReliefLaws(jurisdiction) }))
    .filter(({ laws }) => laws.length > 0);
  const state = (jurisdiction: Jurisdiction): TimelineState => ({ name: jurisdiction.name, href: stateHref(jurisdiction.slug) });
  const allYears = withLaws.flatMap(({ laws }) => knownYears(laws));
  if (allYears.length === 0) return { years: [], first: null, undated: withLaws.map(({ jurisdiction }) => state(jurisdiction)) };

  const firstKnown = new Map(
    withLaws.flatMap(({ jurisdiction, laws }) => {
      const years = knownYears(laws);
      return years.length > 0 ? [[jurisdiction.slug, Math.min(...years)] as const] : [];
    }),
  );
  const from = Math.min(...allYears);
  const to = Math.max(...allYears);
  const years: TimelineYear[] = [];
  for (let year = from; year <= to; year += 1) {
    const inYear = (pick: (law: ReliefLaw) => boolean) =>
      withLaws.filter(({ laws }) => laws.some(pick)).map(({ jurisdiction }) => state(jurisdiction));
    years.push({
      year,
      enacted: inYear((law) => law.enactedYear === year),
      amended: inYear((law) => law.amendedYears.includes(year)),
      withLaw: [...firstKnown.values()].filter((first) => first <= year).length,
    });
  }

  const enactedYears = withLaws.flatMap(({ laws }) => laws.flatMap((law) => (law.enactedYear === null ? [] : [law.enactedYear])));
  const firstYear = enactedYears.length > 0 ? Math.min(...enactedYears) : null;
  return {
    years,
    first:
      firstYear === null
        ? null
        : {
            year: firstYear,
            names: withLaws.filter(({ laws }) => laws.some((law) => law.enactedYear === firstYear)).map(({ jurisdiction }) => jurisdiction.name),
          },
    undated: withLaws.filter(({ jurisdiction }) => !firstKnown.has(jurisdiction.slug)).map(({ jurisdiction }) => state(jurisdiction)),
  };
}

/* ---------- Numbers the about page states ---------- */

export interface DatasetSummary {
  total: number;
  coverage: Array<{ key: CoverageLevel; count: number }>;
  /** How many jurisdictions have a grade (or score) from a source, per edition. */
  graded: Record<EditionYear, number>;
  confidence: Array<{ key: Confidence; count: number }>;
  /** Distinct source addresses cited across the dataset. */
  sourceCount: number;
  /** Oldest and newest "last checked" dates. */
  verified: { from: string; to: string } | null;
}

type Confidence = Jurisdiction["confidence"];

const CONFIDENCE_LEVELS: readonly Confidence[] = ["high", "medium", "low"];

export function summarizeDataset(jurisdictions: readonly Jurisdiction[]): DatasetSummary {
  const urls = new Set(
    jurisdictions.flatMap((jurisdiction) => [
      ...jurisdiction.sources,
      ...jurisdiction.relief.flatMap((law) => law.sources),
      ...jurisdiction.pending.map((bill) => bill.source),
      ...jurisdiction.howToApply.sources,
      ...jurisdiction.generalRelief.sources,
      ...EDITION_YEARS.flatMap((year) => {
        const grade = jurisdiction.grades[year];
        return grade ? [grade.source] : [];
      }),
    ]).map((source) => source.url),
  );
  const dates = jurisdictions.map((jurisdiction) => jurisdiction.lastVerified).sort();
  return {
    total: jurisdictions.length,
    coverage: countBy(COVERAGE_LEVELS, jurisdictions.map(coverageLevel)),
    graded: {
      "2019": jurisdictions.filter((jurisdiction) => jurisdiction.grades["2019"] !== null).length,
      "2023": jurisdictions.filter((jurisdiction) => jurisdiction.grades["2023"] !== null).length,
    },
    confidence: countBy(CONFIDENCE_LEVELS, jurisdictions.map((jurisdiction) => jurisdiction.confidence)),
    sourceCount: urls.size,
    verified: dates.length > 0 ? { from: dates[0]!, to: dates[dates.length - 1]! } : null,
  };
}
