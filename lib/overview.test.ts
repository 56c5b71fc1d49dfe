import { describe, expect, it } from "vitest";
import { makeJurisdiction, makeLaw } from "@/tests/fixtures/jurisdiction";
import { coverageLevel } from "./coverage";
import { getJurisdictionByCode, getJurisdictions } from "./data";
import {
  buildOverviewRow,
  buildTimeline,
  filterRows,
  formatOverviewView,
  matchRow,
  nextSort,
  overviewRowKeys,
  parseOverviewView,
  shortCitation,
  SORT_KEYS,
  sortRows,
  summarizeDataset,
  summarizeFilters,
  type OverviewRow,
} from "./overview";

type LawInput = Parameters<typeof makeLaw>[0];

const row = (name: string, ...laws: LawInput[]): OverviewRow =>
  buildOverviewRow(makeJurisdiction({ name, relief: laws.map((law) => makeLaw(law)) }));

const names = (rows: readonly { name: string }[]) => rows.map((item) => item.name);

describe("buildOverviewRow", () => {
  it("reads coverage, criteria, grades, relief, ages, trafficking, offenses, records and the latest change", () => {
    const built = buildOverviewRow(
      makeJurisdiction({
        grades: {
          "2019": null,
          "2023": { grade: "B", score: 81, note: null, source: { url: "https://example.org/g", title: "Grades", date: null, supports: "grade" } },
        },
        relief: [
          makeLaw({ reliefType: "sealing", offensesCovered: "listed-offenses", recordsCovered: ["arrests"], enactedYear: 2012, amendedYears: [2020] }),
          makeLaw({ reliefType: "vacatur", traffickingTypes: ["sex"], offensesCovered: "prostitution-related-only", enactedYear: 2016 }),
        ],
      }),
    );
    expect(built).toMatchObject({
      code: "OH",
      href: "/states/ohio",
      level: "partial",
      grades: { "2019": { key: "unknown", score: null }, "2023": { key: "B", score: 81 } },
      reliefTypes: ["vacatur", "sealing"],
      adults: "yes",
      labor: "yes",
      offenses: "listed-offenses",
      records: ["convictions", "arrests"],
      latestChange: 2020,
    });
    expect(built.criteriaMet).toBeGreaterThan(0);
    expect(built.laws).toHaveLength(2);
  });

  it("keeps unknown facts unknown rather than false", () => {
    const built = row("Nowhere", { agesCovered: null, offensesCovered: null, recordsCovered: null, traffickingTypes: null });
    expect(built).toMatchObject({ adults: "unknown", labor: "unknown", offenses: null, records: null });
    expect(built.laws[0]).toEqual({ adults: "maybe", labor: "maybe", anyOffense: "maybe", arrests: "maybe" });
    expect(built.criteriaUnknown).toBeGreaterThan(0);
  });

  it("shows no law as no relief, no records and no change year", () => {
    expect(row("Empty")).toMatchObject({ level: "none", reliefTypes: [], records: [], offenses: null, latestChange: null, laws: [] });
  });

  it("uses the real data: Missouri is minors only, New York broad", () => {
    const missouri = buildOverviewRow(getJurisdictionByCode("MO")!);
    const newYork = buildOverviewRow(getJurisdictionByCode("NY")!);
    expect(missouri).toMatchObject({ level: "minors-only", adults: "no" });
    expect(newYork).toMatchObject({ level: "broad", adults: "yes", offenses: "any-offense" });
  });
});

describe("shortCitation", () => {
  it("drops an explanation after the citation but keeps every subsection it names", () => {
    expect(shortCitation("Ark. Code Ann. § 16-90-1412(b)(1)(B)(ii) (prostitution convictions)")).toBe("Ark. Code Ann. § 16-90-1412(b)(1)(B)(ii)");
    expect(shortCitation("N.J. Stat. Ann. § 2C:44-1.1; N.J. Ct. R. 3:21-11")).toBe("N.J. Stat. Ann. § 2C:44-1.1");
    expect(shortCitation("Ala. Code § 15-27-2(a)(8) and (b)")).toBe("Ala. Code § 15-27-2(a)(8) and (b)");
  });

  it("never ends a real state's citation on a dangling word", () => {
    const cut = getJurisdictions().flatMap((place) => place.relief.map((law) => shortCitation(law.citation)));
    expect(cut.filter((citation) => /\s(and|or|to|,)$/.test(citation))).toEqual([]);
  });
});

describe("filters", () => {
  const broad = row("Broad", {});
  const minors = row("Minors", { agesCovered: "minors-only" });
  const sexOnly = row("Sex only", { traffickingTypes: ["sex"], offensesCovered: "prostitution-related-only" });
  const split = row("Split", { offensesCovered: "prostitution-related-only" }, { agesCovered: "minors-only", offensesCovered: "any-offense" });
  const silent = row("Silent", { agesCovered: null });
  const none = row("None");
  const arrests = row("Arrests", { recordsCovered: ["convictions", "non-conviction-records"] });
  const all = [broad, minors, sexOnly, split, silent, none, arrests];

  it("covers adults: keeps adult laws, drops minors-only and no-law states, and leaves unknown ages as maybe", () => {
    expect(names(filterRows(all, ["adults"]))).toEqual(["Broad", "Sex only", "Split", "Arrests"]);
    expect(matchRow(silent, ["adults"])).toBe("maybe");
    expect(matchRow(minors, ["adults"])).toBe("no");
  });

  it("needs one law to do everything asked: adults plus any offense is not met by two different laws", () => {
    expect(names(filterRows(all, ["adults", "any-offense"]))).toEqual(["Broad", "Arrests"]);
    expect(matchRow(split, ["adults", "any-offense"])).toBe("no");
  });

  it("counts a law our sources do not confirm is in force only as a maybe", () => {
    const uncertain = row("Uncertain", { inForce: null });
    expect(matchRow(uncertain, ["adults"])).toBe("maybe");
    expect(names(filterRows([broad, uncertain], ["adults"]))).toEqual(["Broad"]);
    expect(matchRow(buildOverviewRow(getJurisdictionByCode("WV")!), ["adults"])).toBe("maybe");
  });

  it("filters labor trafficking and arrests (records without a conviction count)", () => {
    expect(names(filterRows(all, ["labor"]))).not.toContain("Sex only");
    expect(names(filterRows(all, ["arrests"]))).toEqual(["Arrests"]);
  });

  it("no law finds only states without a record-relief law, and nothing when combined with a law filter", () => {
    expect(names(filterRows(all, ["no-law"]))).toEqual(["None"]);
    expect(filterRows(all, ["no-law", "adults"])).toEqual([]);
    expect(summarizeFilters(all, ["adults", "no-law"]).contradictory).toBe(true);
  });

  it("summarizes the count, the total and the names our sources cannot settle", () => {
    expect(summarizeFilters(all, ["any-offense", "adults"])).toEqual({
      filters: ["adults", "any-offense"],
      count: 2,
      total: 7,
      maybe: ["Silent"],
      contradictory: false,
    });
    expect(summarizeFilters(all, [])).toMatchObject({ count: 7, total: 7, maybe: [] });
  });

  it("on the real data: covers adults drops Missouri and keeps New York; adults for any offense equals broad coverage", () => {
    const rows = getJurisdictions().map(buildOverviewRow);
    const adults = names(filterRows(rows, ["adults"]));
    expect(adults).toContain("New York");
    expect(adults).not.toContain("Missouri");
    const broadCount = getJurisdictions().filter((jurisdiction) => coverageLevel(jurisdiction) === "broad").length;
    expect(summarizeFilters(rows, ["adults", "any-offense"]).count).toBe(broadCount);
  });
});

describe("sortRows", () => {
  const broad = row("Broad", {});
  const partial = row("Partial", { offensesCovered: "listed-offenses" });
  const unclear = row("Unclear", { agesCovered: null, offensesCovered: "listed-offenses" });
  const none = row("None");
  const minors = row("Minors", { agesCovered: "minors-only" });

  it("orders coverage broad, partial, minors-only, none, with unclear last in both directions", () => {
    const rows = [none, unclear, minors, partial, broad];
    expect(names(sortRows(overviewRowKeys(rows), { key: "coverage", dir: "asc" }))).toEqual(["Broad", "Partial", "Minors", "None", "Unclear"]);
    expect(names(sortRows(overviewRowKeys(rows), { key: "coverage", dir: "desc" }))).toEqual(["None", "Minors", "Partial", "Broad", "Unclear"]);
  });

  it("is stable: ties keep their given order in either direction", () => {
    const rows = [row("C", {}), row("A", {}), row("B", {})];
    expect(names(sortRows(overviewRowKeys(rows), { key: "coverage", dir: "asc" }))).toEqual(["C", "A", "B"]);
    expect(names(sortRows(overviewRowKeys(rows), { key: "coverage", dir: "desc" }))).toEqual(["C", "A", "B"]);
  });

  it("sorts names A to Z and back", () => {
    const rows = [partial, broad, none];
    expect(names(sortRows(overviewRowKeys(rows), { key: "state", dir: "asc" }))).toEqual(["Broad", "None", "Partial"]);
    expect(names(sortRows(overviewRowKeys(rows), { key: "state", dir: "desc" }))).toEqual(["Partial", "None", "Broad"]);
  });

  it("puts unknown latest-change years and unknown grades last", () => {
    const dated = row("Dated", { enactedYear: 2019 });
    const older = row("Older", { enactedYear: 2011 });
    const undated = row("Undated", { enactedYear: null });
    expect(names(sortRows(overviewRowKeys([undated, older, dated]), { key: "latest-change", dir: "desc" }))).toEqual(["Dated", "Older", "Undated"]);
    expect(names(sortRows(overviewRowKeys([undated, older, dated]), { key: "latest-change", dir: "asc" }))).toEqual(["Older", "Dated", "Undated"]);

    const graded = (name: string, grade: "A" | "F" | "none" | null, score: number | null = null): OverviewRow => ({
      ...row(name, {}),
      grades: { "2019": { key: grade ?? (score === null ? "unknown" : "score"), score }, "2023": { key: "unknown", score: null } },
    });
    const rows = [graded("Unknown", null), graded("F", "F"), graded("Score 40", null, 40), graded("A", "A"), graded("No grade", "none"), graded("Score 72", null, 72)];
    expect(names(sortRows(overviewRowKeys(rows), { key: "grade-2019", dir: "asc" }))).toEqual(["A", "F", "No grade", "Score 72", "Score 40", "Unknown"]);
  });

  it("can sort by every column without throwing, keeping every row", () => {
    const rows = getJurisdictions().map(buildOverviewRow);
    for (const key of SORT_KEYS) {
      for (const dir of ["asc", "desc"] as const) expect(sortRows(overviewRowKeys(rows), { key, dir })).toHaveLength(rows.length);
    }
  });

  it("sorts criteria met most first by default, and flips on a second choice", () => {
    expect(nextSort({ key: "state", dir: "asc" }, "criteria")).toEqual({ key: "criteria", dir: "desc" });
    expect(nextSort({ key: "criteria", dir: "desc" }, "criteria")).toEqual({ key: "criteria", dir: "asc" });
    expect(nextSort({ key: "state", dir: "asc" }, "coverage")).toEqual({ key: "coverage", dir: "asc" });
  });
});

describe("the address", () => {
  const parse = (query: string) => parseOverviewView(new URLSearchParams(query));

  it("reads filters, sort and direction", () => {
    expect(parse("?filter=labor,adults&sort=coverage&dir=desc")).toEqual({
      filters: ["adults", "labor"],
      sort: { key: "coverage", dir: "desc" },
      ignored: [],
    });
    expect(parse("filter=adults&filter=no-law").filters).toEqual(["adults", "no-law"]);
  });

  it("uses the column's own direction when none is given", () => {
    expect(parse("sort=criteria").sort).toEqual({ key: "criteria", dir: "desc" });
    expect(parse("").sort).toEqual({ key: "state", dir: "asc" });
  });

  it("ignores and reports bad values, cutting long ones", () => {
    const parsed = parse(`filter=adults,<b>x</b>&sort=shoe-size&dir=up&filter=${"z".repeat(300)}`);
    expect(parsed.filters).toEqual(["adults"]);
    expect(parsed.sort).toEqual({ key: "state", dir: "asc" });
    expect(parsed.ignored).toEqual([
      { name: "filter", value: "<b>x</b>" },
      { name: "filter", value: "z".repeat(40) },
      { name: "sort", value: "shoe-size" },
      { name: "dir", value: "up" },
    ]);
  });

  it("lists at most a few ignored values and skips empty ones silently", () => {
    expect(parse("filter=a,b,c,d,e,f,g").ignored).toHaveLength(5);
    expect(parse("filter=,,").ignored).toEqual([]);
  });

  it("writes only what differs from the default, and reads back what it wrote", () => {
    expect(formatOverviewView({ filters: [], sort: { key: "state", dir: "asc" } })).toBe("");
    expect(formatOverviewView({ filters: ["labor", "adults"], sort: { key: "coverage", dir: "asc" } })).toBe("?filter=adults,labor&sort=coverage");
    expect(formatOverviewView({ filters: [], sort: { key: "criteria", dir: "asc" } })).toBe("?sort=criteria&dir=asc");
    expect(formatOverviewView({ filters: [], sort: { key: "state", dir: "desc" } })).toBe("?dir=desc");
    for (const key of SORT_KEYS) {
      for (const dir of ["asc", "desc"] as const) {
        const view = { filters: ["arrests" as const], sort: { key, dir } };
        expect(parse(formatOverviewView(view))).toEqual({ ...view, ignored: [] });
      }
    }
  });
});

describe("buildTimeline", () => {
  const state = (name: string, ...laws: LawInput[]) =>
    makeJurisdiction({ name, slug: name.toLowerCase(), relief: laws.map((law) => makeLaw(law)) });

  it("lists every year from the first to the last change, with enactments, amendments and a running total", () => {
    const timeline = buildTimeline([
      state("Alpha", { enactedYear: 2010, amendedYears: [2013] }),
      state("Beta", { enactedYear: 2012 }, { enactedYear: 2013, reliefType: "sealing" }),
      state("Gamma", { enactedYear: null, amendedYears: [2011] }),
      state("Delta", { enactedYear: null }),
      state("Epsilon"),
      state("Zeta", { reliefType: "other", enactedYear: 2009 }),
    ]);
    expect(timeline.years.map((year) => year.year)).toEqual([2010, 2011, 2012, 2013]);
    expect(timeline.years.map((year) => year.withLaw)).toEqual([1, 2, 3, 3]);
    expect(timeline.years[3]).toMatchObject({
      enacted: [{ name: "Beta", href: "/states/beta" }],
      amended: [{ name: "Alpha", href: "/states/alpha" }],
    });
    expect(timeline.years[1]).toMatchObject({ enacted: [], amended: [{ name: "Gamma" }] });
    expect(timeline.first).toEqual({ year: 2010, names: ["Alpha"] });
    expect(timeline.undated).toEqual([{ name: "Delta", href: "/states/delta" }]);
  });

  it("starts with New York's law in 2010 on the real data", () => {
    const timeline = buildTimeline(getJurisdictions());
    expect(timeline.first).toEqual({ year: 2010, names: ["New York"] });
    const last = timeline.years[timeline.years.length - 1]!;
    expect(last.withLaw + timeline.undated.length).toBe(getJurisdictions().filter((j) => coverageLevel(j) !== "none").length);
  });

  it("is empty with no dated law", () => {
    expect(buildTimeline([state("Delta", { enactedYear: null })])).toEqual({ years: [], first: null, undated: [{ name: "Delta", href: "/states/delta" }] });
  });
});

describe("summarizeDataset", () => {
  it("counts coverage levels, graded states, confidence and distinct sources", () => {
    const summary = summarizeDataset(getJurisdictions());
    expect(summary.total).toBe(51);
    expect(summary.coverage.reduce((sum, item) => sum + item.count, 0)).toBe(51);
    expect(summary.graded["2019"] + summary.graded["2023"]).toBeGreaterThan(0);
    expect(summary.confidence.reduce((sum, item) => sum + item.count, 0)).toBe(51);
    expect(summary.sourceCount).toBeGreaterThan(51);
    expect(summary.verified!.from <= summary.verified!.to).toBe(true);
  });
});
