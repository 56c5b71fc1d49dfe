// @vitest-environment jsdom
import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { CRITERIA } from "@/lib/criteria";
import { getJurisdictions } from "@/lib/data";
import { buildOverviewRow, overviewRowKeys, type OverviewRow } from "@/lib/overview";
import { OverviewExplorer } from "./overview-explorer";
import { OverviewBody } from "./overview-rows";

const allRows = getJurisdictions().map(buildOverviewRow);
/** Real states of every coverage level; a handful keeps role queries fast. */
const rows = allRows.filter((row) => ["AK", "AZ", "CA", "MO", "ND", "NY", "WY"].includes(row.code));

const setAddress = (query: string) => window.history.replaceState(null, "", `/states${query}`);

const renderExplorer = (given: OverviewRow[] = rows) =>
  render(<OverviewExplorer rows={overviewRowKeys(given)} body={<OverviewBody rows={given} criteriaTotal={CRITERIA.length} locale="en" />} />);

const statusText = () => screen.getByRole("status").textContent ?? "";
const table = () => screen.getByRole("table", { name: /every state and dc/i });
const stateNames = () =>
  within(table())
    .getAllByRole("rowheader")
    .map((cell) => cell.textContent);
const coverageColumn = () =>
  within(table())
    .getAllByRole("row")
    .slice(1)
    .map((row) => within(row).getAllByRole("cell")[0]!.textContent?.trim());

describe("OverviewExplorer", () => {
  beforeEach(() => setAddress(""));
  afterEach(() => setAddress(""));

  it("shows every state and says so", () => {
    renderExplorer(allRows);
    expect(stateNames()).toHaveLength(allRows.length);
    expect(statusText()).toMatch(`Showing all ${allRows.length}`);
  });

  it("filters to states covering adults: Missouri goes, New York stays, the count is announced and the address keeps it", async () => {
    const user = userEvent.setup();
    renderExplorer();
    await user.click(screen.getByRole("checkbox", { name: /covers adults/i }));
    expect(stateNames()).toContain("New York");
    expect(stateNames()).not.toContain("Missouri");
    const count = stateNames().length;
    expect(statusText()).toMatch(`${count} states of ${rows.length} have a law that covers adults.`);
    expect(statusText()).toMatch("North Dakota may fit too: our sources don’t say.");
    expect(window.location.search).toBe("?filter=adults");
  });

  it("combines filters into one sentence and can clear them", async () => {
    const user = userEvent.setup();
    renderExplorer();
    await user.click(screen.getByRole("checkbox", { name: /covers adults/i }));
    await user.click(screen.getByRole("checkbox", { name: /covers any offense/i }));
    expect(statusText()).toMatch(/have a law that covers adults and any offense/);
    expect(window.location.search).toBe("?filter=adults,any-offense");
    await user.click(screen.getByRole("button", { name: "Show all states" }));
    expect(stateNames()).toHaveLength(rows.length);
    expect(window.location.search).toBe("");
  });

  it("lists only states with no law found", async () => {
    const user = userEvent.setup();
    renderExplorer();
    await user.click(screen.getByRole("checkbox", { name: /no law found/i }));
    const noLaw = rows.filter((row) => row.level === "none").map((row) => row.name);
    expect(stateNames()).toEqual(noLaw);
    expect(statusText()).toMatch(/no trafficking-specific record relief law/);
  });

  it("restores the view from the address on load", () => {
    setAddress("?filter=adults&sort=coverage");
    renderExplorer();
    expect((screen.getByRole("checkbox", { name: /covers adults/i }) as HTMLInputElement).checked).toBe(true);
    expect(stateNames()).not.toContain("Missouri");
    expect(screen.getByRole("columnheader", { name: /coverage/i }).getAttribute("aria-sort")).toBe("ascending");
    expect(coverageColumn()[0]).toMatch(/Broad/);
  });

  it("sorts by a column from the keyboard, broad before none, and reverses on a second press", async () => {
    const user = userEvent.setup();
    renderExplorer();
    const coverageButton = screen.getByRole("button", { name: /^coverage/i });
    coverageButton.focus();
    await user.keyboard("{Enter}");
    expect(screen.getByRole("columnheader", { name: /coverage/i }).getAttribute("aria-sort")).toBe("ascending");
    const ascending = coverageColumn();
    expect(ascending.findLastIndex((text) => /Broad/.test(text ?? ""))).toBeLessThan(ascending.findIndex((text) => /None found/.test(text ?? "")));
    expect(statusText()).toMatch("Sorted by Coverage, broadest first.");
    expect(window.location.search).toBe("?sort=coverage");
    expect(document.activeElement).toBe(coverageButton);

    await user.keyboard(" ");
    expect(screen.getByRole("columnheader", { name: /coverage/i }).getAttribute("aria-sort")).toBe("descending");
    expect(window.location.search).toBe("?sort=coverage&dir=desc");
    expect(screen.getByRole("columnheader", { name: /^state/i }).getAttribute("aria-sort")).toBeNull();
  });

  it("says which address values it ignored, as plain text", () => {
    setAddress(`?filter=adults,<img src=x onerror=alert(1)>&sort=${"q".repeat(200)}`);
    const { container } = renderExplorer();
    expect(screen.getByText(/we did not recognise filter=“<img src=x onerror=alert\(1\)>”/i)).toBeTruthy();
    expect(screen.getByText(new RegExp(`sort=“${"q".repeat(40)}”`))).toBeTruthy();
    expect(container.querySelector("img")).toBeNull();
    expect((screen.getByRole("checkbox", { name: /covers adults/i }) as HTMLInputElement).checked).toBe(true);
  });

  it("follows the address when the reader goes back", () => {
    renderExplorer();
    act(() => {
      setAddress("?filter=no-law");
      window.dispatchEvent(new PopStateEvent("popstate"));
    });
    expect((screen.getByRole("checkbox", { name: /no law found/i }) as HTMLInputElement).checked).toBe(true);
    expect(stateNames()).not.toContain("New York");
  });
});
