import { describe, expect, it } from "vitest";
import { escapeHtml, noscriptResultsHtml } from "./search-fallback";
import type { SearchEntry } from "./search";

const entries: SearchEntry[] = [
  { code: "NC", name: "North Carolina", href: "/states/north-carolina", aliases: [], summary: "Broad" },
  { code: "SC", name: "South Carolina", href: "/states/south-carolina", aliases: [], summary: "Broad" },
];
const words = { heading: (query: string) => `States matching “${query}”`, noMatch: (query: string) => `No state matches “${query}”.` };

describe("noscriptResultsHtml", () => {
  it("lists the matches as links", () => {
    const html = noscriptResultsHtml(entries, "car", words);
    expect(html).toContain('<a href="/states/north-carolina">North Carolina</a>');
    expect(html).toContain('<a href="/states/south-carolina">South Carolina</a>');
    expect(html).toContain("States matching “car”");
  });

  it("escapes what was typed, so markup stays text", () => {
    const html = noscriptResultsHtml(entries, '<img src=x onerror="alert(1)">', words);
    expect(html).not.toContain("<img");
    expect(html).toContain("&#60;img src=x onerror=&#34;alert(1)&#34;&#62;");
  });

  it("escapes every special character", () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe("&#60;a href=&#34;x&#34;&#62;&#39;&#38;&#39;&#60;/a&#62;");
  });
});
