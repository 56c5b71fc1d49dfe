// @vitest-environment jsdom
import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { getJurisdictionByCode } from "@/lib/data";
import { makeJurisdiction, makeLaw } from "@/tests/fixtures/jurisdiction";
import { WhoQualifies } from "./who-qualifies";

/** The answer and reason a survivor reads on the line for one question. */
function line(question: RegExp) {
  const row = screen.getByRole("row", { name: question });
  const [answer, reason] = within(row).getAllByRole("cell");
  return { answer: answer!.textContent, reason: reason!.textContent };
}

describe("WhoQualifies checklist", () => {
  it("reads Missouri plainly: minors only, prostitution only, adults not covered", () => {
    render(<WhoQualifies entry={getJurisdictionByCode("MO")!} />);
    expect(line(/^Covers people who were 18 or older/)).toEqual({ answer: "No", reason: expect.stringMatching(/Adults are not covered/) });
    expect(line(/^Covers people who were under 18/).answer).toBe("Yes");
    expect(line(/^Covers any offense/)).toEqual({ answer: "Partly", reason: "Only prostitution-related offenses." });
    expect(line(/^Covers labor trafficking/).answer).toBe("No");
  });

  it("reads New York as any age, any offense, sex and labor trafficking", () => {
    render(<WhoQualifies entry={getJurisdictionByCode("NY")!} />);
    expect(line(/^Covers people who were 18 or older/).answer).toBe("Yes");
    expect(line(/^Covers people who were under 18/).answer).toBe("Yes");
    expect(line(/^Covers any offense/).answer).toBe("Yes");
    expect(line(/^Covers sex trafficking/).answer).toBe("Yes");
    expect(line(/^Covers labor trafficking/).answer).toBe("Yes");
  });

  it("says no law was found, on every line, for a state with none", () => {
    render(<WhoQualifies entry={makeJurisdiction({ relief: [], whoQualifies: "No trafficking law here." })} />);
    expect(screen.getByText("No trafficking law here.")).toBeTruthy();
    const rows = screen.getAllByRole("row");
    expect(rows).toHaveLength(8);
    for (const row of rows) expect(within(row).getAllByRole("cell")[1]!.textContent).toMatch(/No trafficking-specific record relief law was found/);
  });

  it("shows unknown facts as not found in our sources, never as yes or no", () => {
    const law = makeLaw({ traffickingTypes: null, recordsCovered: null, offensesCovered: null, agesCovered: "all-ages" });
    render(<WhoQualifies entry={makeJurisdiction({ relief: [law] })} />);
    expect(line(/^Covers labor trafficking/).answer).toBe("Not found in our sources");
    expect(line(/^Clears arrests that did not/).answer).toBe("Not found in our sources");
    expect(line(/^Covers any offense/)).toEqual({ answer: "Not found in our sources", reason: expect.stringMatching(/do not say/) });
    expect(line(/^Covers people who were 18 or older/).answer).toBe("Yes");
  });
});
