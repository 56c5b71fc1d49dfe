import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { expectNoAxeViolations, setupSite } from "./harness";

const site = setupSite();

const PHONE = { width: 360, height: 740 };

async function openPhone(path: string) {
  const page = await site.open(path, { width: PHONE.width });
  await page.setViewportSize(PHONE);
  return page;
}

const top = (page: Page, selector: string) => page.locator(selector).first().evaluate((element) => element.getBoundingClientRect().top);
const bottom = (page: Page, selector: string) => page.locator(selector).first().evaluate((element) => element.getBoundingClientRect().bottom);

describe("answer first on a 360 × 740 phone", () => {
  for (const path of ["/", "/states/missouri", "/check"]) {
    it(`${path}: the h1 starts within the top 240 px, with the quick exit visible and first`, async () => {
      const page = await openPhone(path);
      const h1Top = await top(page, "main h1");
      expect(h1Top, `h1 top on ${path}`).toBeLessThanOrEqual(240);
      const exit = page.getByRole("link", { name: /Leave this site quickly/ });
      expect(await exit.isVisible()).toBe(true);
      expect(await exit.evaluate((element) => element.getBoundingClientRect().bottom)).toBeLessThanOrEqual(h1Top);
      await page.keyboard.press("Tab");
      await page.keyboard.press("Tab");
      expect(await exit.evaluate((element) => element === document.activeElement), "first after the skip link").toBe(true);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
      await expectNoAxeViolations(page, `${path} at 360 px`);
    });
  }

  it("the state page answers in the first screen: the coverage answer, Could I qualify? and Get help", async () => {
    const page = await openPhone("/states/missouri");
    const card = page.getByRole("region", { name: /At a glance/ });
    expect(await card.textContent()).toMatch(/under 18/i);
    expect(await bottom(page, ".summary-card .coverage-line")).toBeLessThanOrEqual(PHONE.height);
    for (const name of ["Could I qualify?", "Get help"]) {
      const action = card.getByRole("link", { name });
      expect(await action.isVisible(), name).toBe(true);
      expect(await action.evaluate((element) => element.getBoundingClientRect().bottom), name).toBeLessThanOrEqual(PHONE.height);
    }
    expect(await card.getByRole("link", { name: "Could I qualify?" }).getAttribute("href")).toBe("/check?state=mo");
    expect(await card.getByRole("link", { name: "Get help" }).getAttribute("href")).toBe("#help");
    const contents = page.getByRole("navigation", { name: "On this page" });
    expect(await contents.getByRole("link").count()).toBeGreaterThan(3);
  });

  it("the header's search and links fold into a menu that opens without JavaScript", async () => {
    const page = await site.open("/states/missouri", { width: PHONE.width, javaScript: false });
    const menu = page.locator("details.site-menu");
    const search = page.getByRole("combobox", { name: "Find a state" });
    expect(await search.isVisible()).toBe(false);
    await menu.locator("summary").click();
    expect(await search.isVisible()).toBe(true);
    expect(await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "All states" }).isVisible()).toBe(true);
  });

  it("long source lists and law histories are folded on screen and open for printing", async () => {
    const page = await site.open("/states/new-york");
    const sources = page.locator("details.sources-details");
    expect(await sources.evaluate((element) => (element as HTMLDetailsElement).open)).toBe(false);
    expect(await page.locator("details.law-history").count()).toBeGreaterThan(0);
    await page.emulateMedia({ media: "print" });
    await page.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
    await expect.poll(() => sources.evaluate((element) => (element as HTMLDetailsElement).open)).toBe(true);
    expect(await page.locator("details.law-history").evaluateAll((all) => all.every((element) => (element as HTMLDetailsElement).open))).toBe(true);
    expect(await page.locator("details.sources-details ol li").first().isVisible()).toBe(true);
  });
});
