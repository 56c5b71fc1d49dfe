import { describe, expect, it } from "vitest";
import { makeJurisdiction, makeLaw } from "@/tests/fixtures/jurisdiction";
import { countBy, coverageFacts, coverageLevel, coverageRank, latestChangeYear, primaryLaw } from "./coverage";

describe("coverageLevel", () => {
  const level = (...laws: Parameters<typeof makeLaw>[0][]) => coverageLevel(makeJurisdiction({ relief: laws.map((law) => makeLaw(law)) }));

  it("is broad when adults are covered for any offense or any with exceptions", () => {
    expect(level({ offensesCovered: "any-offense" })).toBe("broad");
    expect(level({ offensesCovered: "any-offense-with-exceptions" })).toBe("broad");
  });

  it("is not broad when the any-offense law clears only arrests or dismissed cases, and unclear when the records are unknown", () => {
    expect(level({ offensesCovered: "any-offense", recordsCovered: ["arrests", "non-conviction-records"] })).toBe("partial");
    expect(level({ offensesCovered: "any-offense", recordsCovered: null })).toBe("unclear");
    expect(level({ offensesCovered: "any-offense", recordsCovered: ["non-conviction-records"] }, { offensesCovered: "any-offense" })).toBe("broad");
  });

  it("is partial when adults are covered only for some offenses", () => {
    expect(level({ offensesCovered: "prostitution-related-only" })).toBe("partial");
    expect(level({ offensesCovered: "listed-offenses" }, { agesCovered: "minors-only", offensesCovered: "any-offense" })).toBe("partial");
  });

  it("is minors-only when every law is for minors", () => {
    expect(level({ agesCovered: "minors-only", offensesCovered: "any-offense" })).toBe("minors-only");
  });

  it("is none with no law, and ignores pardons and other non-record relief", () => {
    expect(level()).toBe("none");
    expect(level({ reliefType: "other" })).toBe("none");
  });

  it("is unclear when the deciding fact is unknown, never a guess", () => {
    expect(level({ agesCovered: null, offensesCovered: "listed-offenses" })).toBe("unclear");
    expect(level({ offensesCovered: null })).toBe("unclear");
    expect(level({ offensesCovered: null }, { offensesCovered: "any-offense" })).toBe("broad");
  });

  it("ranks broad before partial before minors-only before none", () => {
    expect(["none", "broad", "minors-only", "partial"].sort((a, b) => coverageRank(a as never) - coverageRank(b as never))).toEqual([
      "broad",
      "partial",
      "minors-only",
      "none",
    ]);
  });
});

describe("coverageFacts", () => {
  it("answers a minors-only prostitution law plainly", () => {
    const facts = coverageFacts(
      makeJurisdiction({
        relief: [makeLaw({ agesCovered: "minors-only", offensesCovered: "prostitution-related-only", traffickingTypes: ["sex"], recordsCovered: ["convictions", "arrests"] })],
      }),
    );
    expect(facts).toMatchObject({ adults: "no", minors: "yes", laborTrafficking: "no", anyOffense: "partly", arrests: "yes", juvenileRecords: "no" });
  });

  it("keeps unknown facts unknown", () => {
    const facts = coverageFacts(makeJurisdiction({ relief: [makeLaw({ traffickingTypes: null, recordsCovered: null, offensesCovered: null })] }));
    expect(facts).toMatchObject({ laborTrafficking: "unknown", arrests: "unknown", anyOffense: "unknown" });
  });

  it("answers no for everything when there is no law", () => {
    const facts = coverageFacts(makeJurisdiction({ relief: [] }));
    expect(facts).toMatchObject({ level: "none", adults: "no", laborTrafficking: "no", anyOffense: "no" });
  });
});

describe("primaryLaw, latestChangeYear and countBy", () => {
  it("picks the widest law", () => {
    const wide = makeLaw({ citation: "wide" });
    const narrow = makeLaw({ citation: "narrow", agesCovered: "minors-only" });
    expect(primaryLaw(makeJurisdiction({ relief: [narrow, wide] }))?.citation).toBe("wide");
    expect(primaryLaw(makeJurisdiction({ relief: [] }))).toBeNull();
  });

  it("finds the newest enactment or amendment", () => {
    expect(latestChangeYear(makeJurisdiction({ relief: [makeLaw({ enactedYear: 2010, amendedYears: [2021] }), makeLaw({ enactedYear: 2015 })] }))).toBe(2021);
    expect(latestChangeYear(makeJurisdiction({ relief: [makeLaw({ enactedYear: null })] }))).toBeNull();
  });

  it("counts every key, including empty ones", () => {
    expect(countBy(["a", "b", "c"] as const, ["a", "c", "a"])).toEqual([
      { key: "a", count: 2 },
      { key: "b", count: 0 },
      { key: "c", count: 1 },
    ]);
  });
});

describe("laws that may no longer be in force", () => {
  const uncertain = makeLaw({ inForce: null, offensesCovered: "prostitution-related-only" });

  it("make the level unclear rather than counting them", () => {
    expect(coverageLevel(makeJurisdiction({ relief: [uncertain] }))).toBe("unclear");
    expect(coverageLevel(makeJurisdiction({ relief: [uncertain, makeLaw({ agesCovered: "minors-only" })] }))).toBe("unclear");
  });

  it("do not lower a level a confirmed law already sets", () => {
    expect(coverageLevel(makeJurisdiction({ relief: [uncertain, makeLaw()] }))).toBe("broad");
  });

  it("turn their yes answers into unknown", () => {
    const facts = coverageFacts(makeJurisdiction({ relief: [uncertain] }));
    expect(facts).toMatchObject({ adults: "unknown", sexTrafficking: "unknown", anyOffense: "unknown" });
  });

  it("are left out when sources say they are repealed", () => {
    expect(coverageLevel(makeJurisdiction({ relief: [makeLaw({ inForce: false })] }))).toBe("none");
  });
});
