import { describe, expect, it } from "vitest";
import { expectNoAxeViolations, setupSite } from "./harness";

const site = setupSite();

describe("the home page map", () => {
  it("arrives as finished SVG with 51 state links before any script runs", async () => {
    const html = await (await fetch(`${site.baseURL}/`)).text();
    const svg = html.match(/<svg class="us-map"[\s\S]*?<\/svg>/)?.[0] ?? "";
    expect(svg.match(/<a href="\/states\/[a-z-]+"/g)).toHaveLength(51);
    expect(html).not.toMatch(/d3-geo|topojson/);
  });

  it("works without JavaScript: the state links and the table are there", async () => {
    const page = await site.open("/", { javaScript: false });
    expect(await page.locator(".us-map a").count()).toBe(51);
    expect(await page.getByRole("table").getByRole("link").count()).toBe(51);
  });

  it("opens Missouri when its shape is clicked", async () => {
    const page = await site.open("/");
    await page.locator('.us-map a[data-s="MO"] path').click();
    await page.waitForURL("**/states/missouri");
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Missouri");
  });

  it("opens New York by tabbing to it and pressing Enter", async () => {
    const page = await site.open("/");
    await page.locator(".us-map").scrollIntoViewIfNeeded();
    await page.locator('.us-map a[data-s="NM"]').focus();
    let focused = "";
    for (let presses = 0; presses < 10 && focused !== "NY"; presses++) {
      await page.keyboard.press("Tab");
      focused = await page.evaluate(() => document.activeElement?.getAttribute("data-s") ?? "");
    }
    expect(focused).toBe("NY");
    const callout = page.locator(".callout");
    await expect.poll(() => callout.textContent()).toContain("New York");
    await page.keyboard.press("Enter");
    await page.waitForURL("**/states/new-york");
  });

  it("switches to the grade view: fills and labels of Missouri and New York change to their grades", async () => {
    const page = await site.open("/");
    const fillOf = (code: string) => page.locator(`.us-map a[data-s="${code}"] path`).evaluate((path) => getComputedStyle(path).fill);
    const visibleLabel = (code: string) =>
      page.locator(`.us-map g[data-l="${code}"] text`).evaluateAll((texts) =>
        texts.filter((text) => getComputedStyle(text).display !== "none").map((text) => text.textContent),
      );
    const before = { mo: await fillOf("MO"), ny: await fillOf("NY") };
    expect(await visibleLabel("MO")).toEqual(["MO M"]);
    await page.getByRole("radio", { name: "Polaris grade" }).check();
    await expect.poll(() => page.url()).toContain("view=grade");
    expect(await visibleLabel("MO")).toEqual(["MO F"]);
    expect(await visibleLabel("NY")).toEqual(["NY A"]);
    expect(await fillOf("MO")).not.toBe(before.mo);
    expect(await fillOf("NY")).not.toBe(before.ny);
    await expectNoAxeViolations(page, "/ in the grade view");
  });

  it("opens the shared grade view from the URL, and explains a bad parameter", async () => {
    const page = await site.open("/?view=grade&edition=2019");
    await expect.poll(() => page.getByRole("radio", { name: "Polaris grade" }).isChecked()).toBe(true);
    await expect.poll(() => page.locator('.us-map g[data-l="NE"] text.l19').isVisible()).toBe(true);
    expect(await page.locator('.us-map g[data-l="NE"] text.l19').textContent()).toBe("NE B");
    const bad = await site.open("/?view=%3Cscript%3Ealert(1)%3C/script%3E");
    await expect.poll(() => bad.getByRole("status").filter({ hasText: "did not recognise" }).textContent()).toContain("<script>alert(1)</script>");
    expect(await bad.getByRole("radio", { name: "Who is covered" }).isChecked()).toBe(true);
  });

  it("gives small states targets of at least 24 by 24 pixels", async () => {
    const page = await site.open("/", { width: 375 });
    const sizes = await page.locator(".small-states a").evaluateAll((links) =>
      links.map((link) => [link.getAttribute("data-s"), link.getBoundingClientRect().width, link.getBoundingClientRect().height] as const),
    );
    expect(sizes.map(([code]) => code)).toEqual(["DC", "RI", "DE", "CT", "NJ", "MD", "MA", "NH", "VT", "HI"]);
    for (const [, width, height] of sizes) {
      expect(width).toBeGreaterThanOrEqual(24);
      expect(height).toBeGreaterThanOrEqual(24);
    }
  });

  it("shows legend counts that add up to 51 and links the federal page", async () => {
    const page = await site.open("/");
    const legend = await page.locator(".legend-coverage li").allTextContents();
    const total = legend.reduce((sum, text) => sum + Number(text.match(/(\d+) states?/)?.[1] ?? 0), 0);
    expect(total).toBe(51);
    await page.getByRole("link", { name: "Read about federal convictions" }).click();
    await page.waitForURL("**/federal");
  });

  it("has no axe violations in the default view", async () => {
    const page = await site.open("/");
    await expectNoAxeViolations(page, "/");
  });
});
