// @vitest-environment jsdom
import { act, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { termsWords } from "@/components/copy/terms";
import { buildCompareSide, type StateRef } from "@/lib/compare";
import { getJurisdictions } from "@/lib/data";
import { getSearchEntries } from "@/lib/search-index";
import { CompareView } from "./compare-view";
import { compareRowWords } from "./row-text";

const { coverageName } = termsWords.en;

vi.mock("next/navigation", () => ({ useRouter: () => ({ push: vi.fn() }) }));

const jurisdictions = getJurisdictions();
const states: StateRef[] = jurisdictions.map(({ code, slug, name }) => ({ code, slug, name }));
const entries = getSearchEntries((level) => coverageName[level]).filter((entry) => entry.code !== "US");

/** Answers /data/compare/<code>.json like the static route does; a code in `failing` answers 500. */
function serveDataFiles(failing: Set<string> = new Set()) {
  const requests: string[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL) => {
    const url = String(input);
    requests.push(url);
    const file = /\/data\/compare\/([a-z]{2})\.json$/.exec(url)?.[1];
    const jurisdiction = jurisdictions.find((candidate) => candidate.code.toLowerCase() === file);
    if (!jurisdiction || failing.has(jurisdiction.code)) return new Response("{}", { status: 500 });
    return new Response(JSON.stringify(buildCompareSide(jurisdiction, compareRowWords("en"))), { status: 200 });
  });
  vi.stubGlobal("fetch", fetchMock);
  return requests;
}

function openAt(search: string) {
  window.history.replaceState(null, "", `/compare${search}`);
  return render(<CompareView entries={entries} states={states} />);
}

const columnHeaders = (table: HTMLElement) => within(table).getAllByRole("columnheader").map((cell) => cell.textContent);
const reliefTable = () => screen.getByRole("table", { name: "What the law does" });
const rowNamed = (table: HTMLElement, name: string) =>
  within(table)
    .getAllByRole("row")
    .find((row) => within(row).queryByRole("rowheader")?.textContent?.startsWith(name));

/** A screen at least 48rem wide (or not), as window.matchMedia reports it; jsdom has no layout of its own. */
function screenIsWide(wide: boolean) {
  vi.stubGlobal("matchMedia", (query: string) => ({ matches: wide, media: query, addEventListener: () => undefined, removeEventListener: () => undefined }));
}

beforeEach(() => {
  serveDataFiles();
  screenIsWide(true);
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("CompareView", () => {
  it("shows Missouri and New York side by side, names what matters most and marks the ages row as different", async () => {
    openAt("?a=mo&b=ny");
    const table = await screen.findByRole("table", { name: "What the law does" });
    expect(columnHeaders(table)).toEqual(["Fact", "Missouri", "New York"]);
    expect(rowNamed(table, "Ages covered")?.textContent).toContain("Differs");
    const grades = screen.getByRole("table", { name: "Polaris report card grades" });
    expect(rowNamed(grades, "Polaris grade, 2019")?.textContent).not.toContain("Differs");
    const summary = screen.getByRole("region", { name: "What differs most" });
    expect(within(summary).getAllByRole("listitem")[0]?.textContent).toBe("Missouri covers only minors; New York covers adults.");
    expect(screen.getByText("First state:", { exact: false }).textContent).toBe("First state: Missouri");
  });

  it("says plainly when one state has no trafficking-specific law at all", async () => {
    openAt("?a=ak&b=ny");
    const summary = await screen.findByRole("region", { name: "What differs most" });
    expect(within(summary).getAllByRole("listitem").map((item) => item.textContent)).toEqual([
      "Alaska has no trafficking-specific record relief that we found; New York has trafficking-specific record relief (broad).",
    ]);
    expect(rowNamed(await screen.findByRole("table", { name: "What the law does" }), "Ages covered")?.textContent).toContain(
      "No trafficking-specific record relief law found",
    );
  });

  it("lays the same facts out as stacked pairs for phones, still one fact at a time, and as the table on paper", async () => {
    screenIsWide(false);
    openAt("?a=mo&b=ny");
    await screen.findByRole("heading", { name: "What the law does" });
    expect(screen.queryByRole("table")).toBeNull();
    const term = screen.getAllByRole("term").find((candidate) => candidate.textContent?.startsWith("Ages covered"));
    const pair = term?.parentElement;
    expect(pair?.textContent).toContain("Differs");
    const values = within(pair!).getAllByRole("definition").map((value) => value.textContent);
    expect(values[0]).toMatch(/^Missouri.*under 18/);
    expect(values[1]).toMatch(/^New York.*Any age/);

    act(() => {
      window.dispatchEvent(new Event("beforeprint"));
    });
    expect(rowNamed(reliefTable(), "Ages covered")?.textContent).toContain("Differs");
    expect(screen.queryAllByRole("term")).toEqual([]);
    act(() => {
      window.dispatchEvent(new Event("afterprint"));
    });
    expect(screen.queryByRole("table")).toBeNull();
  });

  it("swaps the columns and the address from the keyboard, and Back brings the old order back", async () => {
    const user = userEvent.setup();
    openAt("?a=mo&b=ny");
    await screen.findByRole("table", { name: "What the law does" });
    const swap = screen.getByRole("button", { name: /Swap the two states/ });
    swap.focus();
    await user.keyboard("{Enter}");
    expect(columnHeaders(reliefTable())).toEqual(["Fact", "New York", "Missouri"]);
    expect(window.location.search).toBe("?a=ny&b=mo");
    expect(screen.getAllByRole("status").some((status) => status.textContent === "Swapped. First state: New York. Second state: Missouri.")).toBe(true);
    await act(async () => {
      window.history.back();
      await new Promise((resolve) => window.addEventListener("popstate", resolve, { once: true }));
    });
    expect(window.location.search).toBe("?a=mo&b=ny");
    expect(columnHeaders(reliefTable())).toEqual(["Fact", "Missouri", "New York"]);
  });

  it("explains that zz is not a state, keeps Missouri, and lets the second state be chosen by keyboard", async () => {
    const user = userEvent.setup();
    openAt("?a=mo&b=zz");
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("Second state: “zz” is not a state we know.");
    expect(screen.getByText("First state:", { exact: false }).textContent).toBe("First state: Missouri");
    expect(screen.getByText("Choose a state to compare with Missouri.")).toBeTruthy();
    expect(screen.queryByRole("table")).toBeNull();

    await user.type(screen.getByRole("combobox", { name: "Choose the second state" }), "new york");
    await user.keyboard("{ArrowDown}{Enter}");
    expect(window.location.search).toBe("?a=mo&b=ny");
    expect(columnHeaders(await screen.findByRole("table", { name: "What the law does" }))).toEqual(["Fact", "Missouri", "New York"]);
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("shows markup from the address as inert text", async () => {
    const { container } = openAt("?a=%3Cscript%3Ealert(1)%3C/script%3E");
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("“<script>alert(1)</script>” is not a state we know");
    expect(container.querySelector("script")).toBeNull();
    expect(screen.getByText("Choose two states to compare.", { exact: false })).toBeTruthy();
  });

  it("cuts a very long value and says which extra parameters it ignored", async () => {
    openAt(`?a=mo&b=${"x".repeat(5000)}&utm_source=mail`);
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain(`“${"x".repeat(40)}…”`);
    expect(alert.textContent).not.toContain("x".repeat(41));
    expect(alert.textContent).toContain("We ignored parts of the address we do not use: utm_source.");
  });

  it("says so when the same state is given twice", async () => {
    openAt("?a=mo&b=Missouri");
    expect((await screen.findByRole("alert")).textContent).toContain("You chose Missouri twice.");
  });

  it("refuses to put the same state in both columns", async () => {
    const user = userEvent.setup();
    openAt("?a=mo");
    await user.type(screen.getByRole("combobox", { name: "Choose the second state" }), "mo");
    await user.keyboard("{Enter}");
    expect(screen.getByText("Missouri is already the first state. Choose a different state.")).toBeTruthy();
    expect(window.location.search).toBe("?a=mo");
  });

  it("asks for two states when none are given, with swapping not yet possible", async () => {
    openAt("");
    expect(await screen.findByText("Choose two states to compare.", { exact: false })).toBeTruthy();
    expect(screen.getByRole("button", { name: /Swap the two states/ }).hasAttribute("disabled")).toBe(true);
    expect(screen.getByRole("combobox", { name: "Choose the first state" })).toBeTruthy();
  });

  it("can hide the facts that are the same", async () => {
    const user = userEvent.setup();
    openAt("?a=mo&b=ny");
    const grades = await screen.findByRole("table", { name: "Polaris report card grades" });
    expect(rowNamed(grades, "Polaris grade, 2019")).toBeDefined();
    await user.click(screen.getByRole("checkbox", { name: "Show only the facts that differ" }));
    const filtered = screen.getByRole("table", { name: "Polaris report card grades" });
    expect(rowNamed(filtered, "Polaris grade, 2019")).toBeUndefined();
    expect(rowNamed(filtered, "Polaris grade, 2023")?.textContent).toContain("Differs");
  });

  it("fetches only this site's small data files and offers a retry when one fails", async () => {
    const user = userEvent.setup();
    vi.unstubAllGlobals();
    screenIsWide(true);
    const requests = serveDataFiles(new Set(["NY"]));
    openAt("?a=mo&b=ny");
    expect(await screen.findByText("We could not load the facts for New York.", { exact: false })).toBeTruthy();
    expect(requests.sort()).toEqual(["/data/compare/mo.json", "/data/compare/ny.json"]);
    serveDataFiles();
    await user.click(screen.getByRole("button", { name: "Try again" }));
    await waitFor(() => expect(screen.getByRole("table", { name: "What the law does" })).toBeTruthy());
  });
});
