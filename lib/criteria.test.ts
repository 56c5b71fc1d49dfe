import { describe, expect, it } from "vitest";
import { makeJurisdiction, makeLaw } from "@/tests/fixtures/jurisdiction";
import { countMet, CRITERIA, evaluateCriteria } from "./criteria";

const statuses = (laws: ReturnType<typeof makeLaw>[]) =>
  Object.fromEntries(evaluateCriteria(makeJurisdiction({ relief: laws })).map((result) => [result.criterion, result.status]));

describe("evaluateCriteria", () => {
  it("meets all eight for a survivor-friendly law", () => {
    const results = evaluateCriteria(makeJurisdiction({ relief: [makeLaw({ recordsCovered: ["convictions", "arrests"] })] }));
    expect(countMet(results)).toBe(CRITERIA.length);
  });

  it("falls short where the law is strict", () => {
    const strict = makeLaw({
      reliefType: "sealing",
      recordsCovered: ["convictions"],
      offensesCovered: "listed-offenses",
      judicialDiscretion: "discretionary",
      timing: { hasDeadlineOrWait: true, details: "within 2 years" },
      hearing: "required",
      burdenOfProof: { standard: "clear-and-convincing", details: null },
      officialDocumentationRequired: "required",
    });
    expect(Object.values(statuses([strict]))).toEqual(Array(8).fill("falls-short"));
  });

  it("says unknown, never meets, when a fact is missing", () => {
    const unknown = makeLaw({ hearing: null, burdenOfProof: { standard: null, details: null }, timing: { hasDeadlineOrWait: null, details: null } });
    expect(statuses([unknown])).toMatchObject({ hearing: "unknown", "burden-of-proof": "unknown", "time-limits": "unknown" });
  });

  it("meets a category when any of the state's laws meets it", () => {
    const sealing = makeLaw({ reliefType: "sealing", citation: "sealing law" });
    const vacatur = makeLaw({ reliefType: "vacatur", citation: "vacatur law" });
    const result = evaluateCriteria(makeJurisdiction({ relief: [sealing, vacatur] })).find((r) => r.criterion === "range-of-relief");
    expect(result).toEqual({ criterion: "range-of-relief", status: "meets", citation: "vacatur law" });
  });

  it("falls short everywhere with no law, and names no law", () => {
    const results = evaluateCriteria(makeJurisdiction({ relief: [] }));
    expect(results.every((result) => result.status === "falls-short" && result.citation === null)).toBe(true);
  });
});
