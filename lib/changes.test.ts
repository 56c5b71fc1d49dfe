import { describe, expect, it } from "vitest";
import { changesOf, fieldValueText, newestFirst } from "./changes";
import type { ChangeEntry } from "./schema";

const entry = (id: string, jurisdiction: "OH" | "TX"): ChangeEntry => ({
  id,
  date: id.slice(0, 10),
  jurisdiction,
  summary: "x",
  summaryEs: "x",
  fields: [{ field: "relief[0].inForce", old: null, new: true }],
  source: { url: "https://example.org", title: "t", date: null, supports: "s" },
});

describe("the change log", () => {
  it("puts the newest first, and of one day the entry written last first", () => {
    const log = [entry("2026-01-05-oh-a", "OH"), entry("2026-12-03-tx-b", "TX"), entry("2026-12-03-oh-c", "OH")];
    expect(newestFirst(log).map((change) => change.id)).toEqual(["2026-12-03-oh-c", "2026-12-03-tx-b", "2026-01-05-oh-a"]);
    expect(changesOf(newestFirst(log), "OH").map((change) => change.id)).toEqual(["2026-12-03-oh-c", "2026-01-05-oh-a"]);
  });

  it("shows a field's value as text: lists joined, nothing named", () => {
    expect(fieldValueText(["sex", "labor"], "nothing")).toBe("sex, labor");
    expect(fieldValueText(null, "nothing")).toBe("nothing");
    expect(fieldValueText(false, "nothing")).toBe("false");
  });
});
