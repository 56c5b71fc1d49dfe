import { describe, expect, it } from "vitest";
import { getJurisdictions } from "@/lib/data";
import { expectNoAxeViolations, setupSite } from "./harness";

const site = setupSite();

describe("state pages", () => {
  it("shows Missouri as minors only and says adults are not covered", async () => {
    const page = await site.open("/states/missouri");
    const main = page.getByRole("main");
    expect(await main.locator(".coverage-line").textContent()).toContain("Minors only");
    expect(await main.locator(".verdict").textContent()).toContain("does not cover adults");
    const adults = main.getByRole("row", { name: /^Covers people who were 18 or older/ });
    expect(await adults.textContent()).toMatch(/NoAdults are not covered/);
    expect(await main.textContent()).toContain("Mo. Rev. Stat. § 610.131");
    expect(await main.locator(".grades").textContent()).toMatch(/2023:\s*F/);
    expect(await main.getByRole("complementary").textContent()).toMatch(/May change soon[\s\S]*HB 2273/);
    expect(await main.textContent()).toMatch(/Last checked against our sources on \d{4}-\d{2}-\d{2}/);
    expect(await main.textContent()).toContain("information, not legal advice");
  });

  it("shows New York as any age and any offense, sex and labor trafficking", async () => {
    const page = await site.open("/states/new-york");
    const main = page.getByRole("main");
    expect(await main.locator(".coverage-line").textContent()).toContain("Broad");
    expect(await main.getByRole("row", { name: /^Covers people who were 18 or older/ }).textContent()).toMatch(/Yes/);
    expect(await main.getByRole("row", { name: /^Covers any offense/ }).textContent()).toMatch(/YesAny offense/);
    expect(await main.getByRole("row", { name: /^Covers labor trafficking/ }).textContent()).toMatch(/Yes/);
    expect(await main.textContent()).toContain("§ 440.10");
    expect(await main.locator(".grades").textContent()).toMatch(/2023:\s*A/);
  });

  it("answers an unknown state with 404 and a page that helps", async () => {
    const response = await fetch(`${site.baseURL}/states/atlantis`);
    expect(response.status).toBe(404);
    const page = await site.open("/states/atlantis", { expectNotFound: true });
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toMatch(/could not find/i);
    expect(await page.getByRole("main").getByRole("combobox").count()).toBe(1);
    expect(await page.getByRole("main").getByRole("link", { name: "Missouri" }).getAttribute("href")).toBe("/states/missouri");
  });

  it("hides the navigation when printed and prints link addresses", async () => {
    const page = await site.open("/states/missouri");
    await page.emulateMedia({ media: "print" });
    expect(await page.getByRole("navigation", { name: "Main" }).isVisible()).toBe(false);
    expect(await page.locator(".quick-exit-button").isVisible()).toBe(false);
    const after = await page.locator(".sources a[href^='http']").first().evaluate((link) => getComputedStyle(link, "::after").content);
    expect(after).toMatch(/\(https?:\/\//);
  });

  it("offers compare, previous and next", async () => {
    const page = await site.open("/states/missouri");
    expect(await page.getByRole("link", { name: /Compare Missouri with another state/ }).getAttribute("href")).toBe("/compare?a=mo");
    expect(await page.getByRole("link", { name: "Previous: Mississippi" }).getAttribute("href")).toBe("/states/mississippi");
    expect(await page.getByRole("link", { name: "Next: Montana" }).getAttribute("href")).toBe("/states/montana");
  });

  it("gives each page its own title and description", async () => {
    const page = await site.open("/states/new-york");
    expect(await page.title()).toMatch(/^New York/);
    expect(await page.locator('meta[name="description"]').getAttribute("content")).toMatch(/New York/);
    expect(await page.locator('meta[property="og:title"]').getAttribute("content")).toMatch(/New York/);
  });

  it("shows the federal page in the same layout", async () => {
    const page = await site.open("/federal");
    expect(await page.getByRole("main").textContent()).toContain("18 U.S.C. § 3771A");
    await expectNoAxeViolations(page, "/federal");
  });

  it("fits a 320 px phone on every one of the 51 state pages", async () => {
    for (const jurisdiction of getJurisdictions()) {
      const page = await site.open(`/states/${jurisdiction.slug}`, { width: 320 });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `/states/${jurisdiction.slug} scrolls sideways at 320 px`).toBeLessThanOrEqual(0);
      await page.context().close();
    }
  }, 300_000);

  // axe on every state page adds little over the pages with the most kinds of content, so it samples:
  // the longest pages in each language (most laws, sources, bills and help), plus Missouri and New York.
  it("has no axe violations at 320 px on the longest state pages, in English and Spanish", async () => {
    const longest = [...getJurisdictions()].sort((a, b) => JSON.stringify(b).length - JSON.stringify(a).length).map((j) => j.slug);
    const sample = [
      ...new Set([...longest.slice(0, 6), "missouri", "new-york"].map((slug) => `/states/${slug}`)),
      ...longest.slice(0, 3).map((slug) => `/es/states/${slug}`),
    ];
    for (const path of sample) {
      const page = await site.open(path, { width: 320 });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${path} scrolls sideways at 320 px`).toBeLessThanOrEqual(0);
      await expectNoAxeViolations(page, path);
      await page.context().close();
    }
  }, 300_000);
});
