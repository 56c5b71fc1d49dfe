import { describe, expect, it } from "vitest";
import { compareHref, slugify, stateHref } from "./slug";

describe("slugs and URLs", () => {
  it("makes slugs from names", () => {
    expect(slugify("District of Columbia")).toBe("district-of-columbia");
    expect(slugify("  New   York ")).toBe("new-york");
  });

  it("builds state and compare links in one place", () => {
    expect(stateHref("missouri")).toBe("/states/missouri");
    expect(stateHref("federal")).toBe("/federal");
    expect(compareHref("MO", "NY")).toBe("/compare?a=mo&b=ny");
    expect(compareHref("MO", null)).toBe("/compare?a=mo");
    expect(compareHref(null, null)).toBe("/compare");
  });
});
