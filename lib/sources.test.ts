import { describe, expect, it } from "vitest";
import { makeJurisdiction, makeLaw } from "@/tests/fixtures/jurisdiction";
import { sourcesOf } from "./sources";

const source = (url: string, title = url) => ({ url, title, date: null, supports: "x" });

describe("sourcesOf", () => {
  it("lists every source once, in the order the page uses them, keeping the first of a repeated address", () => {
    const entry = makeJurisdiction({
      relief: [makeLaw({ sources: [source("https://a.example/", "first"), source("https://b.example/")] })],
      grades: { "2019": null, "2023": { grade: "A", score: null, note: null, source: source("https://c.example/") } },
      sources: [source("https://a.example/", "second")],
    });
    expect(sourcesOf(entry).map((item) => [item.url, item.title])).toEqual([
      ["https://a.example/", "first"],
      ["https://b.example/", "https://b.example/"],
      ["https://c.example/", "https://c.example/"],
    ]);
  });
});
