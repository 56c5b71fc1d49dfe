import { describe, expect, it } from "vitest";
import { glossaryParts } from "./glossary";

describe("glossaryParts", () => {
  it("marks the first mention of each legal term and keeps the text whole", () => {
    const text = "You can ask the court to vacate the conviction. Vacate means cancel. The record is also sealed.";
    const parts = glossaryParts(text, "en");
    expect(parts.map((part) => part.text).join("")).toBe(text);
    expect(parts.filter((part) => part.term).map((part) => [part.term, part.text])).toEqual([
      ["vacatur", "vacate"],
      ["conviction", "conviction"],
      ["sealing", "sealed"],
    ]);
  });

  it("finds the Spanish terms on Spanish text, and prefers the longer term where two overlap", () => {
    const parts = glossaryParts("Puede pedir la anulación de la condena. Es una defensa afirmativa.", "es");
    expect(parts.filter((part) => part.term).map((part) => part.term)).toEqual(["vacatur", "conviction", "affirmativeDefense"]);
    expect(glossaryParts("no legal words here", "en")).toEqual([{ text: "no legal words here" }]);
  });
});
