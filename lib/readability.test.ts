import { describe, expect, it } from "vitest";
import { MAX_GRADE, measurableText, median, readingGrade } from "./readability";

describe("readingGrade", () => {
  it("rates a deliberately dense legal sentence far above the limit", () => {
    const dense =
      "Notwithstanding any other provision of law, an individual adjudicated delinquent consequent to victimization by trafficking may petition the tribunal of original jurisdiction for vacatur, whereupon the adjudication shall be deemed a nullity for all subsequent administrative, occupational and evidentiary determinations.";
    expect(readingGrade(dense)).toBeGreaterThan(MAX_GRADE + 5);
  });

  it("rates short, common sentences at or below grade 8", () => {
    const plain = "You can ask the court to clear your record. The judge must say yes if you were under 18. You do not need a lawyer.";
    expect(readingGrade(plain)).toBeLessThanOrEqual(8);
  });

  it("leaves out citations and bill numbers, keeping the words around them", () => {
    const text = "Under N.Y. Crim. Proc. Law § 440.10(1)(i) you can ask again. HB 2273 (2026) would change it. Expunge it (§ 610.140) now.";
    expect(measurableText(text)).toBe("Under you can ask again. would change it. Expunge it now.");
  });

  it("counts a proper name as one short word", () => {
    const text = "The National Human Trafficking Hotline in New Hampshire can help you.";
    expect(measurableText(text, ["New Hampshire"])).toBe("The Name in Name can help you.");
    expect(readingGrade(text, ["New Hampshire"])).toBeLessThan(readingGrade(text.replace(/[A-Z]/g, (letter) => letter.toLowerCase())));
  });

  it("takes the median of an odd or even count", () => {
    expect(median([9, 1, 5])).toBe(5);
    expect(median([1, 2, 3, 10])).toBe(2.5);
  });
});
