import { describe, expect, it } from "vitest";
import { compareWords } from "@/components/compare/copy";
import { compareRowWords } from "@/components/compare/row-text";
import { termsWords } from "@/components/copy/terms";
import { makeJurisdiction } from "@/tests/fixtures/jurisdiction";
import { alignRows, buildCompareSide } from "./compare";
import { noscriptCompareHtml } from "./compare-fallback";
import { getJurisdictionByCode } from "./data";

const { compareCopy } = compareWords.en;
const { notInSources } = termsWords.en;

const words = {
  heading: compareCopy.comparing,
  statePages: compareCopy.noScriptStatePages,
  and: compareCopy.and,
  factColumn: compareCopy.factColumn,
  differs: compareCopy.differs,
  notInSources,
  sections: compareCopy.sections,
  rows: compareCopy.rows,
  checklistLead: compareCopy.checklistLead,
  sourcesHeading: compareCopy.sourcesHeading,
  lastVerified: compareCopy.lastVerified,
};

const html = (a: Parameters<typeof buildCompareSide>[0], b: Parameters<typeof buildCompareSide>[0]) => {
  const left = buildCompareSide(a, compareRowWords("en"));
  const right = buildCompareSide(b, compareRowWords("en"));
  return noscriptCompareHtml(left, right, alignRows(left.rows, right.rows), words);
};

describe("the comparison written for browsers without JavaScript", () => {
  it("names and links both states, marks differing facts and dates each side's sources", () => {
    const written = html(getJurisdictionByCode("MO")!, getJurisdictionByCode("NY")!);
    expect(written).toContain("<h2>Comparing Missouri and New York</h2>");
    expect(written).toContain('<a href="/states/missouri">Missouri</a>');
    expect(written).toContain('<a href="/states/new-york">New York</a>');
    expect(written).toMatch(/Ages covered <span class="differs-mark">Differs<\/span>/);
    expect(written).toMatch(/Missouri: facts last checked against our sources on \d{4}-\d{2}-\d{2}/);
    expect(written).not.toMatch(/<(select|input|button|script)/);
  });

  it("escapes every piece of text from the data", () => {
    const hostile = makeJurisdiction({ name: '<img src=x onerror="alert(1)">', whoQualifies: "x" });
    const written = html(hostile, getJurisdictionByCode("NY")!);
    expect(written).not.toContain("<img");
    expect(written).toContain("&#60;img src=x onerror=&#34;alert(1)&#34;&#62;");
  });
});
