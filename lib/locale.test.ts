import { describe, expect, it } from "vitest";
import { isLocale, localeOfPath, localePath, otherLocalePath } from "./locale";

describe("locale paths", () => {
  it("keeps English at the root and puts Spanish under /es", () => {
    expect(localePath("en", "/states/missouri")).toBe("/states/missouri");
    expect(localePath("es", "/states/missouri")).toBe("/es/states/missouri");
    expect(localePath("es", "/")).toBe("/es");
    expect(localePath("es", "/compare?a=mo&b=ny")).toBe("/es/compare?a=mo&b=ny");
  });

  it("finds the same page in the other language", () => {
    expect(otherLocalePath("/states/texas")).toEqual({ locale: "es", path: "/es/states/texas" });
    expect(otherLocalePath("/es/states/texas")).toEqual({ locale: "en", path: "/states/texas" });
    expect(otherLocalePath("/es")).toEqual({ locale: "en", path: "/" });
    expect(otherLocalePath("/")).toEqual({ locale: "es", path: "/es" });
  });

  it("does not take /especially for Spanish, nor an unknown value for a locale", () => {
    expect(localeOfPath("/especially")).toBe("en");
    expect(localeOfPath("/es/check")).toBe("es");
    expect(isLocale("es")).toBe(true);
    expect(isLocale("fr")).toBe(false);
  });
});
