import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { makeJurisdiction, makeLaw } from "@/tests/fixtures/jurisdiction";
import { DataError, letterForScore, validateDataset, type RawFile } from "./validate";

const dataDir = path.join(process.cwd(), "data");
const read = (file: string): RawFile => ({ file, content: JSON.parse(readFileSync(path.join(dataDir, file), "utf8")) });
const realStates = () => readdirSync(path.join(dataDir, "states")).map((name) => read(`states/${name}`));

/** The real dataset with one state file replaced, so each test breaks exactly one thing. */
function validateWith(replacement: RawFile, today = "2026-12-03") {
  const states = realStates().map((raw) => (raw.file === replacement.file ? replacement : raw));
  return validateDataset({ states, federal: read("federal.json"), editions: read("editions.json") }, today);
}

const problemsOf = (run: () => unknown): string[] => {
  try {
    run();
  } catch (error) {
    if (error instanceof DataError) return error.problems;
    throw error;
  }
  return [];
};

describe("validateDataset", () => {
  it("accepts the real dataset", () => {
    expect(problemsOf(() => validateWith(read("states/ohio.json")))).toEqual([]);
  });

  it("fails a relief law without a source, naming the file and field", () => {
    const broken = makeJurisdiction({ relief: [makeLaw({ sources: [] })] });
    expect(problemsOf(() => validateWith({ file: "states/ohio.json", content: broken }))).toContainEqual(
      "states/ohio.json: relief.0.sources: every relief law needs at least one source",
    );
  });

  it("fails a relief law that does not say how it was verified, naming the file and field", () => {
    const unverified: Partial<ReturnType<typeof makeLaw>> = makeLaw();
    delete unverified.verification;
    const broken = makeJurisdiction({ relief: [unverified as ReturnType<typeof makeLaw>] });
    expect(problemsOf(() => validateWith({ file: "states/ohio.json", content: broken }))).toContainEqual(
      expect.stringMatching(/^states\/ohio\.json: relief\.0\.verification: /),
    );
  });

  it("fails juvenile relief marked covered with no law that reaches juvenile records, and a missing Spanish text", () => {
    const content = makeJurisdiction({
      juvenileRelief: { ...makeJurisdiction().juvenileRelief, status: "covered", searched: null, sources: [makeLaw().sources[0]!] },
      generalRelief: { summary: "General sealing may help.", summaryEs: null, sources: [] },
    });
    const problems = problemsOf(() => validateWith({ file: "states/ohio.json", content }));
    expect(problems).toContainEqual(
      'states/ohio.json: juvenileRelief.status: "covered" needs a relief law whose recordsCovered includes juvenile-adjudications',
    );
    expect(problems).toContainEqual("states/ohio.json: generalRelief.summaryEs: missing the Spanish text");
  });

  it("fails a minors-only law whose summary claims to cover adults", () => {
    const law = makeLaw({ agesCovered: "minors-only", plainSummary: "Survivors of any age who were minors can apply." });
    const problems = problemsOf(() => validateWith({ file: "states/ohio.json", content: makeJurisdiction({ relief: [law] }) }));
    expect(problems).toContainEqual("states/ohio.json: relief.0.plainSummary: a minors-only law must not claim to cover adults");
  });

  it("fails a who-qualifies summary that claims adults where every law is for minors", () => {
    const law = makeLaw({ agesCovered: "minors-only", plainSummary: "If you were under 18, you can ask the court." });
    const content = makeJurisdiction({ relief: [law], whoQualifies: "Adults can apply whatever your age." });
    expect(problemsOf(() => validateWith({ file: "states/ohio.json", content }))).toContainEqual(
      "states/ohio.json: whoQualifies: relief here is only for minors, so this must not claim to cover adults",
    );
  });

  it("fails future dates on grade and bill sources, and future enactment years", () => {
    const source = { ...makeLaw().sources[0]!, date: "2030-01" };
    const content = makeJurisdiction({
      relief: [makeLaw({ enactedYear: 2031, amendedYears: [2032] })],
      grades: { "2019": null, "2023": { grade: "C", score: null, note: null, source } },
      pending: [{ bill: "HB 1", wouldChange: "x", status: "filed", statusDate: "2026-01", sessionEnds: "2026-05-15", source }],
    });
    const problems = problemsOf(() => validateWith({ file: "states/ohio.json", content }));
    expect(problems).toEqual(
      expect.arrayContaining([
        "states/ohio.json: grades.2023.source.date: date 2030-01 is in the future",
        "states/ohio.json: pending.0.source.date: date 2030-01 is in the future",
        "states/ohio.json: relief.0.enactedYear: year 2031 is in the future",
        "states/ohio.json: relief.0.amendedYears.0: year 2032 is in the future",
      ]),
    );
  });

  it("fails a minors-only law that does not say it is for minors", () => {
    const law = makeLaw({ agesCovered: "minors-only", plainSummary: "You can ask the court to clear it." });
    const problems = problemsOf(() => validateWith({ file: "states/ohio.json", content: makeJurisdiction({ relief: [law] }) }));
    expect(problems.join("\n")).toMatch(/must say plainly that it is for people who were minors/);
  });

  it("fails a grade without a source", () => {
    const content = { ...makeJurisdiction(), grades: { "2019": { grade: "B", score: null, note: null }, "2023": null } };
    expect(problemsOf(() => validateWith({ file: "states/ohio.json", content })).join("\n")).toMatch(/grades\.2019\.source/);
  });

  it("fails a date in the future and an impossible date", () => {
    const future = makeJurisdiction({ lastVerified: "2027-01-01" });
    expect(problemsOf(() => validateWith({ file: "states/ohio.json", content: future }))).toContainEqual(
      "states/ohio.json: lastVerified: date 2027-01-01 is in the future",
    );
    const impossible = { ...makeJurisdiction(), lastVerified: "2026-02-30" };
    expect(problemsOf(() => validateWith({ file: "states/ohio.json", content: impossible })).join("\n")).toMatch(
      /lastVerified: not a real calendar date/,
    );
  });

  it("fails a duplicate code, FIPS code or slug", () => {
    const duplicate = makeJurisdiction({ code: "MO", name: "Ohio" });
    expect(problemsOf(() => validateWith({ file: "states/ohio.json", content: duplicate })).join("\n")).toMatch(/code: "MO" is also used by/);
  });

  it("fails a slug that does not match the name or the file name", () => {
    const wrongSlug = makeJurisdiction({ slug: "ohioo" });
    const problems = problemsOf(() => validateWith({ file: "states/ohio.json", content: wrongSlug }));
    expect(problems).toContainEqual('states/ohio.json: slug: expected "ohio" for Ohio');
  });

  it("fails a missing jurisdiction", () => {
    const states = realStates().filter((raw) => raw.file !== "states/ohio.json");
    const problems = problemsOf(() =>
      validateDataset({ states, federal: read("federal.json"), editions: read("editions.json") }, "2026-11-28"),
    );
    expect(problems.join("\n")).toMatch(/expected 51 jurisdiction files, found 50/);
  });

  it("checks a grade against its edition's scale where a score is given", () => {
    const editions = read("editions.json");
    const withScale = (editions.content as Array<Record<string, unknown>>).map((edition) =>
      edition.year === "2023" ? { ...edition, scale: { A: 90, B: 80, C: 70, D: 60, F: 0 } } : edition,
    );
    const graded = makeJurisdiction({
      grades: { "2019": null, "2023": { grade: "A", score: 63, note: null, source: makeLaw().sources[0]! } },
    });
    const states = realStates().map((raw) => (raw.file === "states/ohio.json" ? { file: raw.file, content: graded } : raw));
    const problems = problemsOf(() =>
      validateDataset({ states, federal: read("federal.json"), editions: { file: "editions.json", content: withScale } }, "2026-11-28"),
    );
    expect(problems).toContainEqual("states/ohio.json: grades.2023: score 63 is a D on the 2023 scale, not A");
  });
});

describe("letterForScore", () => {
  it("picks the highest letter whose lowest score is reached", () => {
    const scale = { A: 90, B: 80, C: 70, D: 60, F: 0 };
    expect([95, 90, 89, 72, 60, 59, 0].map((score) => letterForScore(score, scale))).toEqual(["A", "A", "B", "C", "D", "F", "F"]);
  });
});
