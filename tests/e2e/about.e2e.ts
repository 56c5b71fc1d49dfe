import { describe, expect, it } from "vitest";
import { expectNoAxeViolations, setupSite } from "./harness";

const site = setupSite();

describe("/about", () => {
  it("has every section other pages link to", async () => {
    const page = await site.open("/about");
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("About Record Relief Map");
    for (const id of ["who", "gathering", "grades", "method", "glossary", "data", "privacy", "errors", "not-legal-advice"]) {
      expect(await page.locator(`section#${id}`).count(), id).toBe(1);
    }
  });

  it("scrolls a linked section into view below the quick-exit bar", async () => {
    const page = await site.open("/about#grades");
    const heading = page.locator("#grades-heading");
    await expect.poll(() => heading.isVisible()).toBe(true);
    const top = await heading.evaluate((element) => element.getBoundingClientRect().top);
    const bar = await page.locator(".quick-exit").evaluate((element) => element.getBoundingClientRect().bottom);
    expect(top).toBeGreaterThanOrEqual(bar);
  });

  it("links the open data downloads, and each one answers", async () => {
    const page = await site.open("/about");
    const data = page.locator("section#data");
    const hrefs = await data.getByRole("link").evaluateAll((links) => links.map((link) => link.getAttribute("href")));
    expect(hrefs).toEqual(["/data/relief-laws.json", "/data/relief-laws.csv", "/data/relief-laws.schema.json"]);
    for (const href of hrefs) expect((await fetch(`${site.baseURL}${href}`)).status, href ?? "").toBe(200);
  });

  it("explains quick exit honestly and says this is not legal advice", async () => {
    const page = await site.open("/about#privacy");
    const privacy = (await page.locator("section#privacy").textContent()) ?? "";
    expect(privacy).toContain("weather.gov");
    expect(privacy).toMatch(/Shift key 3 times/);
    expect(privacy).toMatch(/looking over your shoulder/);
    expect(privacy).toMatch(/no cookies/);
    expect(await page.locator("section#not-legal-advice").textContent()).toMatch(/not legal advice/i);
  });

  it("passes axe, and fits a 320 px phone", async () => {
    const page = await site.open("/about");
    await expectNoAxeViolations(page, "/about");
    const phone = await site.open("/about", { width: 320 });
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(phone, "/about at 320 px");
  });
});
