import { describe, expect, it } from "vitest";
import { expectNoAxeViolations, setupSite } from "./harness";

const site = setupSite();

describe("finding a state by name", () => {
  it("typing missouri and Enter lands on Missouri's page", async () => {
    const page = await site.open("/");
    await page.getByRole("combobox", { name: "Find a state" }).fill("missouri");
    await page.keyboard.press("Enter");
    await page.waitForURL("**/states/missouri");
  });

  it("offers Missouri first for missori, and the list passes axe while open", async () => {
    const page = await site.open("/");
    const box = page.getByRole("combobox", { name: "Find a state" });
    await box.pressSequentially("missori");
    const options = page.getByRole("option");
    await expect.poll(() => options.first().textContent()).toMatch(/^Missouri/);
    await expectNoAxeViolations(page, "/ with the search list open");
  });

  it("works by keyboard alone: Tab to the box, type, arrow down, Enter", async () => {
    const page = await site.open("/");
    const box = page.getByRole("combobox", { name: "Find a state" });
    for (let presses = 0; presses < 6; presses++) {
      await page.keyboard.press("Tab");
      if (await box.evaluate((element) => element === document.activeElement)) break;
    }
    expect(await box.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.type("car");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    expect(await page.getByRole("listbox").getByRole("option", { selected: true }).textContent()).toMatch(/^South Carolina/);
    await page.keyboard.press("Enter");
    await page.waitForURL("**/states/south-carolina");
  });

  it("sends nothing while typing", async () => {
    const page = await site.open("/");
    const requests: string[] = [];
    page.on("request", (request) => requests.push(request.url()));
    await page.getByRole("combobox", { name: "Find a state" }).pressSequentially("new hampshire");
    expect(requests.filter((url) => /hampshire|new/i.test(url))).toEqual([]);
  });

  it("without JavaScript, the form lists matches or goes straight to a single exact match", async () => {
    const page = await site.open("/", { javaScript: false });
    await page.getByRole("combobox", { name: "Find a state" }).fill("N.Y.");
    await page.getByRole("button", { name: "Search" }).click();
    await page.waitForURL("**/states/new-york");
    const listing = await site.open("/search?q=car", { javaScript: false });
    // Playwright's text engine skips <noscript>, so read the server-written matches by their id.
    expect(await listing.locator("#noscript-results a").allTextContents()).toEqual(["North Carolina", "South Carolina"]);
    expect(await listing.locator("#noscript-results h2").textContent()).toBe("States matching “car”");
    const typo = await site.open("/search?q=missori", { javaScript: false });
    expect(await typo.locator("#noscript-results a").first().textContent()).toBe("Missouri");
  });

  it("a close spelling never goes straight to a state; Missouri's Spanish name, misuri, opens Missouri and never DC", async () => {
    const page = await site.open("/");
    await page.getByRole("combobox", { name: "Find a state" }).fill("missoury");
    await page.getByRole("button", { name: "Search" }).click();
    const options = page.getByRole("option");
    await expect.poll(() => options.first().textContent()).toMatch(/^Missouri/);
    expect(new URL(page.url()).pathname).toBe("/");

    const noScript = await site.open("/", { javaScript: false });
    await noScript.getByRole("combobox", { name: "Find a state" }).fill("missoury");
    await noScript.getByRole("button", { name: "Search" }).click();
    await noScript.waitForURL("**/search?q=missoury");
    expect(await noScript.locator("#noscript-results a").first().textContent()).toBe("Missouri");
    expect(await noScript.locator("#noscript-results h2").textContent()).toBe("States matching “missoury”");

    const spanishName = await site.open("/");
    await spanishName.getByRole("combobox", { name: "Find a state" }).fill("misuri");
    await spanishName.getByRole("button", { name: "Search" }).click();
    await spanishName.waitForURL("**/states/missouri");
  });

  it("explains no match, and shows markup as text", async () => {
    const page = await site.open("/search?q=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E");
    const status = page.getByRole("main").getByRole("status").filter({ hasText: "No state matches" });
    await expect.poll(() => status.textContent()).toContain("No state matches “<img src=x onerror=alert(1)>”");
    expect(await page.locator("main img").count()).toBe(0);
    await expectNoAxeViolations(page, "/search with no match");
  });
});
