import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  alignRows,
  buildCompareRows,
  buildCompareSide,
  chosenCodes,
  compareDataHref,
  formatComparePair,
  isCompareSide,
  MAX_IGNORED,
  MAX_PARAM_LENGTH,
  parseComparePair,
  parseStateParam,
  ROW_KEYS,
  summarizeDifferences,
  swapPair,
  type CellItem,
  type CompareFacts,
  type CompareRow,
  type CompareRowWords,
  type StateRef,
} from "./compare";
import type { Answer } from "./coverage";
import { COVERAGE_LEVELS } from "./coverage";
import { getJurisdictionByCode, getJurisdictions } from "./data";
import type { Jurisdiction, StateCode } from "./schema";

const jurisdictions = getJurisdictions();
const states: StateRef[] = jurisdictions.map(({ code, slug, name }) => ({ code, slug, name }));
const codes = states.map((state) => state.code);

const stateByCode = (code: StateCode): Jurisdiction => {
  const jurisdiction = getJurisdictionByCode(code);
  if (!jurisdiction) throw new Error(`no ${code} in the dataset`);
  return jurisdiction;
};

/** Plain words that show which branch made a text, so the tests do not depend on interface copy. */
const words: CompareRowWords = {
  locale: "en",
  grade: (grade) => `grade:${grade?.grade ?? "none"}`,
  coverage: (level) => `coverage:${level}`,
  who: (fact, answer, hasLaw) => `${fact}:${answer}:${hasLaw}`,
  law: {
    type: (law) => law.reliefType,
    ages: (law) => `ages:${law.agesCovered}`,
    trafficking: (law) => `trafficking:${law.traffickingTypes}`,
    offenses: (law) => `offenses:${law.offensesCovered}`,
    records: (law) => `records:${law.recordsCovered}`,
    timing: (law) => `timing:${law.timing.hasDeadlineOrWait}`,
    hearing: (law) => `hearing:${law.hearing}`,
    burden: (law) => `burden:${law.burdenOfProof.standard}`,
    documentation: (law) => `documentation:${law.officialDocumentationRequired}`,
    discretion: (law) => `discretion:${law.judicialDiscretion}`,
    fees: (law) => `fees:${law.feesWaived}`,
    history: (law) => `history:${law.enactedYear}`,
  },
  noLaw: "no law",
  notInSources: "not in sources",
  legalHelp: (help) => help.name,
  criterion: (result) => `${result.criterion}: ${result.status}`,
};

const rowsOf = (code: StateCode) => buildCompareRows(stateByCode(code), words);
const row = (rows: CompareRow[], key: CompareRow["key"]) => rows.find((candidate) => candidate.key === key);

describe("parseStateParam", () => {
  it.each(["MO", "mo", "Mo", " mo ", "missouri", "MISSOURI", "Missouri"])("reads %j as Missouri", (raw) => {
    expect(parseStateParam(raw, states)).toEqual({ status: "ok", code: "MO" });
  });

  it("reads slugs with hyphens, and names with spaces", () => {
    expect(parseStateParam("new-york", states)).toEqual({ status: "ok", code: "NY" });
    expect(parseStateParam("New York", states)).toEqual({ status: "ok", code: "NY" });
    expect(parseStateParam("district-of-columbia", states)).toEqual({ status: "ok", code: "DC" });
  });

  it("treats an absent or blank value as missing, not as an error", () => {
    expect(parseStateParam(null, states)).toEqual({ status: "missing" });
    expect(parseStateParam("", states)).toEqual({ status: "missing" });
    expect(parseStateParam("   ", states)).toEqual({ status: "missing" });
  });

  it("reports an unknown value as it was typed, so the page can say what it could not use", () => {
    expect(parseStateParam("zz", states)).toEqual({ status: "unknown", shown: "zz" });
    expect(parseStateParam("US", states)).toEqual({ status: "unknown", shown: "US" });
    expect(parseStateParam("federal", states)).toEqual({ status: "unknown", shown: "federal" });
  });

  it("keeps markup as plain text for the page to show inertly", () => {
    expect(parseStateParam("<script>alert(1)</script>", states)).toEqual({ status: "unknown", shown: "<script>alert(1)</script>" });
  });

  it("cuts very long values and marks the cut", () => {
    const result = parseStateParam("x".repeat(10_000), states);
    expect(result).toEqual({ status: "unknown", shown: `${"x".repeat(MAX_PARAM_LENGTH)}…` });
  });

  it("drops control and direction-changing characters", () => {
    expect(parseStateParam("m\u202Eo\u0000", states)).toEqual({ status: "ok", code: "MO" });
    expect(parseStateParam("a\u0007b", states)).toEqual({ status: "unknown", shown: "ab" });
  });

  it("accepts every code and slug in any mix of upper and lower case, with spaces around (property)", () => {
    const spelling = fc
      .constantFrom(...states)
      .chain((state) => fc.tuple(fc.constant(state.code), fc.mixedCase(fc.constantFrom(state.code, state.slug))));
    const padding = fc.string({ unit: fc.constantFrom(" ", "\t"), maxLength: 3 });
    fc.assert(
      fc.property(spelling, padding, ([code, value], space) => {
        expect(parseStateParam(`${space}${value}${space}`, states)).toEqual({ status: "ok", code });
      }),
      { numRuns: 300 },
    );
  });

  it("never throws, and anything it shows is short and free of control characters (property)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 400 }), (raw) => {
        const result = parseStateParam(raw, states);
        if (result.status === "unknown") {
          expect([...result.shown].length).toBeLessThanOrEqual(MAX_PARAM_LENGTH + 1);
          expect(result.shown).not.toMatch(/[\p{Cc}\p{Cf}]/u);
        }
      }),
    );
  });
});

describe("parseComparePair and formatComparePair", () => {
  it("reads both states from the query string", () => {
    expect(parseComparePair("?a=mo&b=ny", states)).toEqual({
      a: { status: "ok", code: "MO" },
      b: { status: "ok", code: "NY" },
      ignored: [],
    });
  });

  it("keeps the good state when the other one is unknown", () => {
    const parsed = parseComparePair("?a=mo&b=zz", states);
    expect(parsed.b).toEqual({ status: "unknown", shown: "zz" });
    expect(chosenCodes(parsed)).toEqual({ a: "MO", b: null });
  });

  it("flags the same state twice and keeps only the first", () => {
    const parsed = parseComparePair("?a=mo&b=Missouri", states);
    expect(parsed.b).toEqual({ status: "same", code: "MO" });
    expect(chosenCodes(parsed)).toEqual({ a: "MO", b: null });
  });

  it("reports parameters it does not use, including a repeated a or b, and uses the first value", () => {
    const parsed = parseComparePair("?a=mo&b=ny&utm_source=x&a=tx&view=grade", states);
    expect(chosenCodes(parsed)).toEqual({ a: "MO", b: "NY" });
    expect(parsed.ignored).toEqual(["utm_source", "a", "view"]);
  });

  it("reports at most a few ignored names, each cut short", () => {
    const query = Array.from({ length: 20 }, (_, index) => `${"p".repeat(100)}${index}=1`).join("&");
    const parsed = parseComparePair(`?${query}`, states);
    expect(parsed.ignored.length).toBeLessThanOrEqual(MAX_IGNORED);
    expect(parsed.ignored.every((name) => name.length <= 20)).toBe(true);
  });

  it("treats no query at all as nothing chosen yet", () => {
    expect(parseComparePair("", states)).toEqual({ a: { status: "missing" }, b: { status: "missing" }, ignored: [] });
  });

  it("survives a huge query string", () => {
    expect(() => parseComparePair(`?a=${"%3C".repeat(100_000)}`, states)).not.toThrow();
  });

  it("formats through compareHref, in lower case", () => {
    expect(formatComparePair({ a: "MO", b: "NY" })).toBe("/compare?a=mo&b=ny");
    expect(formatComparePair({ a: "MO", b: null })).toBe("/compare?a=mo");
    expect(formatComparePair({ a: null, b: null })).toBe("/compare");
  });

  it("swaps the two sides", () => {
    expect(swapPair({ a: "MO", b: "NY" })).toEqual({ a: "NY", b: "MO" });
  });

  it("gives back the same pair after formatting then parsing (property)", () => {
    const code = fc.option(fc.constantFrom(...codes), { nil: null });
    fc.assert(
      fc.property(
        fc.tuple(code, code).filter(([a, b]) => a === null || a !== b),
        ([a, b]) => {
          const url = new URL(formatComparePair({ a, b }), "https://example.org");
          const parsed = parseComparePair(url.search, states);
          expect(chosenCodes(parsed)).toEqual({ a, b });
          expect(parsed.ignored).toEqual([]);
        },
      ),
    );
  });
});

describe("buildCompareRows", () => {
  it("gives every jurisdiction the same rows in the same order, so they line up", () => {
    for (const jurisdiction of jurisdictions) {
      expect(buildCompareRows(jurisdiction, words).map((candidate) => candidate.key)).toEqual(ROW_KEYS);
    }
  });

  it("reads Missouri as minors only and New York as covering adults", () => {
    expect(row(rowsOf("MO"), "relief-ages")?.value).toBe("minors-only");
    expect(row(rowsOf("NY"), "relief-ages")?.value).toBe("all-ages");
    expect(row(rowsOf("MO"), "who-adults")).toMatchObject({ value: "no", items: [{ text: "adults:no:true" }] });
    expect(row(rowsOf("NY"), "who-adults")?.value).toBe("yes");
  });

  it("shows grades for each edition, with a missing grade as its own value", () => {
    expect(row(rowsOf("NY"), "grade-2023")).toMatchObject({ value: "A/unknown", items: [{ text: "grade:A" }] });
    expect(row(rowsOf("NY"), "grade-2019")?.value).toBe("unknown/unknown");
  });

  it("keeps an unknown fact unknown, never turning it into no", () => {
    const missouriHearing = row(rowsOf("MO"), "relief-hearing");
    expect(missouriHearing).toMatchObject({ value: "unknown", items: [{ text: "hearing:null" }] });
  });

  it("says no law, rather than inventing facts, where a state has none", () => {
    const noLaw = jurisdictions.find((jurisdiction) => jurisdiction.relief.length === 0);
    expect(noLaw).toBeDefined();
    const rows = buildCompareRows(noLaw!, words);
    expect(rows.filter((candidate) => candidate.key.startsWith("relief-")).every((candidate) => candidate.value === "no-law")).toBe(true);
    expect(row(rows, "who-adults")).toMatchObject({ value: "no", items: [{ text: "adults:no:false" }] });
  });

  it("names each law by its citation where a state has several", () => {
    const several = jurisdictions.find((jurisdiction) => jurisdiction.relief.length > 1)!;
    const ages = row(buildCompareRows(several, words), "relief-ages")!;
    expect(ages.items.map((item) => item.citation)).toEqual(several.relief.map((law) => law.citation));
    const single = row(rowsOf("NY"), "relief-ages")!;
    expect(single.items.map((item) => item.citation)).toEqual([null]);
  });

  it("makes small files: each side is well under 40 KB of JSON", () => {
    for (const jurisdiction of jurisdictions) {
      expect(JSON.stringify(buildCompareSide(jurisdiction, words)).length).toBeLessThan(40_000);
    }
  });

  it("has one data file address per state", () => {
    expect(compareDataHref("MO")).toBe("/data/compare/mo.json");
    expect(compareDataHref("MO", "es")).toBe("/data/compare/mo.es.json");
    expect(new Set(codes.map((code) => compareDataHref(code))).size).toBe(51);
  });
});

describe("isCompareSide", () => {
  it("accepts a built side for the code asked for, and nothing else", () => {
    const side = JSON.parse(JSON.stringify(buildCompareSide(stateByCode("MO"), words))) as unknown;
    expect(isCompareSide(side, "MO")).toBe(true);
    expect(isCompareSide(side, "NY")).toBe(false);
    expect(isCompareSide(null, "MO")).toBe(false);
    expect(isCompareSide({ code: "MO", name: "Missouri", href: "/", facts: {}, rows: [{ key: "nope", value: "", items: [] }] }, "MO")).toBe(false);
  });
});

describe("alignRows", () => {
  it("marks the ages rows of Missouri and New York as different, and equal missing grades as the same", () => {
    const aligned = alignRows(rowsOf("MO"), rowsOf("NY"));
    const differs = (key: string) => aligned.find((candidate) => candidate.key === key)?.differs;
    expect(differs("relief-ages")).toBe(true);
    expect(differs("who-adults")).toBe(true);
    expect(differs("grade-2023")).toBe(true);
    expect(differs("grade-2019")).toBe(false);
    expect(aligned.map((candidate) => candidate.key)).toEqual(ROW_KEYS);
  });

  it("keeps a row only one side has, as different", () => {
    const [first, ...rest] = rowsOf("MO");
    const aligned = alignRows([first!], []);
    expect(aligned).toEqual([{ key: first!.key, section: "grades", a: first, b: null, differs: true }]);
    expect(rest.length).toBeGreaterThan(0);
  });

  it("finds no differences between any state and itself (property)", () => {
    fc.assert(
      fc.property(fc.constantFrom(...jurisdictions), (jurisdiction) => {
        const rows = buildCompareRows(jurisdiction, words);
        expect(alignRows(rows, rows).filter((candidate) => candidate.differs)).toEqual([]);
      }),
    );
  });

  const arbitraryRows = fc
    .uniqueArray(fc.constantFrom(...ROW_KEYS), { maxLength: ROW_KEYS.length })
    .chain((keys) =>
      fc.tuple(...keys.map((key) => fc.record({ key: fc.constant(key), value: fc.string({ maxLength: 4 }), items: fc.constant<CellItem[]>([]) }))),
    );

  it("finds no differences between any row list and itself, and the same differences either way round (property)", () => {
    fc.assert(
      fc.property(arbitraryRows, arbitraryRows, (a, b) => {
        expect(alignRows(a, a).some((candidate) => candidate.differs)).toBe(false);
        const forward = alignRows(a, b).map((candidate) => [candidate.key, candidate.differs]);
        const backward = alignRows(b, a).map((candidate) => [candidate.key, candidate.differs]);
        expect(backward).toEqual(forward);
      }),
    );
  });
});

describe("summarizeDifferences", () => {
  const facts = (code: StateCode) => buildCompareSide(stateByCode(code), words).facts;

  it("puts adults first for Missouri and New York, then offenses, labor trafficking and the kind of relief", () => {
    const summary = summarizeDifferences(facts("MO"), facts("NY"));
    expect(summary[0]).toEqual({ topic: "adults", a: "no", b: "yes" });
    expect(summary.map((difference) => difference.topic)).toEqual(["adults", "offenses", "labor", "relief-type"]);
  });

  it("says only that one state has no law, when that is the difference", () => {
    const none = jurisdictions.find((jurisdiction) => jurisdiction.relief.length === 0)!;
    const noneFacts = buildCompareSide(none, words).facts;
    expect(summarizeDifferences(noneFacts, facts("NY"))).toEqual([{ topic: "law", a: "none", b: "broad" }]);
    expect(summarizeDifferences(noneFacts, noneFacts)).toEqual([]);
  });

  const answer = fc.constantFrom<Answer>("yes", "no", "partly", "unknown");
  const arbitraryFacts: fc.Arbitrary<CompareFacts> = fc.record({
    level: fc.constantFrom(...COVERAGE_LEVELS),
    adults: answer,
    anyOffense: answer,
    laborTrafficking: answer,
    arrests: answer,
    reliefTypes: fc.uniqueArray(fc.constantFrom("vacatur" as const, "expungement" as const, "sealing" as const)).map((types) => types.sort()),
  });

  it("finds nothing to say about a state compared with itself, and the same topics either way round (property)", () => {
    fc.assert(
      fc.property(arbitraryFacts, arbitraryFacts, (a, b) => {
        expect(summarizeDifferences(a, a)).toEqual([]);
        const topics = (x: CompareFacts, y: CompareFacts) => summarizeDifferences(x, y).map((difference) => difference.topic);
        expect(topics(b, a)).toEqual(topics(a, b));
      }),
    );
  });
});
