import { describe, expect, it } from "vitest";
import { getDataset, getJurisdictionByCode } from "./data";

describe("the dataset in data/", () => {
  it("validates: 51 jurisdictions, the federal entry and both Polaris editions", () => {
    const { jurisdictions, federal, editions } = getDataset();
    expect(jurisdictions).toHaveLength(51);
    expect(federal.code).toBe("US");
    expect(editions.map((edition) => edition.year)).toEqual(["2019", "2023"]);
  });

  it("has Missouri as minors-only prostitution relief", () => {
    const missouri = getJurisdictionByCode("MO");
    expect(missouri?.relief.map((law) => law.agesCovered)).toEqual(["minors-only"]);
    expect(missouri?.relief[0]?.offensesCovered).toBe("prostitution-related-only");
  });
});
