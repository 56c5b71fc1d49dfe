import { describe, expect, it } from "vitest";
import { formatMapView, parseMapView } from "./map-view";

const parse = (query: string) => parseMapView(new URLSearchParams(query));

describe("parseMapView and formatMapView", () => {
  it("defaults to who is covered, 2023", () => {
    expect(parse("")).toEqual({ view: "coverage", edition: "2023", ignored: [] });
  });

  it("reads the grade view and edition", () => {
    expect(parse("view=grade&edition=2019")).toMatchObject({ view: "grade", edition: "2019", ignored: [] });
  });

  it("reports unusable values, cut short, and falls back", () => {
    const view = parse(`view=<b>x</b>&edition=${"9".repeat(100)}`);
    expect(view.view).toBe("coverage");
    expect(view.edition).toBe("2023");
    expect(view.ignored).toEqual([
      { name: "view", value: "<b>x</b>" },
      { name: "edition", value: "9".repeat(40) },
    ]);
  });

  it("round-trips every view", () => {
    for (const view of [
      { view: "coverage", edition: "2023" },
      { view: "grade", edition: "2023" },
      { view: "grade", edition: "2019" },
    ] as const) {
      expect(parse(formatMapView(view).slice(1))).toMatchObject(view);
    }
    expect(formatMapView({ view: "coverage", edition: "2019" })).toBe("");
  });
});
