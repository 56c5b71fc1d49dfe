// @vitest-environment jsdom
import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { makeJurisdiction, makeLaw } from "@/tests/fixtures/jurisdiction";
import { CRITERIA } from "@/lib/criteria";
import { getJurisdictionByCode } from "@/lib/data";
import { buildOverviewRow, DEFAULT_SORT } from "@/lib/overview";
import { OverviewTable } from "./overview-table";

const silent = buildOverviewRow(
  makeJurisdiction({
    name: "Silentia",
    relief: [makeLaw({ agesCovered: null, traffickingTypes: null, offensesCovered: null, recordsCovered: null, enactedYear: null })],
  }),
);
const empty = buildOverviewRow(makeJurisdiction({ name: "Emptyland", code: "AK", slug: "emptyland", relief: [] }));
const full = buildOverviewRow(
  makeJurisdiction({
    name: "Fullton",
    code: "NY",
    slug: "fullton",
    relief: [makeLaw({ recordsCovered: ["convictions", "arrests"], enactedYear: 2010, amendedYears: [2021] })],
  }),
);

const rowFor = (name: string) => screen.getByRole("rowheader", { name }).closest("tr")!;
const cellsOf = (name: string) => within(rowFor(name)).getAllByRole("cell").map((cell) => cell.textContent?.trim());

describe("OverviewTable", () => {
  it("without JavaScript shows plain headings, the state column marked as sorted, and a link per state", () => {
    render(<OverviewTable rows={[empty, full, silent]} sort={DEFAULT_SORT} criteriaTotal={CRITERIA.length} captionId="cap" />);
    expect(screen.queryAllByRole("button")).toEqual([]);
    expect(screen.getByRole("columnheader", { name: "State" }).getAttribute("aria-sort")).toBe("ascending");
    expect(screen.getByRole("link", { name: "Fullton" }).getAttribute("href")).toBe("/states/fullton");
    expect(screen.getByRole("region", { name: /every state and dc/i })).toBeTruthy();
  });

  it("reads every fact as words, unknown as not found and no law as no law", () => {
    render(<OverviewTable rows={[empty, full, silent]} sort={DEFAULT_SORT} criteriaTotal={CRITERIA.length} captionId="cap" />);
    expect(cellsOf("Fullton")).toEqual([
      "B Broad",
      `${full.criteriaMet} of ${CRITERIA.length}`,
      "Not in our sources",
      "Not in our sources",
      "Vacatur",
      "Adults and minors",
      "Sex and labor",
      "Any offense",
      "Convictions, arrests",
      "2021",
    ]);
    const silentCells = cellsOf("Silentia");
    expect(silentCells[0]).toBe("? Unclear");
    expect(silentCells.slice(5)).toEqual(Array(5).fill("Not found in our sources"));
    expect(cellsOf("Emptyland")).toEqual(["N None found", `0 of ${CRITERIA.length}`, "Not in our sources", "Not in our sources", "None found", "No law found", "No law found", "No law found", "No law found", "No law found"]);
  });

  it("never merges two laws in one row: Arkansas says which law gives adults prostitution relief only", () => {
    const arkansas = buildOverviewRow(getJurisdictionByCode("AR")!);
    render(<OverviewTable rows={[arkansas]} sort={DEFAULT_SORT} criteriaTotal={CRITERIA.length} captionId="cap" />);
    const [, , , , , ages, , offenses] = within(rowFor("Arkansas")).getAllByRole("cell");
    const lines = (cell: HTMLElement) => within(cell).getAllByRole("listitem").map((item) => item.textContent);
    expect(lines(ages!)).toEqual(["Ark. Code Ann. § 16-90-1412(b)(1)(B)(ii): Adults and minors", "Ark. Code Ann. § 16-90-1412(b)(1)(B)(i): Minors only"]);
    expect(lines(offenses!)).toEqual(["Ark. Code Ann. § 16-90-1412(b)(1)(B)(ii): Prostitution-related only", "Ark. Code Ann. § 16-90-1412(b)(1)(B)(i): Any offense"]);
  });

  it("offers sort buttons when interactive and says when nothing matches", () => {
    render(<OverviewTable rows={[]} sort={{ key: "coverage", dir: "desc" }} criteriaTotal={CRITERIA.length} captionId="cap" onSort={() => undefined} />);
    expect(screen.getAllByRole("button")).toHaveLength(11);
    expect(screen.getByRole("columnheader", { name: /coverage/i }).getAttribute("aria-sort")).toBe("descending");
    expect(screen.getByRole("cell", { name: "No state matches these filters." })).toBeTruthy();
  });
});
