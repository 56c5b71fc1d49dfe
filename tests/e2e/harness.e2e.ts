import { describe, expect, it } from "vitest";
import { setupSite } from "./harness";

const site = setupSite();

describe("the end-to-end guard", () => {
  it("reports a page that logs a console error", async () => {
    const page = await site.open("/");
    await page.evaluate(() => console.error("deliberate test error"));
    await expect.poll(() => site.problems().join("\n")).toContain("console error");
    expect(site.problems().join("\n")).toContain("deliberate test error");
    site.forgive();
  });

  it("reports and blocks a request to another origin", async () => {
    const page = await site.open("/");
    await page.evaluate(() => fetch("https://tracker.example.com/pixel").catch(() => undefined));
    // The CSP blocks it first; if it ever did not, the harness's own route guard would.
    await expect.poll(() => site.problems().join("\n")).toContain("https://tracker.example.com/pixel");
    site.forgive();
  });

  it("reports an uncaught error in the page", async () => {
    const page = await site.open("/");
    await page.evaluate(() => setTimeout(() => {
      throw new Error("deliberate uncaught error");
    }));
    await expect.poll(() => site.problems().join("\n")).toContain("deliberate uncaught error");
    site.forgive();
  });
});
