import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkWords } from "@/components/check/copy";
import { termsWords } from "@/components/copy/terms";
import type { Reason } from "@/lib/eligibility";
import { MAX_GRADE, MAX_MEDIAN_GRADE, median, readingGrade } from "@/lib/readability";

/**
 * Measures every text a survivor reads first: each jurisdiction's "who qualifies", each relief law's
 * plain summary, each juvenile-relief summary, the coverage lines and the check's result texts.
 * The data files are read as they are (not through the validating loader), so a half-finished edit
 * of one state still shows its grades.
 */
interface Measured {
  where: string;
  grade: number;
}

interface RawEntry {
  name: string;
  slug: string;
  whoQualifies?: string;
  juvenileRelief?: { summary?: string };
  relief?: Array<{ citation: string; plainSummary?: string }>;
}

const DATA_DIR = path.join(process.cwd(), "data");
const entries: RawEntry[] = [
  ...readdirSync(path.join(DATA_DIR, "states")).map((file) => path.join("states", file)),
  "federal.json",
].map((file) => JSON.parse(readFileSync(path.join(DATA_DIR, file), "utf8")) as RawEntry);
const names = entries.map((entry) => entry.name).filter((name) => name !== "Federal convictions");

function dataTexts(): Measured[] {
  return entries.flatMap((entry) => [
    ...(entry.whoQualifies ? [{ where: `${entry.slug} whoQualifies`, text: entry.whoQualifies }] : []),
    ...(entry.juvenileRelief?.summary ? [{ where: `${entry.slug} juvenileRelief.summary`, text: entry.juvenileRelief.summary }] : []),
    ...(entry.relief ?? []).flatMap((law, index) =>
      law.plainSummary ? [{ where: `${entry.slug} relief.${index}.plainSummary (${law.citation})`, text: law.plainSummary }] : [],
    ),
  ]).map(({ where, text }) => ({ where, grade: readingGrade(text, names) }));
}

const SAMPLE_REASONS: Reason[] = [
  { kind: "fails", code: "adults-not-covered" },
  { kind: "fails", code: "trafficking-not-covered", covered: "sex" },
  { kind: "fails", code: "offense-not-covered" },
  { kind: "fails", code: "record-not-covered", record: "arrest", covered: ["convictions"] },
  { kind: "depends", code: "depends-age" },
  { kind: "depends", code: "depends-trafficking", covered: "labor" },
  { kind: "depends", code: "depends-offense-prostitution" },
  { kind: "depends", code: "depends-offense-list" },
  { kind: "depends", code: "depends-offense-exceptions" },
  { kind: "depends", code: "depends-record", covered: ["convictions", "juvenile-adjudications"] },
  { kind: "unknown", code: "unknown-in-force" },
  { kind: "unknown", code: "unknown-ages" },
  { kind: "unknown", code: "unknown-trafficking" },
  { kind: "unknown", code: "unknown-offenses" },
  { kind: "unknown", code: "unknown-records" },
  { kind: "caveat", code: "some-offenses-excluded" },
  { kind: "caveat", code: "may-not-clear-record" },
];

function interfaceTexts(): Measured[] {
  const { outcomeLead, reasonText } = checkWords.en;
  const { coverageMeaning } = termsWords.en;
  const texts = [
    ...SAMPLE_REASONS.map((reason) => ({ where: `check reason ${reason.code}`, text: reasonText(reason) })),
    ...Object.entries(outcomeLead).map(([outcome, lead]) => ({ where: `check outcome ${outcome}`, text: lead("in Missouri") })),
    ...Object.entries(coverageMeaning).map(([level, text]) => ({ where: `coverage line ${level}`, text })),
  ];
  return texts.map(({ where, text }) => ({ where, grade: readingGrade(text, names) }));
}

function distribution(measured: Measured[]): string {
  const bands = ["≤ 4", "5", "6", "7", "8", "9", "> 9"];
  const band = (grade: number) => (grade <= 4 ? 0 : grade > 9 ? 6 : Math.ceil(grade) - 4);
  const counts = bands.map((_, index) => measured.filter((item) => band(item.grade) === index).length);
  const grades = measured.map((item) => item.grade);
  const hardest = [...measured].sort((a, b) => b.grade - a.grade).slice(0, 8);
  return [
    `Reading grade (Flesch-Kincaid) of ${measured.length} texts: median ${median(grades).toFixed(1)}, highest ${Math.max(...grades).toFixed(1)}`,
    `  grade ${bands.map((name, index) => `${name}: ${counts[index]}`).join(" | ")}`,
    "  hardest:",
    ...hardest.map((item) => `    ${item.grade.toFixed(1)}  ${item.where}`),
  ].join("\n");
}

describe("plain words: what a survivor reads first is at or below grade 8", () => {
  const measured = [...dataTexts(), ...interfaceTexts()];

  it(`has no text above grade ${MAX_GRADE} and a median at or below grade ${MAX_MEDIAN_GRADE}`, () => {
    console.log(distribution(measured));
    if (process.env.PLAIN_ALL) for (const item of measured) console.log(`${item.grade.toFixed(1)}\t${item.where}`);
    const tooHard = measured.filter((item) => item.grade > MAX_GRADE).map((item) => `${item.grade.toFixed(1)} ${item.where}`);
    expect(tooHard).toEqual([]);
    expect(median(measured.map((item) => item.grade))).toBeLessThanOrEqual(MAX_MEDIAN_GRADE);
  });
});
