import { describe, expect, it } from "vitest";
import { sitePageAddress } from "./site-links";

const here = new URL("https://example.org/states/missouri?x=1");
const link = (href: string, extra: Partial<{ target: string; hasDownload: boolean }> = {}) => ({ href, target: "", hasDownload: false, ...extra });

describe("sitePageAddress", () => {
  it("opens in-site pages itself, keeping the query and fragment", () => {
    expect(sitePageAddress(link("https://example.org/states"), here)).toBe("/states");
    expect(sitePageAddress(link("/compare?a=mo&b=ny"), here)).toBe("/compare?a=mo&b=ny");
    expect(sitePageAddress(link("/about#glossary"), here)).toBe("/about#glossary");
    expect(sitePageAddress(link("/es/states/texas"), new URL("https://example.org/es"))).toBe("/es/states/texas");
  });

  it("leaves other hosts, new tabs, downloads and files to the browser", () => {
    expect(sitePageAddress(link("https://polarisproject.org/"), here)).toBeNull();
    expect(sitePageAddress(link("/states", { target: "_blank" }), here)).toBeNull();
    expect(sitePageAddress(link("/data/relief-laws.json"), here)).toBeNull();
    expect(sitePageAddress(link("/data/relief-laws.csv", { hasDownload: true }), here)).toBeNull();
    expect(sitePageAddress(link("/changes.xml"), here)).toBeNull();
    expect(sitePageAddress(link("mailto:someone@example.org"), here)).toBeNull();
  });

  it("leaves jumps within the page and switches of language to the browser", () => {
    expect(sitePageAddress(link("/states/missouri?x=1#help"), here)).toBeNull();
    expect(sitePageAddress(link("/es/states/missouri"), here)).toBeNull();
    expect(sitePageAddress(link("/states/missouri"), new URL("https://example.org/es/states/missouri"))).toBeNull();
  });

  it("never throws on an address it cannot read", () => {
    expect(sitePageAddress(link("http://[bad"), here)).toBeNull();
  });
});
