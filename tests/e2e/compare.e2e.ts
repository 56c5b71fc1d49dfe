import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { expectNoAxeViolations, setupSite } from "./harness";

const site = setupSite();

const reliefTable = (page: Page) => page.getByRole("table", { name: "What the law does" });
const columnHeaders = (page: Page) => reliefTable(page).getByRole("columnheader").allTextContents();
const factRow = (page: Page, fact: RegExp) => reliefTable(page).locator("tr", { has: page.getByRole("rowheader", { name: fact }) });

describe("/compare", () => {
  it("shows Missouri and New York side by side and marks the ages-covered row as different", async () => {
    const page = await site.open("/compare?a=mo&b=ny");
    await reliefTable(page).waitFor();
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Compare two states");
    await expect(columnHeaders(page)).resolves.toEqual(["Fact", "Missouri", "New York"]);
    await expect(factRow(page, /^Ages covered/).textContent()).resolves.toContain("Differs");
    const grades = page.getByRole("table", { name: "Polaris report card grades" });
    await expect(grades.locator("tr", { has: page.getByRole("rowheader", { name: /^Polaris grade, 2019/ }) }).textContent()).resolves.not.toContain(
      "Differs",
    );
    const summary = page.getByRole("region", { name: "What differs most" });
    await expect(summary.getByRole("listitem").first().textContent()).resolves.toBe("Missouri covers only minors; New York covers adults.");
    // The sections are drawn one per frame, so a slow phone is never blocked for long; all five end up there.
    await page.locator(".compare-sections[aria-busy='false']").waitFor();
    await expect(page.locator(".compare-section").count()).resolves.toBe(5);
    await expectNoAxeViolations(page);
  });

  it("swaps the columns and the address, and Back and Forward move between the two", async () => {
    const page = await site.open("/compare?a=mo&b=ny");
    await reliefTable(page).waitFor();
    await page.getByRole("button", { name: /Swap the two states/ }).click();
    await expect.poll(() => columnHeaders(page)).toEqual(["Fact", "New York", "Missouri"]);
    expect(new URL(page.url()).search).toBe("?a=ny&b=mo");
    await page.goBack();
    await expect.poll(() => columnHeaders(page)).toEqual(["Fact", "Missouri", "New York"]);
    expect(new URL(page.url()).search).toBe("?a=mo&b=ny");
    await page.goForward();
    await expect.poll(() => columnHeaders(page)).toEqual(["Fact", "New York", "Missouri"]);
  });

  it("lets a second state be chosen from the keyboard, and the address follows", async () => {
    const page = await site.open("/compare?a=mo");
    const box = page.getByRole("combobox", { name: "Choose the second state" });
    await box.focus();
    await page.keyboard.type("new york");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    await reliefTable(page).waitFor();
    expect(new URL(page.url()).search).toBe("?a=mo&b=ny");
    await expect(columnHeaders(page)).resolves.toEqual(["Fact", "Missouri", "New York"]);
  });

  it("explains that zz is not a state and keeps Missouri", async () => {
    const page = await site.open("/compare?a=mo&b=zz");
    const alert = page.getByRole("alert").filter({ hasText: "is not a state" });
    await expect(alert.textContent()).resolves.toContain("“zz” is not a state");
    await expect(page.getByText("First state:").textContent()).resolves.toBe("First state: Missouri");
    await expect(page.getByRole("combobox", { name: "Choose the second state" }).isVisible()).resolves.toBe(true);
    await expectNoAxeViolations(page, "/compare?a=mo&b=zz");
  });

  it("shows markup from the address as inert text and never runs it", async () => {
    const page = await site.open("/compare");
    const dialogs: string[] = [];
    page.on("dialog", (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto("/compare?a=%3Cscript%3Ealert(1)%3C/script%3E", { waitUntil: "load" });
    const alert = page.getByRole("alert").filter({ hasText: "is not a state" });
    await expect(alert.textContent()).resolves.toContain("“<script>alert(1)</script>” is not a state");
    const scriptsMentioningIt = await page.evaluate(
      () => [...document.querySelectorAll("script")].filter((script) => script.textContent?.includes("alert(1)")).length,
    );
    expect(scriptsMentioningIt).toBe(0);
    await page.waitForTimeout(300);
    expect(dialogs).toEqual([]);
  });

  it("gives a clear message for the same state twice and for extra or very long values", async () => {
    const page = await site.open(`/compare?a=mo&b=MISSOURI&utm_source=x`);
    const alert = page.getByRole("alert").filter({ hasText: "twice" });
    await expect(alert.textContent()).resolves.toContain("You chose Missouri twice.");
    await expect(alert.textContent()).resolves.toContain("utm_source");
    const long = await site.open(`/compare?a=${"x".repeat(3000)}&b=ny`);
    const longAlert = long.getByRole("alert").filter({ hasText: "is not a state" });
    const text = (await longAlert.textContent()) ?? "";
    expect(text).toContain(`${"x".repeat(40)}…`);
    expect(text).not.toContain("x".repeat(41));
  });

  it("turns into stacked pairs on a 320 px phone without sideways scrolling", async () => {
    const page = await site.open("/compare?a=mo&b=ny", { width: 320 });
    const ages = page.getByRole("term").filter({ hasText: /^Ages covered/ });
    await ages.waitFor();
    await expect(ages.textContent()).resolves.toContain("Differs");
    await expect(page.getByRole("table").count()).resolves.toBe(0);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page, "/compare?a=mo&b=ny at 320 px");
    // Paper gets the table even from a phone: the browser announces printing before it lays the page out for it.
    await page.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("table", { name: "What the law does" }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole("term").count()).resolves.toBe(0);
  });

  it("offers a plain form with two lists when JavaScript is off", async () => {
    const page = await site.open("/compare?a=mo&b=ny", { javaScript: false });
    // Playwright's text engine skips <noscript>, so read the fallback by its class.
    const fallback = page.locator(".compare-fallback");
    await expect(fallback.isVisible()).resolves.toBe(true);
    await expect(fallback.textContent()).resolves.toContain("JavaScript is off in this browser");
    const first = page.getByRole("combobox", { name: "First state" });
    const second = page.getByRole("combobox", { name: "Second state" });
    await expect(first.getAttribute("name")).resolves.toBe("a");
    await expect(second.getAttribute("name")).resolves.toBe("b");
    await expect(page.getByRole("button", { name: "Compare", exact: true }).isVisible()).resolves.toBe(true);
  });

  it("without JavaScript, a shared link names both states outside the form, links their pages and shows the comparison", async () => {
    const page = await site.open("/compare?a=mo&b=ny", { javaScript: false });
    // Playwright's text engine skips <noscript>, so read the server-written comparison by its id.
    const comparison = page.locator("#noscript-compare");
    expect(await comparison.locator("h2").textContent()).toBe("Comparing Missouri and New York");
    expect(await comparison.locator("a[href='/states/missouri']").first().textContent()).toBe("Missouri");
    expect(await comparison.locator("a[href='/states/new-york']").first().textContent()).toBe("New York");
    expect(await comparison.locator("select, input, button").count(), "named outside form controls").toBe(0);
    const agesRow = await comparison.evaluate(
      (element) => [...element.querySelectorAll("tr")].find((row) => row.querySelector("th")?.textContent?.startsWith("Ages covered"))?.textContent ?? "",
    );
    expect(agesRow).toContain("Differs");
    expect(await comparison.textContent()).toContain("not Polaris's score");
    expect(await comparison.textContent()).toMatch(/Missouri: facts last checked against our sources on \d{4}-\d{2}-\d{2}/);
    // No screen-high empty space before it: the comparison starts within the first screen.
    const top = await comparison.evaluate((element) => element.getBoundingClientRect().top);
    expect(top).toBeLessThan(900);
    // An address without a valid pair keeps the plain form and names nothing.
    const plain = await site.open("/compare?a=mo&b=zz", { javaScript: false });
    expect(await plain.locator("#noscript-compare").textContent()).toBe("");
  });

  it("shows each side's sources and last-checked date, and the checklist side by side, saying it is not Polaris's score", async () => {
    const page = await site.open("/compare?a=mo&b=ny");
    const sources = page.getByRole("region", { name: "Sources and when we last checked" });
    await sources.waitFor();
    for (const name of ["Missouri", "New York"]) {
      const column = sources.locator("div", { has: page.getByRole("heading", { name, exact: true }) }).last();
      expect(await column.textContent()).toMatch(new RegExp(`${name}: facts last checked against our sources on \\d{4}-\\d{2}-\\d{2}`));
      expect(await column.getByRole("listitem").count(), `${name} lists its sources`).toBeGreaterThan(0);
      expect(await column.getByRole("link").nth(1).getAttribute("href")).toMatch(/^https?:|^\/sources\//);
    }
    const checklist = page.getByRole("table", { name: "Our checklist of the Polaris categories" });
    await checklist.waitFor();
    expect(await checklist.getByRole("columnheader").allTextContents()).toEqual(["Fact", "Missouri", "New York"]);
    expect(await checklist.getByRole("rowheader").count()).toBe(8);
    expect(await checklist.locator("tr", { has: page.getByRole("rowheader", { name: /^Range of relief/ }) }).textContent()).toMatch(/Meets|Falls short|Not found/);
    const lead = page.getByRole("region", { name: "Our checklist of the Polaris categories" }).getByRole("paragraph").first();
    expect(await lead.textContent()).toContain("They are not Polaris's score or grade");
    await expectNoAxeViolations(page, "/compare with sources and checklist");
  });

  it("is reached from the home page form and from a state page", async () => {
    const home = await site.open("/");
    await home.getByRole("combobox", { name: "First state" }).selectOption("mo");
    await home.getByRole("combobox", { name: "Second state" }).selectOption("ny");
    await home.getByRole("button", { name: "Compare", exact: true }).click();
    await reliefTable(home).waitFor();
    expect(new URL(home.url()).search).toBe("?a=mo&b=ny");

    const state = await site.open("/states/missouri");
    await state.getByRole("link", { name: "Compare Missouri with another state" }).click();
    await state.getByRole("combobox", { name: "Choose the second state" }).waitFor();
    expect(new URL(state.url()).search).toBe("?a=mo");
    await expect(state.getByText("Choose a state to compare with Missouri.").isVisible()).resolves.toBe(true);
  });

  it("serves one small static data file per state and nothing for other names", async () => {
    const missouri = await fetch(new URL("/data/compare/mo.json", site.baseURL));
    expect(missouri.status).toBe(200);
    expect(missouri.headers.get("content-type")).toContain("application/json");
    const body = (await missouri.json()) as { code: string; name: string; rows: unknown[] };
    expect(body.code).toBe("MO");
    expect(body.name).toBe("Missouri");
    expect(body.rows.length).toBeGreaterThan(20);
    const unknown = await fetch(new URL("/data/compare/zz.json", site.baseURL));
    expect(unknown.status).toBe(404);
  });
});
