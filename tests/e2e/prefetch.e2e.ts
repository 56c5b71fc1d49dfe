import type { Page, Request } from "playwright-core";
import { describe, expect, it } from "vitest";
import { shellWords } from "@/components/shell/copy";
import { setupSite } from "./harness";

const { shellCopy } = shellWords.en;

const site = setupSite();

/** A request for a page's React Server Components data, which is how Next.js prefetches and navigates. */
const isPageData = (request: Request) => new URL(request.url()).searchParams.has("_rsc") || request.headers()["rsc"] !== undefined;

/** Opens `path` with every request for page data recorded from the very first byte. */
async function openRecording(path: string): Promise<{ page: Page; pageData: string[] }> {
  // A file with no scripts first, so the recorder is attached before the page under test starts loading.
  const page = await site.open("/icon.svg");
  const pageData: string[] = [];
  page.on("request", (request) => {
    if (isPageData(request)) pageData.push(request.url());
  });
  await page.goto(path, { waitUntil: "networkidle" });
  // Bring every link on the page into the viewport, where Next.js would prefetch it.
  for (let y = 0; y < (await page.evaluate(() => document.body.scrollHeight)); y += 600) {
    await page.evaluate((top) => window.scrollTo(0, top), y);
    await page.waitForTimeout(50);
  }
  await page.waitForLoadState("networkidle");
  return { page, pageData };
}

describe("nothing unasked: a page downloads no other page's data", () => {
  for (const path of ["/", "/states/missouri"]) {
    it(`loading and scrolling ${path} requests no page data`, async () => {
      const { pageData } = await openRecording(path);
      expect(pageData, `page data requested while ${path} loaded`).toEqual([]);
    });
  }

  it("fetches a page's data once someone points at its link, and the link still opens it", async () => {
    const { page, pageData } = await openRecording("/");
    expect(pageData).toEqual([]);
    const nav = page.getByRole("navigation", { name: shellCopy.nav.label });
    const statesLink = nav.getByRole("link", { name: shellCopy.nav.states });
    await statesLink.hover();
    await expect.poll(() => pageData.filter((url) => new URL(url).pathname === "/states").length).toBeGreaterThan(0);
    await statesLink.click();
    await page.waitForURL("**/states");
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBeTruthy();
    // Only the page pointed at was fetched, never the others in the header.
    expect(new Set(pageData.map((url) => new URL(url).pathname))).toEqual(new Set(["/states"]));
  });

  it("fetches a page's data when its link gets keyboard focus", async () => {
    const { page, pageData } = await openRecording("/");
    await page.getByRole("navigation", { name: shellCopy.nav.label }).getByRole("link", { name: shellCopy.nav.compare }).focus();
    await expect.poll(() => pageData.some((url) => new URL(url).pathname === "/compare")).toBe(true);
  });
});
