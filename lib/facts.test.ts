import { describe, expect, it } from "vitest";
import { makeJurisdiction, makeLaw } from "@/tests/fixtures/jurisdiction";
import { factsDigest, relock, unrecordedChanges } from "./facts";
import type { ChangeEntry } from "./schema";

const change = (id: string): ChangeEntry => ({
  id,
  date: id.slice(0, 10),
  jurisdiction: "OH",
  summary: "The law now covers labor trafficking.",
  summaryEs: "La ley ahora cubre la trata laboral.",
  fields: [{ field: "relief[0].traffickingTypes", old: ["sex"], new: ["sex", "labor"] }],
  source: { url: "https://example.org/statute", title: "Statute", date: "2026-12", supports: "labor trafficking" },
});

describe("facts and the lock", () => {
  const before = makeJurisdiction({ relief: [makeLaw({ traffickingTypes: ["sex"] })] });
  const after = makeJurisdiction({ relief: [makeLaw({ traffickingTypes: ["sex", "labor"] })] });
  const reworded = makeJurisdiction({
    relief: [makeLaw({ traffickingTypes: ["sex"], plainSummary: "Shorter words.", plainSummaryEs: "Palabras cortas." })],
    whoQualifies: "New words.",
  });
  const lock = { "states/ohio.json": { facts: factsDigest(before), change: "2026-11-01-oh-first" } };

  it("changes the fingerprint when a fact changes, not when only the words change", () => {
    expect(factsDigest(after)).not.toBe(factsDigest(before));
    expect(factsDigest(reworded)).toBe(factsDigest(before));
  });

  it("names the file whose facts changed without an entry", () => {
    expect(unrecordedChanges([{ file: "states/ohio.json", entry: before }], lock)).toEqual([]);
    expect(unrecordedChanges([{ file: "states/ohio.json", entry: after }], lock)).toEqual([
      "data/states/ohio.json: its facts changed without a change entry. Add an entry for it to data/changes.json, then run `npm run data:lock`.",
    ]);
  });

  it("takes, of two entries on the same day, the one written last as the newest", () => {
    const files = [{ file: "states/ohio.json", entry: after }];
    const sameDay = [change("2026-12-03-oh-zeta"), change("2026-12-03-oh-alpha")];
    expect(relock(files, lock, sameDay).lock["states/ohio.json"]?.change).toBe("2026-12-03-oh-alpha");
  });

  it("moves the lock only when the change log has a newer entry for that jurisdiction", () => {
    const files = [{ file: "states/ohio.json", entry: after }];
    expect(relock(files, lock, [change("2026-11-01-oh-first")]).blocked).toEqual([
      "data/states/ohio.json: its facts changed, but data/changes.json has no new entry for OH",
    ]);
    const moved = relock(files, lock, [change("2026-11-01-oh-first"), change("2026-12-03-oh-labor")]);
    expect(moved.blocked).toEqual([]);
    expect(moved.lock["states/ohio.json"]).toEqual({ facts: factsDigest(after), change: "2026-12-03-oh-labor" });
  });
});
