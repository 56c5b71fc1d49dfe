import { describe, expect, it } from "vitest";
import { setupSite } from "./harness";

const site = setupSite();

describe("the end-to-end guard", () => {
  it("reports a page that logs a console error", async () => {
    const page = await site.open("/");
    await page.evaluate(() => console.error("deliberate test error"));
    await expect.poll(() => site.problems().join("\n")).toContain("console error");
    expect(site.problems().join("\n")).toContain("deliberate test error");
    await page.context().close();
    site.forgive();
  });

  it("reports a request to another origin that the CSP blocks", async () => {
    const page = await site.open("/");
    await page.evaluate(() => fetch("https://tracker.example.com/pixel").catch(() => undefined));
    await expect.poll(() => site.problems().join("\n")).toContain("CSP violation: connect-src blocked https://tracker.example.com/pixel");
    await page.context().close();
    site.forgive();
  });

  it("reports and blocks a request to another origin even with the CSP off", async () => {
    const page = await site.open("/", { bypassCSP: true });
    await page.evaluate(() => fetch("https://tracker.example.com/pixel").catch(() => undefined));
    await expect.poll(() => site.problems().join("\n")).toContain("request to another origin: https://tracker.example.com/pixel");
    await page.context().close();
    site.forgive();
  });

  it("reports an uncaught error in the page", async () => {
    const page = await site.open("/");
    await page.evaluate(() => setTimeout(() => {
      throw new Error("deliberate uncaught error");
    }));
    await expect.poll(() => site.problems().join("\n")).toContain("deliberate uncaught error");
    await page.context().close();
    site.forgive();
  });
});
