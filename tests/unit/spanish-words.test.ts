import { describe, expect, it } from "vitest";
import { aboutWords } from "@/components/about/copy";
import { changesWords } from "@/components/changes/copy";
import { checkWords } from "@/components/check/copy";
import { compareWords } from "@/components/compare/copy";
import { termsWords } from "@/components/copy/terms";
import { helpWords } from "@/components/help/copy";
import { homeWords } from "@/components/home/copy";
import { mapWords } from "@/components/map/copy";
import { overviewWords } from "@/components/overview/copy";
import { searchWords } from "@/components/search/copy";
import { shellWords } from "@/components/shell/copy";
import { stateWords } from "@/components/state/copy";
import { lawFactPhrases } from "@/components/state/law-facts";

const GROUPS = { aboutWords, changesWords, checkWords, compareWords, termsWords, helpWords, homeWords, mapWords, overviewWords, searchWords, shellWords, stateWords, lawFactPhrases };

/** Every place the English has a word and the Spanish has none: a missing key, an empty text, or a different kind of value. */
function missingSpanish(english: unknown, spanish: unknown, path: string): string[] {
  if (typeof english === "string") return typeof spanish === "string" && spanish.trim() !== "" ? [] : [path];
  if (typeof english === "function") return typeof spanish === "function" ? [] : [path];
  if (english === null || typeof english !== "object") return [];
  if (spanish === null || typeof spanish !== "object") return [path];
  return Object.keys(english).flatMap((key) =>
    missingSpanish((english as Record<string, unknown>)[key], (spanish as Record<string, unknown>)[key], `${path}.${key}`),
  );
}

describe("the Spanish interface words", () => {
  it("have a Spanish text for every English one, in every group", () => {
    const missing = Object.entries(GROUPS).flatMap(([name, words]) => missingSpanish(words.en, words.es, name));
    expect(missing).toEqual([]);
  });

  it("catch a missing or empty Spanish text", () => {
    expect(missingSpanish({ a: "Yes", b: { c: "No" } }, { a: "Sí", b: { c: "" } }, "demo")).toEqual(["demo.b.c"]);
    expect(missingSpanish({ a: "Yes", f: () => "x" }, { f: () => "y" }, "demo")).toEqual(["demo.a"]);
  });

  it("are not English left untranslated in the longer texts", () => {
    const same: string[] = [];
    const walk = (english: unknown, spanish: unknown, path: string) => {
      // Organization and product names ("fnusaName", "productName") stay as published.
      const isName = /name$/i.test(path);
      if (typeof english === "string" && english.split(" ").length >= 4 && english === spanish && !isName) same.push(path);
      if (english && typeof english === "object" && spanish && typeof spanish === "object") {
        for (const key of Object.keys(english)) walk((english as Record<string, unknown>)[key], (spanish as Record<string, unknown>)[key], `${path}.${key}`);
      }
    };
    for (const [name, words] of Object.entries(GROUPS)) walk(words.en, words.es, name);
    expect(same).toEqual([]);
  });
});
