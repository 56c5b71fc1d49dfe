import { describe, expect, it } from "vitest";
import { getDataFiles } from "@/lib/data";
import { VERIFICATION_LEVELS_ORDER, verificationCounts } from "@/lib/verification";

describe("how each relief law was verified", () => {
  it("prints how many laws were checked against their own text, and every law says how it was checked", () => {
    const laws = getDataFiles().flatMap(({ entry }) => entry.relief);
    const counts = verificationCounts(laws);
    const percent = (count: number) => `${Math.round((count / laws.length) * 100)}%`;
    console.log(
      `Relief laws verified: ${VERIFICATION_LEVELS_ORDER.map((level) => `${level} ${counts[level]} (${percent(counts[level])})`).join(", ")}; ${laws.length} laws in all.`,
    );
    expect(VERIFICATION_LEVELS_ORDER.reduce((total, level) => total + counts[level], 0)).toBe(laws.length);
  });
});
