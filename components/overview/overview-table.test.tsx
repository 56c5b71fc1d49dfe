// @vitest-environment jsdom
import { fireEvent, render, screen, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { makeJurisdiction, makeLaw } from "@/tests/fixtures/jurisdiction";
import { CRITERIA } from "@/lib/criteria";
import { getJurisdictionByCode } from "@/lib/data";
import { buildOverviewRow, DEFAULT_SORT, type OverviewRow, type OverviewSort, type SortKey } from "@/lib/overview";
import { OverviewBody } from "./overview-rows";
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

const renderTable = (rows: OverviewRow[], { shown = rows.map((row) => row.code), sort = DEFAULT_SORT, onSort = () => undefined }: { shown?: string[]; sort?: OverviewSort; onSort?: (key: SortKey) => void } = {}) =>
  render(<OverviewTable body={<OverviewBody rows={rows} criteriaTotal={CRITERIA.length} locale="en" />} shown={shown} sort={sort} onSort={onSort} captionId="cap" />);

const rowFor = (name: string) => screen.getByRole("rowheader", { name }).closest("tr")!;
const cellsOf = (name: string) => within(rowFor(name)).getAllByRole("cell").map((cell) => cell.textContent?.trim());

describe("OverviewTable", () => {
  it("heads each column with a sort button (its plain label kept hidden for browsers without JavaScript), the state column marked as sorted, and a link per state", () => {
    renderTable([empty, full, silent]);
    expect(screen.getAllByRole("button")).toHaveLength(11);
    const state = screen.getByRole("columnheader", { name: "State" });
    expect(state.getAttribute("aria-sort")).toBe("ascending");
    expect((state.querySelector(".sort-label") as HTMLElement).hidden).toBe(true);
    expect(screen.getByRole("link", { name: "Fullton" }).getAttribute("href")).toBe("/states/fullton");
    expect(screen.getByRole("region", { name: /every state and dc/i })).toBeTruthy();
  });

  it("reads every fact as words, unknown as not found and no law as no law", () => {
    renderTable([empty, full, silent]);
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
    renderTable([arkansas]);
    const [, , , , , ages, , offenses] = within(rowFor("Arkansas")).getAllByRole("cell");
    const lines = (cell: HTMLElement) => within(cell).getAllByRole("listitem").map((item) => item.textContent);
    expect(lines(ages!)).toEqual(["Ark. Code Ann. § 16-90-1412(b)(1)(B)(ii): Adults and minors", "Ark. Code Ann. § 16-90-1412(b)(1)(B)(i): Minors only"]);
    expect(lines(offenses!)).toEqual(["Ark. Code Ann. § 16-90-1412(b)(1)(B)(ii): Prostitution-related only", "Ark. Code Ann. § 16-90-1412(b)(1)(B)(i): Any offense"]);
  });

  it("says a fact once where every law of a state agrees on it, and lists the laws only where they differ", () => {
    const arkansas = buildOverviewRow(getJurisdictionByCode("AR")!);
    renderTable([arkansas]);
    const [, , , , , ages, trafficking, , records] = within(rowFor("Arkansas")).getAllByRole("cell");
    expect(within(ages!).getAllByRole("listitem")).toHaveLength(2);
    expect(trafficking!.textContent).toBe("Sex and labor");
    expect(within(trafficking!).queryByRole("list")).toBeNull();
    expect(records!.textContent).toBe("Convictions");
  });

  it("sorts by the column whose button is pressed and, when nothing matches, says so across the whole table", () => {
    const onSort = vi.fn();
    renderTable([empty, full, silent], { shown: [], sort: { key: "coverage", dir: "desc" }, onSort });
    fireEvent.click(screen.getByRole("button", { name: /^coverage/i }));
    expect(onSort).toHaveBeenCalledWith("coverage");
    expect(screen.getByRole("columnheader", { name: /coverage/i }).getAttribute("aria-sort")).toBe("descending");
    expect(screen.queryAllByRole("rowheader")).toEqual([]);
    const nothing = screen.getByRole("cell", { name: "No state matches these filters." });
    expect(nothing.getAttribute("colspan")).toBe("11");
  });

  it("shows the chosen rows in the chosen order, hiding the rest, without redrawing them", () => {
    const { rerender } = renderTable([empty, full, silent]);
    const fullton = rowFor("Fullton");
    expect(screen.queryByRole("cell", { name: "No state matches these filters." })).toBeNull();
    rerender(<OverviewTable body={<OverviewBody rows={[empty, full, silent]} criteriaTotal={CRITERIA.length} locale="en" />} shown={["OH", "NY"]} sort={DEFAULT_SORT} onSort={() => undefined} captionId="cap" />);
    expect(screen.getAllByRole("rowheader").map((cell) => cell.textContent)).toEqual(["Silentia", "Fullton"]);
    expect(rowFor("Fullton")).toBe(fullton);
  });
});
