import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { expectNoAxeViolations, setupSite } from "./harness";

const site = setupSite();

const table = (page: Page) => page.getByRole("table", { name: /every state and dc/i });
const rowCount = (page: Page, name: string) => table(page).getByRole("rowheader", { name, exact: true }).count();
const coverageColumn = (page: Page) => table(page).locator("tbody tr:visible > td:nth-of-type(1)").allTextContents();
const adultsBox = (page: Page) => page.getByRole("checkbox", { name: /covers adults/i });

describe("/states: every state in one table", () => {
  it("arrives with all 51 rows in the HTML and works without JavaScript", async () => {
    const html = await (await fetch(`${site.baseURL}/states`)).text();
    expect(html.match(/<th scope="row"/g)?.length ?? 0).toBeGreaterThanOrEqual(51);
    const page = await site.open("/states", { javaScript: false });
    expect(await table(page).getByRole("rowheader").count()).toBe(51);
    // Filters and sort buttons cannot work without JavaScript: they are hidden, the headings read as plain text, and a note says why.
    expect(await page.getByRole("checkbox").count()).toBe(0);
    expect(await table(page).getByRole("button").count()).toBe(0);
    expect(await table(page).getByRole("columnheader", { name: "Coverage", exact: true }).count()).toBe(1);
    expect(html).toMatch(/<noscript><p[^>]*>These filters need JavaScript/);
    const withScript = await site.open("/states");
    expect(await withScript.getByRole("checkbox").count()).toBeGreaterThan(0);
    expect(await table(withScript).getByRole("button", { name: /^coverage/i }).count()).toBe(1);
    expect(await rowCount(page, "Missouri")).toBe(1);
  });

  it("never merges two laws in a row: Arkansas says adults get prostitution relief only, and which law covers any offense", async () => {
    const page = await site.open("/states");
    const row = table(page).locator("tr", { has: page.getByRole("rowheader", { name: "Arkansas", exact: true }) });
    const cells = row.getByRole("cell");
    const headers = await table(page).getByRole("columnheader").allTextContents();
    const cell = (name: string) => cells.nth(headers.findIndex((header) => header.startsWith(name)) - 1);
    const ages = await cell("Ages").getByRole("listitem").allTextContents();
    const offenses = await cell("Offenses").getByRole("listitem").allTextContents();
    expect(ages).toHaveLength(2);
    const adultLaw = ages.findIndex((line) => line.endsWith("Adults and minors"));
    expect(adultLaw).toBeGreaterThanOrEqual(0);
    const citation = ages[adultLaw]!.split(": ")[0]!;
    expect(offenses.find((line) => line.startsWith(`${citation}:`))).toBe(`${citation}: Prostitution-related only`);
    expect(offenses.find((line) => line.endsWith("Any offense"))!.split(": ")[0]).not.toBe(citation);
    expect(ages.find((line) => line.endsWith("Minors only"))).toBeTruthy();
  });

  it("filters to states covering adults: Missouri goes, New York stays, and the address brings the view back on reload", async () => {
    const page = await site.open("/states");
    expect(await rowCount(page, "Missouri")).toBe(1);
    await adultsBox(page).check();
    await expect.poll(() => page.evaluate(() => window.location.search)).toBe("?filter=adults");
    expect(await rowCount(page, "Missouri")).toBe(0);
    expect(await rowCount(page, "New York")).toBe(1);
    const shown = await table(page).getByRole("rowheader").count();
    expect(await page.getByRole("status").filter({ hasText: "Sorted by" }).textContent()).toContain(`${shown} states of 51 have a law that covers adults.`);

    await page.reload({ waitUntil: "load" });
    await expect.poll(() => adultsBox(page).isChecked()).toBe(true);
    expect(await rowCount(page, "Missouri")).toBe(0);
    expect(await rowCount(page, "New York")).toBe(1);
    await expectNoAxeViolations(page, "/states?filter=adults");
  });

  it("sorts by coverage from its column heading: broad before none, then reversed", async () => {
    const page = await site.open("/states");
    const heading = page.getByRole("columnheader", { name: /^coverage/i });
    await heading.getByRole("button").click();
    await expect.poll(() => heading.getAttribute("aria-sort")).toBe("ascending");
    const ascending = await coverageColumn(page);
    const lastBroad = ascending.findLastIndex((text) => text.includes("Broad"));
    const firstNone = ascending.findIndex((text) => text.includes("None found"));
    expect(lastBroad).toBeGreaterThanOrEqual(0);
    expect(firstNone).toBeGreaterThan(lastBroad);
    expect(page.url()).toContain("sort=coverage");

    await heading.getByRole("button").press("Enter");
    await expect.poll(() => heading.getAttribute("aria-sort")).toBe("descending");
    const descending = await coverageColumn(page);
    expect(descending.findIndex((text) => text.includes("Broad"))).toBeGreaterThan(descending.findLastIndex((text) => text.includes("None found")));
  });

  it("opens a shared address with its filters and sort applied", async () => {
    const page = await site.open("/states?filter=no-law&sort=coverage");
    await expect.poll(() => page.getByRole("checkbox", { name: /no law found/i }).isChecked()).toBe(true);
    const coverage = await coverageColumn(page);
    expect(coverage.length).toBeGreaterThan(0);
    expect(coverage.every((text) => text.includes("None found"))).toBe(true);
    expect(await rowCount(page, "New York")).toBe(0);
  });

  it("says which address values it ignored, as text", async () => {
    const page = await site.open(`/states?filter=${encodeURIComponent("<img src=x>")}&sort=height`);
    await expect.poll(() => page.locator(".notice").textContent()).toContain("filter=“<img src=x>”");
    expect(await page.locator("main img").count()).toBe(0);
    expect(await table(page).getByRole("rowheader").count()).toBe(51);
  });

  it("shows the timeline of change from New York's first law in 2010, as a table folded under its lead", async () => {
    const page = await site.open("/states");
    const timeline = page.getByRole("table", { name: /enacted and amended, year by year/i });
    expect(await timeline.isVisible()).toBe(false);
    await page.getByText("Show the year-by-year table").click();
    const first = timeline.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "2010", exact: true }) });
    expect(await first.getByRole("link", { name: "New York" }).count()).toBe(1);
    expect(await page.getByText(/first law in our data is New York’s, enacted in 2010/).count()).toBe(1);
  });

  it("passes axe and fits a 320 px phone", async () => {
    const page = await site.open("/states");
    await adultsBox(page).waitFor();
    await expectNoAxeViolations(page, "/states");
    const phone = await site.open("/states", { width: 320 });
    await adultsBox(phone).waitFor();
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(phone, "/states at 320 px");
  });
});
