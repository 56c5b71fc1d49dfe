import { describe, expect, it } from "vitest";
import { expectNoAxeViolations, setupSite } from "./harness";

const site = setupSite();

describe("the page shell", () => {
  it("says what the site is and for whom, with the hotline and the disclaimer", async () => {
    const page = await site.open("/");
    await expect(page.title()).resolves.toContain("Record Relief Map");
    const main = page.getByRole("main");
    await expect(main.getByRole("heading", { level: 1 }).textContent()).resolves.toMatch(/clear their criminal record/i);
    const footer = page.getByRole("contentinfo");
    expect(await footer.textContent()).toContain("Information, not legal advice");
    expect(await footer.getByRole("link", { name: /1-888-373-7888/ }).getAttribute("href")).toBe("tel:18883737888");
    expect(await footer.getByRole("link", { name: /Survivor Reentry Project/ }).getAttribute("href")).toMatch(/freedomnetworkusa\.org/);
    expect(await footer.getByRole("link", { name: /233733/ }).isVisible()).toBe(true);
    expect(await footer.getByRole("link", { name: /About/ }).getAttribute("href")).toBe("/about");
  });

  it("has a skip link that moves focus to the main content", async () => {
    const page = await site.open("/");
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Skip to main content" });
    expect(await skip.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.press("Enter");
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("main");
  });

  it("fits a 320 px phone without sideways scrolling", async () => {
    const page = await site.open("/", { width: 320 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page, "/ at 320 px");
  });
});
