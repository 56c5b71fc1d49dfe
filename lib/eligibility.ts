import { generalReliefIn, howToApplyIn } from "./data-text";
import type { Locale } from "./locale";
import type { Federal, Jurisdiction, LegalHelpKind, RecordKind, ReliefLaw, TraffickingType } from "./schema";

/** The answers the private check asks for. Null means the person skipped the question. */
export const AGE_ANSWERS = ["under-18", "adult", "not-sure"] as const;
export const TRAFFICKING_ANSWERS = ["sex", "labor", "both", "not-sure"] as const;
export const OFFENSE_ANSWERS = ["prostitution", "drugs", "theft", "fraud", "other", "not-sure"] as const;
export const RECORD_ANSWERS = ["conviction", "arrest", "juvenile", "not-sure"] as const;

export type AgeAnswer = (typeof AGE_ANSWERS)[number];
export type TraffickingAnswer = (typeof TRAFFICKING_ANSWERS)[number];
export type OffenseAnswer = (typeof OFFENSE_ANSWERS)[number];
export type RecordAnswer = (typeof RECORD_ANSWERS)[number];

/** The facts about the case; each is null when the person chose not to answer. */
export interface FactAnswers {
  age: AgeAnswer | null;
  trafficking: TraffickingAnswer | null;
  offense: OffenseAnswer | null;
  record: RecordAnswer | null;
}

/** Every answer, including where the case was: a USPS state code, "US" for a federal court, or null. */
export interface CheckAnswers extends FactAnswers {
  place: string | null;
}

export const NO_ANSWERS: CheckAnswers = { place: null, age: null, trafficking: null, offense: null, record: null };

/** Only the facts of a relief law the check reasons from; a full ReliefLaw fits this shape. */
export type CheckLaw = Pick<
  ReliefLaw,
  "citation" | "reliefType" | "inForce" | "agesCovered" | "traffickingTypes" | "offensesCovered" | "recordsCovered"
>;

/** Only what the check needs to judge a jurisdiction; a full Jurisdiction or Federal entry fits this shape. */
export interface CheckJurisdiction {
  code: string;
  slug: string;
  name: string;
  relief: CheckLaw[];
}

/** One place to get legal help, as the check and the lawyer sheet show it; every phone and address comes from sourceUrl. */
export interface HelpEntry {
  name: string;
  kind: LegalHelpKind;
  url: string | null;
  phone: string | null;
  address: string | null;
  /** Null when the source does not say. */
  languages: string[] | null;
  /** Null when the source does not say. */
  free: boolean | null;
  sourceUrl: string;
  checkedOn: string;
}

/** What the lawyer sheet adds about one relief law: where to read it, its deadlines and its fees; null when not in our sources. */
export interface LawDetails {
  statuteUrl: string | null;
  timing: string | null;
  fees: string | null;
}

/** How to apply and where to get help in one jurisdiction: what the result and the lawyer sheet add to the facts judged. */
export interface CheckDetails {
  whereToFile: string | null;
  motionName: string | null;
  documentsThatHelp: string | null;
  fees: string | null;
  forms: Array<{ name: string; url: string }>;
  legalHelp: HelpEntry[];
  /** General (not trafficking-specific) record relief; null when not researched. */
  generalRelief: string | null;
  /** One per relief law, in the same order. */
  lawDetails: LawDetails[];
}

/** A jurisdiction as the result and the lawyer sheet show it: the facts to judge plus the steps to apply and where to get help. */
export interface CheckEntry extends CheckJurisdiction, CheckDetails {
  lastVerified: string;
}

export type Fit = "likely-fits" | "may-fit" | "does-not-fit";

/**
 * Why a law fits, may fit or does not. kind "fails" rules the law out, "depends" turns on an answer
 * the person did not settle, "unknown" is a fact our sources do not give, "caveat" qualifies a fit.
 */
export type Reason =
  | { kind: "fails"; code: "adults-not-covered" }
  | { kind: "fails"; code: "trafficking-not-covered"; covered: TraffickingType }
  | { kind: "fails"; code: "offense-not-covered" }
  | { kind: "fails"; code: "record-not-covered"; record: Exclude<RecordAnswer, "not-sure">; covered: RecordKind[] }
  | { kind: "depends"; code: "depends-age" }
  | { kind: "depends"; code: "depends-trafficking"; covered: TraffickingType }
  | { kind: "depends"; code: "depends-offense-prostitution" }
  | { kind: "depends"; code: "depends-offense-list" }
  | { kind: "depends"; code: "depends-offense-exceptions" }
  | { kind: "depends"; code: "depends-record"; covered: RecordKind[] }
  | { kind: "unknown"; code: "unknown-in-force" | "unknown-ages" | "unknown-trafficking" | "unknown-offenses" | "unknown-records" }
  | { kind: "caveat"; code: "some-offenses-excluded" | "may-not-clear-record" };

export type ReasonCode = Reason["code"];

export interface LawVerdict {
  citation: string;
  reliefType: ReliefLaw["reliefType"];
  fit: Fit;
  /** Ruling-out reasons first, in question order (age, trafficking, offense, record), then the rest. */
  reasons: Reason[];
}

/** fits: a path likely fits; may-fit: none surely fits but some may; none-fit: every path is ruled out; no-laws: none exist. */
export type Outcome = "fits" | "may-fit" | "none-fit" | "no-laws";

export interface EligibilityResult {
  outcome: Outcome;
  /** Every relief law, likely fits first, then may fit, then does not fit. */
  verdicts: LawVerdict[];
  /** True when no path likely fits, so the general record relief belongs in the answer. */
  showGeneralRelief: boolean;
  /** True only when some law may fit: the filing steps of ruled-out laws must never read as next steps. */
  showApplySteps: boolean;
}

const RECORD_KINDS_FOR: Record<Exclude<RecordAnswer, "not-sure">, RecordKind[]> = {
  conviction: ["convictions"],
  arrest: ["arrests", "non-conviction-records"],
  juvenile: ["juvenile-adjudications"],
};

const SPECIFIC_RECORDS = Object.keys(RECORD_KINDS_FOR) as Array<Exclude<RecordAnswer, "not-sure">>;

const NON_VIOLENT_KINDS: ReadonlySet<OffenseAnswer> = new Set(["prostitution", "drugs", "theft", "fraud"]);

function ageReason(law: CheckLaw, age: AgeAnswer | null): Reason | null {
  if (law.agesCovered === null) return { kind: "unknown", code: "unknown-ages" };
  if (law.agesCovered === "all-ages" || age === "under-18") return null;
  return age === "adult" ? { kind: "fails", code: "adults-not-covered" } : { kind: "depends", code: "depends-age" };
}

function traffickingReason(law: CheckLaw, answers: FactAnswers): Reason | null {
  const types = law.traffickingTypes;
  if (types === null) return { kind: "unknown", code: "unknown-trafficking" };
  if (types.includes("sex") && types.includes("labor")) return null;
  const covered = types[0]!;
  const answer = answers.trafficking;
  if (answer === covered) return null;
  if (answer === "sex" || answer === "labor") return { kind: "fails", code: "trafficking-not-covered", covered };
  // A prostitution offense that came from trafficking came from sex trafficking.
  if (covered === "sex" && answers.offense === "prostitution") return null;
  return { kind: "depends", code: "depends-trafficking", covered };
}

function offenseReason(law: CheckLaw, offense: OffenseAnswer | null): Reason | null {
  switch (law.offensesCovered) {
    case null:
      return { kind: "unknown", code: "unknown-offenses" };
    case "any-offense":
      return null;
    case "listed-offenses":
      return { kind: "depends", code: "depends-offense-list" };
    case "prostitution-related-only":
      if (offense === "prostitution") return null;
      return offense === null || offense === "not-sure"
        ? { kind: "depends", code: "depends-offense-prostitution" }
        : { kind: "fails", code: "offense-not-covered" };
    case "any-offense-with-exceptions":
      if (offense === "prostitution") return null;
      return offense !== null && NON_VIOLENT_KINDS.has(offense)
        ? { kind: "caveat", code: "some-offenses-excluded" }
        : { kind: "depends", code: "depends-offense-exceptions" };
  }
}

function recordReason(law: CheckLaw, record: RecordAnswer | null): Reason | null {
  const covered = law.recordsCovered;
  if (covered === null) return { kind: "unknown", code: "unknown-records" };
  const reaches = (answer: Exclude<RecordAnswer, "not-sure">) => RECORD_KINDS_FOR[answer].some((kind) => covered.includes(kind));
  if (record === null || record === "not-sure") {
    return SPECIFIC_RECORDS.every(reaches) ? null : { kind: "depends", code: "depends-record", covered };
  }
  return reaches(record) ? null : { kind: "fails", code: "record-not-covered", record, covered };
}

const KIND_ORDER: Record<Reason["kind"], number> = { fails: 0, depends: 1, unknown: 2, caveat: 3 };

/** One law against the answers: fails on any ruled-out fact; may fit on any unsettled or unknown fact; otherwise likely fits. */
export function judgeLaw(law: CheckLaw, answers: FactAnswers): LawVerdict {
  const reasons = [
    law.inForce === null ? ({ kind: "unknown", code: "unknown-in-force" } as const) : null,
    ageReason(law, answers.age),
    traffickingReason(law, answers),
    offenseReason(law, answers.offense),
    recordReason(law, answers.record),
    law.reliefType === "other" ? ({ kind: "caveat", code: "may-not-clear-record" } as const) : null,
  ]
    .filter((reason): reason is Reason => reason !== null)
    .sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind]);
  const has = (kind: Reason["kind"]) => reasons.some((reason) => reason.kind === kind);
  const fit: Fit = has("fails") ? "does-not-fit" : has("depends") || has("unknown") ? "may-fit" : "likely-fits";
  return { citation: law.citation, reliefType: law.reliefType, fit, reasons };
}

const FIT_ORDER: Record<Fit, number> = { "likely-fits": 0, "may-fit": 1, "does-not-fit": 2 };

/** The whole answer for one jurisdiction: a verdict with reasons for each of its relief laws. */
export function evaluateEligibility(answers: FactAnswers, jurisdiction: CheckJurisdiction): EligibilityResult {
  const verdicts = jurisdiction.relief
    .filter((law) => law.inForce !== false)
    .map((law) => judgeLaw(law, answers))
    .sort((a, b) => FIT_ORDER[a.fit] - FIT_ORDER[b.fit]);
  const best = verdicts[0]?.fit;
  const outcome: Outcome =
    best === undefined ? "no-laws" : best === "likely-fits" ? "fits" : best === "may-fit" ? "may-fit" : "none-fit";
  // A path that may not clear the record (a pardon, a deferral) is no reason to leave out general relief.
  const recordClearingFits = verdicts.some((verdict) => verdict.fit === "likely-fits" && verdict.reliefType !== "other");
  return { outcome, verdicts, showGeneralRelief: !recordClearingFits, showApplySteps: outcome === "fits" || outcome === "may-fit" };
}

/** The answer keys the address may carry, in the order the questions are asked. */
export const ANSWER_PARAMS = ["state", "age", "trafficking", "offense", "record"] as const;
export type AnswerParam = (typeof ANSWER_PARAMS)[number];

/** The federal court is written "federal" in the address; states by their lower-case code. */
const FEDERAL_PARAM = "federal";
const FEDERAL_CODE = "US";

/** The query string for "copy a link to these answers", without the "?"; skipped answers are left out. */
export function answersToSearch(answers: CheckAnswers): string {
  const params = new URLSearchParams();
  if (answers.place) params.set("state", answers.place === FEDERAL_CODE ? FEDERAL_PARAM : answers.place.toLowerCase());
  if (answers.age) params.set("age", answers.age);
  if (answers.trafficking) params.set("trafficking", answers.trafficking);
  if (answers.offense) params.set("offense", answers.offense);
  if (answers.record) params.set("record", answers.record);
  return params.toString();
}

export interface ParsedAnswers {
  answers: CheckAnswers;
  /** Answer parameters whose values we do not know, cut short, so the page can say it ignored them. */
  ignored: Array<{ name: AnswerParam; value: string }>;
  /** True when the address carried at least one answer parameter. */
  found: boolean;
}

/** Longer values are cut before they are shown back. */
export const MAX_SHOWN_VALUE = 40;

const pick = <T extends string>(allowed: readonly T[], value: string): T | null =>
  (allowed as readonly string[]).includes(value) ? (value as T) : null;

/** Reads answers from an address's query; places are the codes the page knows (e.g. "MO", "US"). */
export function answersFromSearch(search: string, places: readonly string[]): ParsedAnswers {
  const params = new URLSearchParams(search);
  const ignored: ParsedAnswers["ignored"] = [];
  const read = <T extends string>(name: AnswerParam, parse: (value: string) => T | null): T | null => {
    const raw = params.get(name);
    if (raw === null) return null;
    const value = parse(raw.trim().toLowerCase());
    if (value === null) ignored.push({ name, value: raw.slice(0, MAX_SHOWN_VALUE) });
    return value;
  };
  const answers: CheckAnswers = {
    place: read("state", (value) => {
      const code = value === FEDERAL_PARAM ? FEDERAL_CODE : value.toUpperCase();
      return places.includes(code) ? code : null;
    }),
    age: read("age", (value) => pick(AGE_ANSWERS, value)),
    trafficking: read("trafficking", (value) => pick(TRAFFICKING_ANSWERS, value)),
    offense: read("offense", (value) => pick(OFFENSE_ANSWERS, value)),
    record: read("record", (value) => pick(RECORD_ANSWERS, value)),
  };
  return { answers, ignored, found: ANSWER_PARAMS.some((name) => params.has(name)) };
}

const RELIEF_TYPE_LETTERS = { vacatur: "v", expungement: "e", sealing: "s", other: "o" } as const;
const IN_FORCE_LETTERS = { yes: "y", no: "n" } as const;
const AGES_LETTERS = { "all-ages": "a", "minors-only": "m" } as const;
const OFFENSES_LETTERS = {
  "prostitution-related-only": "p",
  "listed-offenses": "l",
  "any-offense": "a",
  "any-offense-with-exceptions": "x",
} as const;
const RECORD_LETTERS = {
  convictions: "c",
  arrests: "a",
  "juvenile-adjudications": "j",
  "non-conviction-records": "n",
} as const;
const UNKNOWN_LETTER = "-";

/**
 * A relief law as sent to the browser: its citation and one letter per fact, in the order
 * relief type, in force (y, n), ages, trafficking (s, l, b for both), offenses, then one letter per record kind;
 * "-" marks a fact our sources do not give.
 */
export type PackedLaw = [citation: string, facts: string];

const letterFor = <K extends string>(letters: Record<K, string>, value: K | null) => (value === null ? UNKNOWN_LETTER : letters[value]);

const valueFor = <K extends string>(letters: Record<K, string>, letter: string | undefined): K | null =>
  (Object.keys(letters) as K[]).find((key) => letters[key] === letter) ?? null;

export function packLaw(law: CheckLaw): PackedLaw {
  const types = law.traffickingTypes;
  const trafficking = types === null ? UNKNOWN_LETTER : types.length > 1 ? "b" : types[0] === "sex" ? "s" : "l";
  const records = law.recordsCovered === null ? UNKNOWN_LETTER : law.recordsCovered.map((kind) => RECORD_LETTERS[kind]).join("");
  const inForce = law.inForce === null ? UNKNOWN_LETTER : IN_FORCE_LETTERS[law.inForce ? "yes" : "no"];
  return [
    law.citation,
    `${RELIEF_TYPE_LETTERS[law.reliefType]}${inForce}${letterFor(AGES_LETTERS, law.agesCovered)}${trafficking}${letterFor(OFFENSES_LETTERS, law.offensesCovered)}${records}`,
  ];
}

export function unpackLaw([citation, facts]: PackedLaw): CheckLaw {
  const [type, inForce, ages, trafficking, offenses, ...records] = [...facts];
  const traffickingTypes: TraffickingType[] | null =
    trafficking === "b" ? ["sex", "labor"] : trafficking === "s" ? ["sex"] : trafficking === "l" ? ["labor"] : null;
  const recordsCovered = records.flatMap((letter) => valueFor(RECORD_LETTERS, letter) ?? []);
  return {
    citation,
    reliefType: valueFor(RELIEF_TYPE_LETTERS, type) ?? "other",
    inForce: inForce === IN_FORCE_LETTERS.yes ? true : inForce === IN_FORCE_LETTERS.no ? false : null,
    agesCovered: valueFor(AGES_LETTERS, ages),
    traffickingTypes,
    offensesCovered: valueFor(OFFENSES_LETTERS, offenses),
    recordsCovered: recordsCovered.length > 0 ? recordsCovered : null,
  };
}

/** What the check page carries for every jurisdiction: the facts to judge, the laws packed; unpackCheckEntry adds the details. */
export interface PackedCheckEntry extends Omit<CheckJurisdiction, "relief"> {
  relief: PackedLaw[];
  lastVerified: string;
}

/** Only the fields the check needs to judge, the laws packed, for sending every jurisdiction with the page. */
export function packCheckEntry(entry: Jurisdiction | Federal): PackedCheckEntry {
  return { code: entry.code, slug: entry.slug, name: entry.name, relief: entry.relief.map(packLaw), lastVerified: entry.lastVerified };
}

/** The steps to apply and the legal help of one jurisdiction, in one language. */
export function checkDetails(entry: Jurisdiction | Federal, locale: Locale = "en"): CheckDetails {
  const how = entry.howToApply;
  return {
    whereToFile: howToApplyIn(how, "whereToFile", locale),
    motionName: howToApplyIn(how, "motionName", locale),
    documentsThatHelp: howToApplyIn(how, "documentsThatHelp", locale),
    fees: howToApplyIn(how, "fees", locale),
    forms: how.forms.map(({ name, url }) => ({ name, url })),
    legalHelp: how.legalHelp.map(toHelpEntry),
    generalRelief: generalReliefIn(entry, locale),
    lawDetails: entry.relief.map((law) => ({ statuteUrl: law.statuteUrl, timing: law.timing.details, fees: law.feesDetails })),
  };
}

/**
 * The check's details file: every jurisdiction's details in one language, keyed by code. It is one file for
 * everyone, whatever the answers, so loading it tells the server nothing about them.
 */
export const checkDetailsFile = (locale: Locale): string => `${locale}.json`;
export const checkDetailsHref = (locale: Locale): string => `/data/check/${checkDetailsFile(locale)}`;

/** A sourced legal-help entry in the shape every page shows it. */
export const toHelpEntry = (help: Jurisdiction["howToApply"]["legalHelp"][number]): HelpEntry => ({
  name: help.name,
  kind: help.kind,
  url: help.url,
  phone: help.phone,
  address: help.address,
  languages: help.languages,
  free: help.free,
  sourceUrl: help.source.url,
  checkedOn: help.checkedOn,
});

export const unpackCheckJurisdiction = (entry: PackedCheckEntry): CheckJurisdiction & { lastVerified: string } => ({
  ...entry,
  relief: entry.relief.map(unpackLaw),
});

export const unpackCheckEntry = (entry: PackedCheckEntry, details: CheckDetails): CheckEntry => ({ ...unpackCheckJurisdiction(entry), ...details });
