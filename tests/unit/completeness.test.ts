import { describe, expect, it } from "vitest";
import { makeJurisdiction } from "@/tests/fixtures/jurisdiction";
import { applyCompleteness, APPLY_FIELDS } from "@/lib/completeness";
import { getFederal, getJurisdictions } from "@/lib/data";

describe("how-to-apply completeness", () => {
  it("counts a field as filled only when the data gives it", () => {
    const bare = makeJurisdiction();
    const full = makeJurisdiction({
      code: "NY",
      howToApply: {
        ...bare.howToApply,
        whereToFile: "The court that convicted you.",
        fees: "No fee.",
        forms: [{ name: "Form 1", url: "https://example.org/form" }],
      },
    });
    const result = applyCompleteness([bare, full]);
    expect(result.whereToFile).toEqual({ filled: 1, missing: ["OH"] });
    expect(result.fees.filled).toBe(1);
    expect(result.forms.filled).toBe(1);
    expect(result.motionName).toEqual({ filled: 0, missing: ["OH", "NY"] });
    expect(result.legalHelp.filled).toBe(0);
  });

  it("reports how many of the 51 and federal fill each field, and never falls below the count issue 19 started from", () => {
    const entries = [...getJurisdictions(), getFederal()];
    const result = applyCompleteness(entries);
    const lines = APPLY_FIELDS.map(
      (field) => `${field.padEnd(12)} ${String(result[field].filled).padStart(2)} of ${entries.length}${result[field].missing.length > 0 ? `  missing: ${result[field].missing.join(" ")}` : ""}`,
    );
    console.log(`How to apply, filled per field:\n${lines.join("\n")}`);
    // Issue 19 counted 25 jurisdictions with legal help, 6 with a form and 18 with fees; data may only grow.
    expect(result.legalHelp.filled).toBeGreaterThanOrEqual(25);
    expect(result.forms.filled).toBeGreaterThanOrEqual(6);
    expect(result.fees.filled).toBeGreaterThanOrEqual(18);
  });
});
