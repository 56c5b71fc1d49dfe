import { describe, expect, it } from "vitest";
import { getChanges, getDataFiles, getFactsLock } from "@/lib/data";
import { newestChange, unrecordedChanges } from "@/lib/facts";

describe("every change to a fact in data/ has an entry in data/changes.json", () => {
  it("finds the facts of every data file as the lock recorded them", () => {
    expect(unrecordedChanges(getDataFiles(), getFactsLock())).toEqual([]);
  });

  it("records, for each file, the newest change entry for its jurisdiction", () => {
    const changes = getChanges();
    const lock = getFactsLock();
    const mismatched = getDataFiles()
      .filter(({ file, entry }) => (newestChange(changes, entry.code)?.id ?? null) !== lock[file]?.change)
      .map(({ file }) => `data/${file}: run \`npm run data:lock\` after adding its change entry`);
    expect(mismatched).toEqual([]);
  });
});
