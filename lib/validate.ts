import { z } from "zod";
import {
  ChangeLogSchema,
  type ChangeEntry,
  EditionsSchema,
  FederalSchema,
  JurisdictionSchema,
  STATE_CODES,
  type Edition,
  type Federal,
  type Jurisdiction,
} from "./schema";
import { slugify } from "./slug";

export interface RawFile {
  /** Path relative to the data folder, used in error messages. */
  file: string;
  content: unknown;
}

export class DataError extends Error {
  constructor(public readonly problems: string[]) {
    super(`The dataset is invalid:\n${problems.map((problem) => `- ${problem}`).join("\n")}`);
    this.name = "DataError";
  }
}

const describeIssues = (file: string, error: z.ZodError): string[] =>
  error.issues.map((issue) => `${file}: ${issue.path.join(".") || "(top level)"}: ${issue.message}`);

const parseFile = <T>(schema: z.ZodType<T>, raw: RawFile, problems: string[]): T | undefined => {
  const result = schema.safeParse(raw.content);
  if (result.success) return result.data;
  problems.push(...describeIssues(raw.file, result.error));
  return undefined;
};

const monthsOf = (date: string): number => {
  const [year = 0, month = 1] = date.split("-").map(Number);
  return year * 12 + month;
};

const ADULT_CLAIMS = /\b(any age|all ages|adults (can|may|are covered|qualify)|whatever your age|regardless of age)\b/i;
const MINOR_WORDS = /\b(under (18|eighteen|the age of 18)|minors?|child(ren)?|juveniles?|younger than 18)\b/i;

/** Checks a parsed jurisdiction for rules a schema alone cannot express. */
export function checkJurisdictionRules(
  file: string,
  entry: Jurisdiction | Federal,
  editions: Edition[],
  today: string,
): string[] {
  const problems: string[] = [];
  const at = (field: string, message: string) => problems.push(`${file}: ${field}: ${message}`);

  if (entry.slug !== "federal" && entry.slug !== slugify(entry.name)) {
    at("slug", `expected "${slugify(entry.name)}" for ${entry.name}`);
  }

  entry.relief.forEach((law, index) => {
    const field = `relief.${index}`;
    if (law.agesCovered === "minors-only" && ADULT_CLAIMS.test(law.plainSummary)) {
      at(`${field}.plainSummary`, "a minors-only law must not claim to cover adults");
    }
    if (law.agesCovered === "minors-only" && !MINOR_WORDS.test(law.plainSummary)) {
      at(`${field}.plainSummary`, "a minors-only law must say plainly that it is for people who were minors");
    }
  });

  problems.push(...checkSpanishTwins(file, entry), ...checkJuvenileRelief(file, entry));

  const laws = entry.relief.filter((law) => law.reliefType !== "other");
  if (laws.length > 0 && laws.every((law) => law.agesCovered === "minors-only") && ADULT_CLAIMS.test(entry.whoQualifies)) {
    at("whoQualifies", "relief here is only for minors, so this must not claim to cover adults");
  }

  if ("grades" in entry) {
    for (const edition of editions) {
      const grade = entry.grades[edition.year];
      if (!grade) continue;
      const field = `grades.${edition.year}`;
      if (grade.score !== null && edition.scale && grade.grade && grade.grade !== "none") {
        const expected = letterForScore(grade.score, edition.scale);
        if (expected !== grade.grade) {
          at(field, `score ${grade.score} is a ${expected} on the ${edition.year} scale, not ${grade.grade}`);
        }
      }
      if (grade.grade === null && grade.score === null) at(field, "a grade entry needs a letter, 'none' or a score");
    }
  }

  const dates: Array<[string, string | null]> = [["lastVerified", entry.lastVerified]];
  const collectSources = (prefix: string, sources: Array<{ date: string | null }>) =>
    sources.forEach((source, index) => dates.push([`${prefix}.${index}.date`, source.date]));
  entry.relief.forEach((law, index) => collectSources(`relief.${index}.sources`, law.sources));
  collectSources("sources", entry.sources);
  collectSources("howToApply.sources", entry.howToApply.sources);
  collectSources("generalRelief.sources", entry.generalRelief.sources);
  entry.pending.forEach((bill, index) => {
    dates.push([`pending.${index}.statusDate`, bill.statusDate]);
    dates.push([`pending.${index}.source.date`, bill.source.date]);
  });
  if ("grades" in entry) {
    for (const edition of ["2019", "2023"] as const) {
      const grade = entry.grades[edition];
      if (grade) dates.push([`grades.${edition}.source.date`, grade.source.date]);
    }
  }
  entry.relief.forEach((law, index) => dates.push([`relief.${index}.verification.checkedOn`, law.verification.checkedOn]));
  entry.howToApply.legalHelp.forEach((help, index) => dates.push([`howToApply.legalHelp.${index}.checkedOn`, help.checkedOn]));
  const thisYear = Number(today.slice(0, 4));
  entry.relief.forEach((law, index) => {
    const years: Array<[string, number | null]> = [
      ["enactedYear", law.enactedYear],
      ...law.amendedYears.map((year, i): [string, number] => [`amendedYears.${i}`, year]),
    ];
    for (const [field, year] of years) {
      if (year !== null && year > thisYear) at(`relief.${index}.${field}`, `year ${year} is in the future`);
    }
  });
  for (const [field, date] of dates) {
    if (date && (date.length === 10 ? date > today : monthsOf(date) > monthsOf(today))) {
      at(field, `date ${date} is in the future`);
    }
  }
  return problems;
}

/** Every Spanish text is present exactly where its English original is. */
function checkSpanishTwins(file: string, entry: Jurisdiction | Federal): string[] {
  const problems: string[] = [];
  const pairs: Array<[string, string | null, string | null]> = [
    ["generalRelief.summaryEs", entry.generalRelief.summary, entry.generalRelief.summaryEs],
    ...HOW_TO_APPLY_TEXTS.map((key): [string, string | null, string | null] => [`howToApply.es.${key}`, entry.howToApply[key], entry.howToApply.es[key]]),
  ];
  for (const [field, english, spanish] of pairs) {
    if (english !== null && spanish === null) problems.push(`${file}: ${field}: missing the Spanish text`);
    if (english === null && spanish !== null) problems.push(`${file}: ${field}: has Spanish text but no English original`);
  }
  return problems;
}

const HOW_TO_APPLY_TEXTS = ["whereToFile", "motionName", "documentsThatHelp", "fees", "lawyer", "confidentiality", "notes"] as const;

/** "Juvenile records" must be answered from sources: a law that covers them, a source saying none, or a recorded search. */
function checkJuvenileRelief(file: string, entry: Jurisdiction | Federal): string[] {
  const problems: string[] = [];
  const juvenile = entry.juvenileRelief;
  const coveringLaw = entry.relief.some((law) => law.recordsCovered?.includes("juvenile-adjudications"));
  if (juvenile.status === "covered" && !coveringLaw) {
    problems.push(`${file}: juvenileRelief.status: "covered" needs a relief law whose recordsCovered includes juvenile-adjudications`);
  }
  if (juvenile.status !== "covered" && coveringLaw) {
    problems.push(`${file}: juvenileRelief.status: a relief law covers juvenile adjudications, so the status must be "covered"`);
  }
  if (juvenile.status !== "not-found" && juvenile.sources.length === 0) {
    problems.push(`${file}: juvenileRelief.sources: "${juvenile.status}" needs at least one source`);
  }
  if (juvenile.status !== "covered" && juvenile.searched === null) {
    problems.push(`${file}: juvenileRelief.searched: say what was searched before answering "${juvenile.status}"`);
  }
  return problems;
}

export function letterForScore(score: number, scale: NonNullable<Edition["scale"]>): "A" | "B" | "C" | "D" | "F" {
  const letters = (["A", "B", "C", "D"] as const).filter((letter) => score >= scale[letter]);
  return letters[0] ?? "F";
}

export interface Dataset {
  jurisdictions: Jurisdiction[];
  federal: Federal;
  editions: Edition[];
}

/** Parses every data file; throws a DataError naming each bad file and field. */
export function validateDataset(
  input: { states: RawFile[]; federal: RawFile; editions: RawFile },
  today: string,
): Dataset {
  const problems: string[] = [];
  const editions = parseFile(EditionsSchema, input.editions, problems) ?? [];
  const federal = parseFile(FederalSchema, input.federal, problems);
  const jurisdictions: Jurisdiction[] = [];
  const parsed: Array<[string, Jurisdiction | Federal]> = federal ? [[input.federal.file, federal]] : [];

  for (const raw of input.states) {
    const jurisdiction = parseFile(JurisdictionSchema, raw, problems);
    if (!jurisdiction) continue;
    jurisdictions.push(jurisdiction);
    parsed.push([raw.file, jurisdiction]);
    const expectedFile = `states/${jurisdiction.slug}.json`;
    if (raw.file !== expectedFile) problems.push(`${raw.file}: slug: file should be named ${expectedFile}`);
  }
  for (const [file, entry] of parsed) problems.push(...checkJurisdictionRules(file, entry, editions, today));

  for (const key of ["code", "slug", "fips"] as const) {
    const seen = new Map<string, string>();
    for (const jurisdiction of jurisdictions) {
      const value = jurisdiction[key];
      const other = seen.get(value);
      if (other) problems.push(`states/${jurisdiction.slug}.json: ${key}: "${value}" is also used by ${other}`);
      seen.set(value, jurisdiction.name);
    }
  }
  if (input.states.length !== STATE_CODES.length) {
    problems.push(`states/: expected ${STATE_CODES.length} jurisdiction files, found ${input.states.length}`);
  }
  const missing = STATE_CODES.filter((code) => !jurisdictions.some((j) => j.code === code));
  if (missing.length > 0 && jurisdictions.length === input.states.length) {
    problems.push(`states/: no file for ${missing.join(", ")}`);
  }

  if (problems.length > 0 || !federal) throw new DataError(problems);
  jurisdictions.sort((a, b) => a.name.localeCompare(b.name));
  return { jurisdictions, federal, editions };
}

/** Parses the change log and checks what a schema cannot: unique ids, known jurisdictions, no future dates. */
export function validateChanges(raw: RawFile, dataset: Dataset, today: string): ChangeEntry[] {
  const problems: string[] = [];
  const changes = parseFile(ChangeLogSchema, raw, problems) ?? [];
  const codes = new Set<string>([...dataset.jurisdictions.map((j) => j.code), "US"]);
  const seen = new Set<string>();
  changes.forEach((change, index) => {
    const at = (field: string, message: string) => problems.push(`${raw.file}: ${index}.${field}: ${message}`);
    if (seen.has(change.id)) at("id", `"${change.id}" is used twice`);
    seen.add(change.id);
    if (!change.id.startsWith(`${change.date}-`)) at("id", `should start with its date, ${change.date}`);
    if (!codes.has(change.jurisdiction)) at("jurisdiction", `unknown jurisdiction ${change.jurisdiction}`);
    if (change.date > today) at("date", `date ${change.date} is in the future`);
  });
  if (problems.length > 0) throw new DataError(problems);
  return changes;
}
