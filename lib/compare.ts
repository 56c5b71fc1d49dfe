import { coverageFacts, recordReliefLaws, type Answer, type CoverageFacts, type CoverageLevel } from "./coverage";
import { evaluateCriteria, type Criterion, type CriterionResult } from "./criteria";
import { sourcesOf } from "./sources";
import { gradeKey } from "./grades";
import type { Grade, HowToApply, Jurisdiction, ReliefLaw, ReliefType, Source, StateCode } from "./schema";
import { compareHref, slugify, stateHref } from "./slug";
import type { Locale } from "./locale";
import { howToApplyIn } from "./data-text";

/* ---------- Reading ?a=&b= ---------- */

/** Longer values are cut before matching: the longest slug ("district-of-columbia") is 20 characters. */
export const MAX_PARAM_LENGTH = 40;
/** Only this much of the query string is read at all, which bounds the work on absurd addresses. */
export const MAX_SEARCH_LENGTH = 16_000;
/** At most this many ignored parameter names are reported. */
export const MAX_IGNORED = 5;

/** What the parser needs to know about each state: its code, its slug and its name. */
export interface StateRef {
  code: StateCode;
  slug: string;
  name: string;
}

export type StateParam =
  | { status: "ok"; code: StateCode }
  | { status: "missing" }
  /** `shown` is the value cut to MAX_PARAM_LENGTH, without control characters: safe to show as text. */
  | { status: "unknown"; shown: string }
  /** The second value names the same state as the first. */
  | { status: "same"; code: StateCode };

export type CompareSlot = "a" | "b";

export interface ParsedPair {
  a: StateParam;
  b: StateParam;
  /** Names of parameters we do not use (cut, at most MAX_IGNORED), in the order they appeared. */
  ignored: string[];
}

export interface CodePair {
  a: StateCode | null;
  b: StateCode | null;
}

const INVISIBLE = /[\p{Cc}\p{Cf}]/gu;

/** Drops control and formatting characters and cuts to `max` characters without splitting a surrogate pair. */
function cleanText(raw: string, max: number): { text: string; cut: boolean } {
  const cleaned = raw.slice(0, max * 4).replace(INVISIBLE, "").trim();
  const characters = [...cleaned];
  return { text: characters.slice(0, max).join("").trim(), cut: characters.length > max };
}

/** A state named by its USPS code or its slug, in any case, with or without spaces ("MO", "mo", "Missouri", "new york"). */
export function parseStateParam(raw: string | null, states: readonly StateRef[]): StateParam {
  if (raw === null) return { status: "missing" };
  const { text, cut } = cleanText(raw, MAX_PARAM_LENGTH);
  if (text === "") return { status: "missing" };
  const key = slugify(text);
  const match = states.find((state) => state.code.toLowerCase() === key || state.slug === key);
  if (match && !cut) return { status: "ok", code: match.code };
  return { status: "unknown", shown: cut ? `${text}…` : text };
}

/** Reads a query string such as "?a=mo&b=new-york". Never throws; every problem is reported, never guessed away. */
export function parseComparePair(search: string, states: readonly StateRef[]): ParsedPair {
  const params = new URLSearchParams(search.slice(0, MAX_SEARCH_LENGTH));
  const ignored: string[] = [];
  const seen = new Set<string>();
  for (const name of params.keys()) {
    const isPairParam = name === "a" || name === "b";
    if (isPairParam && !seen.has(name)) {
      seen.add(name);
      continue;
    }
    const shown = cleanText(name, 20).text || "?";
    if (!ignored.includes(shown) && ignored.length < MAX_IGNORED) ignored.push(shown);
  }
  const a = parseStateParam(params.get("a"), states);
  let b = parseStateParam(params.get("b"), states);
  if (a.status === "ok" && b.status === "ok" && a.code === b.code) b = { status: "same", code: b.code };
  return { a, b, ignored };
}

const codeOf = (param: StateParam): StateCode | null => (param.status === "ok" ? param.code : null);

/** The states a parsed pair settles on; anything unknown, missing or repeated is left empty. */
export const chosenCodes = (parsed: ParsedPair): CodePair => ({ a: codeOf(parsed.a), b: codeOf(parsed.b) });

/** The shareable address of a pair: always through compareHref. */
export const formatComparePair = (pair: CodePair): string => compareHref(pair.a, pair.b);

export const swapPair = (pair: CodePair): CodePair => ({ a: pair.b, b: pair.a });

/* ---------- The static data files, one per state ---------- */

/** "mo.json" for English, "mo.es.json" for Spanish. */
export const compareDataFile = (code: StateCode, locale: Locale = "en"): string =>
  locale === "en" ? `${code.toLowerCase()}.json` : `${code.toLowerCase()}.${locale}.json`;

export const compareDataHref = (code: StateCode, locale: Locale = "en"): string => `/data/compare/${compareDataFile(code, locale)}`;

/* ---------- Aligned rows ---------- */

export const COMPARE_SECTIONS = {
  grades: ["grade-2023", "grade-2019"],
  who: [
    "coverage",
    "who-adults",
    "who-minors",
    "who-sex-trafficking",
    "who-labor-trafficking",
    "who-offenses",
    "who-convictions",
    "who-arrests",
    "who-juvenile",
  ],
  relief: [
    "relief-laws",
    "relief-type",
    "relief-ages",
    "relief-trafficking",
    "relief-offenses",
    "relief-records",
    "relief-timing",
    "relief-hearing",
    "relief-burden",
    "relief-documentation",
    "relief-discretion",
    "relief-fees",
    "relief-history",
  ],
  checklist: [
    "criteria-range-of-relief",
    "criteria-arrests-and-adjudications",
    "criteria-offenses-covered",
    "criteria-judicial-discretion",
    "criteria-time-limits",
    "criteria-hearing",
    "criteria-burden-of-proof",
    "criteria-official-documentation",
  ],
  apply: [
    "apply-where",
    "apply-what",
    "apply-documents",
    "apply-fees",
    "apply-forms",
    "apply-lawyer",
    "apply-confidentiality",
    "apply-notes",
    "apply-help",
  ],
} as const;

export type CompareSection = keyof typeof COMPARE_SECTIONS;
export type CompareRowKey = (typeof COMPARE_SECTIONS)[CompareSection][number];

export const SECTION_ORDER = Object.keys(COMPARE_SECTIONS) as CompareSection[];
export const ROW_KEYS: readonly CompareRowKey[] = SECTION_ORDER.flatMap((section) => COMPARE_SECTIONS[section]);

/** One line of a cell; `citation` names the law when a state has more than one, `href` links a form or a helper. */
export interface CellItem {
  citation: string | null;
  text: string;
  href?: string;
}

export interface CompareRow {
  key: CompareRowKey;
  /** What is compared: a short token for sorted facts ("minors-only", "yes"), the text itself for prose. */
  value: string;
  items: CellItem[];
}

export type WhoFact = Exclude<keyof CoverageFacts, "level">;
export type LawFact =
  | "type"
  | "ages"
  | "trafficking"
  | "offenses"
  | "records"
  | "timing"
  | "hearing"
  | "burden"
  | "documentation"
  | "discretion"
  | "fees"
  | "history";

/** The words a row's text is made of, passed in so lib stays free of interface copy. */
export interface CompareRowWords {
  /** Which language the data texts (how to apply) are taken in. */
  locale: Locale;
  grade: (grade: Grade | null) => string;
  coverage: (level: CoverageLevel) => string;
  /** `hasLaw` is false when there is no record-relief law at all, so every answer is "no". */
  who: (fact: WhoFact, answer: Answer, hasLaw: boolean, entry: Jurisdiction) => string;
  law: Record<LawFact, (law: ReliefLaw) => string>;
  noLaw: string;
  notInSources: string;
  legalHelp: (help: HowToApply["legalHelp"][number]) => string;
  /** One line of our checklist (not Polaris's score) for one category. */
  criterion: (result: CriterionResult) => string;
}

const WHO_ROWS = {
  "who-adults": "adults",
  "who-minors": "minors",
  "who-sex-trafficking": "sexTrafficking",
  "who-labor-trafficking": "laborTrafficking",
  "who-offenses": "anyOffense",
  "who-convictions": "convictions",
  "who-arrests": "arrests",
  "who-juvenile": "juvenileRecords",
} as const satisfies Record<Exclude<(typeof COMPARE_SECTIONS)["who"][number], "coverage">, WhoFact>;

const sortedJoin = (values: readonly string[]): string => [...new Set(values)].sort().join("+");

const known = (value: string | number | boolean | null): string => (value === null ? "unknown" : String(value));

const LAW_ROWS: Record<Exclude<(typeof COMPARE_SECTIONS)["relief"][number], "relief-laws">, { fact: LawFact; token: (law: ReliefLaw) => string }> = {
  "relief-type": { fact: "type", token: (law) => law.reliefType },
  "relief-ages": { fact: "ages", token: (law) => known(law.agesCovered) },
  "relief-trafficking": { fact: "trafficking", token: (law) => (law.traffickingTypes ? sortedJoin(law.traffickingTypes) : "unknown") },
  "relief-offenses": { fact: "offenses", token: (law) => known(law.offensesCovered) },
  "relief-records": { fact: "records", token: (law) => (law.recordsCovered ? sortedJoin(law.recordsCovered) : "unknown") },
  "relief-timing": { fact: "timing", token: (law) => known(law.timing.hasDeadlineOrWait) },
  "relief-hearing": { fact: "hearing", token: (law) => known(law.hearing) },
  "relief-burden": { fact: "burden", token: (law) => known(law.burdenOfProof.standard) },
  "relief-documentation": { fact: "documentation", token: (law) => known(law.officialDocumentationRequired) },
  "relief-discretion": { fact: "discretion", token: (law) => known(law.judicialDiscretion) },
  "relief-fees": { fact: "fees", token: (law) => known(law.feesWaived) },
  "relief-history": { fact: "history", token: (law) => `${known(law.enactedYear)}/${law.amendedYears.join(",")}` },
};

const single = (key: CompareRowKey, value: string, text: string): CompareRow => ({ key, value, items: [{ citation: null, text }] });

const prose = (key: CompareRowKey, text: string | null, words: CompareRowWords): CompareRow =>
  single(key, text === null ? "unknown" : text.trim().replace(/\s+/g, " "), text ?? words.notInSources);

function gradeRows(entry: Jurisdiction, words: CompareRowWords): CompareRow[] {
  return (["2023", "2019"] as const).map((year) => {
    const grade = entry.grades[year];
    return single(`grade-${year}`, `${gradeKey(grade)}/${known(grade?.score ?? null)}`, words.grade(grade));
  });
}

function whoRows(entry: Jurisdiction, words: CompareRowWords): CompareRow[] {
  const facts = coverageFacts(entry);
  const hasLaw = facts.level !== "none";
  return [
    single("coverage", facts.level, words.coverage(facts.level)),
    ...Object.entries(WHO_ROWS).map(([key, fact]) => {
      const answer: Answer = hasLaw ? facts[fact] : "no";
      return single(key as CompareRowKey, answer, words.who(fact, answer, hasLaw, entry));
    }),
  ];
}

/** Facts per law: every law the state page shows, each named by its citation when there are several. */
function reliefRows(entry: Jurisdiction, words: CompareRowWords): CompareRow[] {
  const laws = entry.relief;
  if (laws.length === 0) {
    return COMPARE_SECTIONS.relief.map((key) => single(key, "no-law", words.noLaw));
  }
  const cite = (law: ReliefLaw) => (laws.length > 1 ? law.citation : null);
  const lawsRow: CompareRow = {
    key: "relief-laws",
    value: sortedJoin(laws.map((law) => law.citation)),
    items: laws.map((law) => ({ citation: null, text: law.citation })),
  };
  const factRows = Object.entries(LAW_ROWS).map(([key, { fact, token }]) => ({
    key: key as CompareRowKey,
    value: sortedJoin(laws.map(token)),
    items: laws.map((law) => ({ citation: cite(law), text: words.law[fact](law) })),
  }));
  return [lawsRow, ...factRows];
}

function applyRows(entry: Jurisdiction, words: CompareRowWords): CompareRow[] {
  const how = entry.howToApply;
  const forms: CompareRow =
    how.forms.length === 0
      ? single("apply-forms", "unknown", words.notInSources)
      : {
          key: "apply-forms",
          value: sortedJoin(how.forms.map((form) => form.name)),
          items: how.forms.map((form) => ({ citation: null, text: form.name, href: form.url })),
        };
  const help: CompareRow =
    how.legalHelp.length === 0
      ? single("apply-help", "unknown", words.notInSources)
      : {
          key: "apply-help",
          value: sortedJoin(how.legalHelp.map((helper) => helper.name)),
          items: how.legalHelp.map((helper) => ({
            citation: null,
            text: words.legalHelp(helper),
            ...(helper.url ? { href: helper.url } : {}),
          })),
        };
  return [
    prose("apply-where", howToApplyIn(how, "whereToFile", words.locale), words),
    prose("apply-what", howToApplyIn(how, "motionName", words.locale), words),
    prose("apply-documents", howToApplyIn(how, "documentsThatHelp", words.locale), words),
    prose("apply-fees", howToApplyIn(how, "fees", words.locale), words),
    forms,
    prose("apply-lawyer", howToApplyIn(how, "lawyer", words.locale), words),
    prose("apply-confidentiality", howToApplyIn(how, "confidentiality", words.locale), words),
    prose("apply-notes", howToApplyIn(how, "notes", words.locale), words),
    help,
  ];
}

const criterionKey = (criterion: Criterion) => `criteria-${criterion}` as CompareRowKey;

function checklistRows(entry: Jurisdiction, words: CompareRowWords): CompareRow[] {
  return evaluateCriteria(entry).map((result) => ({
    key: criterionKey(result.criterion),
    value: result.status,
    items: [{ citation: result.citation, text: words.criterion(result) }],
  }));
}

/** Every row for one jurisdiction, in ROW_KEYS order. */
export function buildCompareRows(entry: Jurisdiction, words: CompareRowWords): CompareRow[] {
  return [
    ...gradeRows(entry, words),
    ...whoRows(entry, words),
    ...reliefRows(entry, words),
    ...checklistRows(entry, words),
    ...applyRows(entry, words),
  ];
}

/* ---------- One side of a comparison, as the static JSON file carries it ---------- */

/** The facts the summary weighs. */
export interface CompareFacts {
  level: CoverageLevel;
  adults: Answer;
  anyOffense: Answer;
  laborTrafficking: Answer;
  arrests: Answer;
  /** Kinds of record relief (not "other"), sorted. */
  reliefTypes: ReliefType[];
}

/** A source as the comparison lists it under each state. */
export type CompareSource = Pick<Source, "url" | "title" | "date">;

export interface CompareSide {
  code: StateCode;
  name: string;
  href: string;
  /** The day this state's facts were last checked, YYYY-MM-DD. */
  lastVerified: string;
  sources: CompareSource[];
  facts: CompareFacts;
  rows: CompareRow[];
}

export function compareFacts(entry: Jurisdiction): CompareFacts {
  const facts = coverageFacts(entry);
  return {
    level: facts.level,
    adults: facts.adults,
    anyOffense: facts.anyOffense,
    laborTrafficking: facts.laborTrafficking,
    arrests: facts.arrests,
    reliefTypes: [...new Set(recordReliefLaws(entry).map((law) => law.reliefType))].sort(),
  };
}

export const buildCompareSide = (entry: Jurisdiction, words: CompareRowWords): CompareSide => ({
  code: entry.code,
  name: entry.name,
  href: stateHref(entry.slug),
  lastVerified: entry.lastVerified,
  sources: sourcesOf(entry).map(({ url, title, date }) => ({ url, title, date })),
  facts: compareFacts(entry),
  rows: buildCompareRows(entry, words),
});

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null;

const isRow = (value: unknown): value is CompareRow =>
  isRecord(value) &&
  typeof value.key === "string" &&
  (ROW_KEYS as readonly string[]).includes(value.key) &&
  typeof value.value === "string" &&
  Array.isArray(value.items) &&
  value.items.every((item) => isRecord(item) && typeof item.text === "string");

/** Checks a fetched file is the side we asked for before anything of it is shown. */
export function isCompareSide(value: unknown, code: StateCode): value is CompareSide {
  return (
    isRecord(value) &&
    value.code === code &&
    typeof value.name === "string" &&
    typeof value.href === "string" &&
    typeof value.lastVerified === "string" &&
    Array.isArray(value.sources) &&
    value.sources.every((source) => isRecord(source) && typeof source.url === "string" && typeof source.title === "string") &&
    isRecord(value.facts) &&
    Array.isArray(value.rows) &&
    value.rows.every(isRow)
  );
}

/* ---------- Differences ---------- */

export interface AlignedRow {
  key: CompareRowKey;
  section: CompareSection;
  /** Null when that side has no such row. */
  a: CompareRow | null;
  b: CompareRow | null;
  differs: boolean;
}

/** Lines two row lists up field by field, in ROW_KEYS order; a row differs when its compared values differ. */
export function alignRows(a: readonly CompareRow[], b: readonly CompareRow[]): AlignedRow[] {
  const byKey = (rows: readonly CompareRow[]) => new Map(rows.map((row) => [row.key, row]));
  const left = byKey(a);
  const right = byKey(b);
  return SECTION_ORDER.flatMap((section) =>
    COMPARE_SECTIONS[section]
      .filter((key) => left.has(key) || right.has(key))
      .map((key) => {
        const rowA = left.get(key) ?? null;
        const rowB = right.get(key) ?? null;
        return { key, section, a: rowA, b: rowB, differs: rowA?.value !== rowB?.value };
      }),
  );
}

export type AnswerTopic = "adults" | "offenses" | "labor" | "arrests";

export type SummaryDifference =
  | { topic: "law"; a: CoverageLevel; b: CoverageLevel }
  | { topic: AnswerTopic; a: Answer; b: Answer }
  | { topic: "relief-type"; a: ReliefType[]; b: ReliefType[] };

const ANSWER_TOPICS: ReadonlyArray<[AnswerTopic, keyof Omit<CompareFacts, "level" | "reliefTypes">]> = [
  ["adults", "adults"],
  ["offenses", "anyOffense"],
  ["labor", "laborTrafficking"],
  ["arrests", "arrests"],
];

/**
 * The differences that matter most, most important first: whether there is a law at all, then adults,
 * offenses, labor trafficking, the kind of relief and arrests. When only one state has a law, that says it all.
 */
export function summarizeDifferences(a: CompareFacts, b: CompareFacts): SummaryDifference[] {
  const aHasLaw = a.level !== "none";
  const bHasLaw = b.level !== "none";
  if (aHasLaw !== bHasLaw) return [{ topic: "law", a: a.level, b: b.level }];
  if (!aHasLaw) return [];
  const answers = ANSWER_TOPICS.filter(([, fact]) => a[fact] !== b[fact]).map(
    ([topic, fact]): SummaryDifference => ({ topic, a: a[fact], b: b[fact] }),
  );
  const reliefDiffers = a.reliefTypes.join("+") !== b.reliefTypes.join("+");
  const reliefType: SummaryDifference[] = reliefDiffers ? [{ topic: "relief-type", a: a.reliefTypes, b: b.reliefTypes }] : [];
  const order = (difference: SummaryDifference) => ["adults", "offenses", "labor", "relief-type", "arrests"].indexOf(difference.topic);
  return [...answers, ...reliefType].sort((x, y) => order(x) - order(y));
}
