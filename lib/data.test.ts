import { describe, expect, it } from "vitest";
import { coverageFacts, coverageLevel } from "./coverage";
import { getDataset, getFederal, getJurisdictionByCode, getJurisdictionByName, getJurisdictionBySlug, getJurisdictions } from "./data";

describe("the dataset in data/", () => {
  it("validates: 51 jurisdictions, the federal entry and both Polaris editions", () => {
    const { jurisdictions, federal, editions } = getDataset();
    expect(jurisdictions).toHaveLength(51);
    expect(new Set(jurisdictions.map((j) => j.code)).size).toBe(51);
    expect(federal.code).toBe("US");
    expect(editions.map((edition) => edition.year)).toEqual(["2019", "2023"]);
  });

  it("finds a jurisdiction by code, slug and name", () => {
    expect(getJurisdictionByCode("DC")?.slug).toBe("district-of-columbia");
    expect(getJurisdictionBySlug("new-york")?.code).toBe("NY");
    expect(getJurisdictionByName(" missouri ")?.code).toBe("MO");
    expect(getJurisdictionBySlug("atlantis")).toBeUndefined();
  });

  it("has Missouri as relief only for minors with prostitution convictions, Polaris F", () => {
    const missouri = getJurisdictionByCode("MO")!;
    expect(coverageLevel(missouri)).toBe("minors-only");
    expect(missouri.relief.map((law) => [law.agesCovered, law.offensesCovered])).toEqual([["minors-only", "prostitution-related-only"]]);
    expect(missouri.relief[0]!.citation).toMatch(/610\.131/);
    expect(coverageFacts(missouri).adults).toBe("no");
    expect(missouri.grades["2023"]?.grade).toBe("F");
    expect(missouri.pending.map((bill) => bill.bill).join(" ")).toMatch(/HB 2273/);
  });

  it("has New York as vacatur for any age, sex and labor trafficking, any offense, Polaris A", () => {
    const newYork = getJurisdictionByCode("NY")!;
    expect(coverageLevel(newYork)).toBe("broad");
    const vacatur = newYork.relief.find((law) => law.reliefType === "vacatur")!;
    expect(vacatur.citation).toMatch(/440\.10/);
    expect(vacatur.agesCovered).toBe("all-ages");
    expect(vacatur.traffickingTypes).toEqual(["sex", "labor"]);
    expect(vacatur.offensesCovered).toBe("any-offense");
    expect(newYork.grades["2023"]?.grade).toBe("A");
  });

  it("records the federal Trafficking Survivors Relief Act with its limits", () => {
    const federal = getFederal();
    const law = federal.relief[0]!;
    expect(law.citation).toMatch(/18 U\.S\.C\. § 3771A/);
    expect(law.sources.map((source) => source.title).join(" ")).toMatch(/119-73/);
    expect(law.offenseDetails).toMatch(/not a crime of violence/i);
    expect(law.plainSummary).toMatch(/non-violent/i);
    expect(law.burdenOfProof.standard).toBe("preponderance");
  });

  it("gives every grade a source and never a grade Polaris did not state for a state we lack", () => {
    for (const jurisdiction of getJurisdictions()) {
      for (const grade of [jurisdiction.grades["2019"], jurisdiction.grades["2023"]]) {
        if (grade) expect(grade.source.url, jurisdiction.name).toMatch(/^(https?:\/\/|\/sources\/)/);
      }
    }
    const graded = getJurisdictions().filter((j) => j.grades["2019"] || j.grades["2023"]).map((j) => j.code);
    expect(graded.sort()).toEqual(["FL", "GA", "MA", "MD", "MO", "NE", "NV", "NY"]);
  });

  it("keeps every minors-only law from claiming adults", () => {
    for (const jurisdiction of getJurisdictions()) {
      for (const law of jurisdiction.relief.filter((candidate) => candidate.agesCovered === "minors-only")) {
        expect(law.plainSummary, `${jurisdiction.name}: ${law.citation}`).not.toMatch(/any age|all ages|adults (can|may)/i);
      }
    }
  });
});
