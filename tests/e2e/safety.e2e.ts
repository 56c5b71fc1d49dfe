import { describe, expect, it } from "vitest";
import { setupSite } from "./harness";
import { isNotFound, ROUTES } from "./routes";

const site = setupSite();
const EXIT_ORIGIN = "https://www.weather.gov";


describe("quick exit", () => {
  it("leaves at once from the button, and Back does not return to this site", async () => {
    const page = await site.open("/states/missouri", { stubOrigins: [EXIT_ORIGIN] });
    await page.getByRole("link", { name: /Leave this site quickly/ }).click();
    await page.waitForURL(`${EXIT_ORIGIN}/**`);
    await page.goBack();
    expect(page.url().startsWith(site.baseURL)).toBe(false);
  });

  it("hides everything behind a blank overlay while the exit page loads", async () => {
    // leaveNow() adds this class before it navigates (see quick-exit.test.tsx); a cross-site
    // navigation in flight cannot be inspected, so the overlay's effect is checked directly.
    const page = await site.open("/states/missouri");
    await page.evaluate(() => document.documentElement.classList.add("exiting"));
    expect(await page.getByRole("heading", { level: 1 }).isVisible()).toBe(false);
    expect(await page.locator(".quick-exit-button").isVisible()).toBe(false);
    expect(await page.locator(".exit-overlay").evaluate((overlay) => getComputedStyle(overlay).position)).toBe("fixed");
  });

  it("leaves when Shift is pressed three times, but not while typing capitals", async () => {
    const page = await site.open("/states/new-york", { stubOrigins: [EXIT_ORIGIN] });
    await page.getByRole("combobox").first().click();
    await page.getByRole("combobox").first().fill("");
    await page.keyboard.type("New York");
    await page.keyboard.press("Shift+N");
    expect(page.url()).toContain("/states/new-york");
    await page.keyboard.press("Shift");
    await page.keyboard.press("Shift");
    expect(await page.getByRole("status").filter({ hasText: "more time" }).textContent()).toMatch(/1 more time/);
    await page.keyboard.press("Shift");
    await page.waitForURL(`${EXIT_ORIGIN}/**`);
    await page.goBack();
    expect(page.url().startsWith(site.baseURL)).toBe(false);
  });

});

describe("the quick-exit hint promises only what is true", () => {
  it("with JavaScript, names the Shift shortcut and that Back will not return to this page", async () => {
    const page = await site.open("/states/missouri");
    const hint = page.getByRole("complementary", { name: "About quick exit" });
    expect(await hint.innerText()).toMatch(/Shift key three times/);
    expect(await hint.innerText()).toMatch(/Back will not return to this page/);
  });

  it("without JavaScript, promises neither the shortcut nor that Back skips this page", async () => {
    const page = await site.open("/states/missouri", { javaScript: false });
    const hint = page.getByRole("complementary", { name: "About quick exit" });
    const shown = await hint.innerText();
    expect(shown).not.toMatch(/Shift/);
    expect(shown).not.toMatch(/will not return/);
    expect(shown).toMatch(/Back will return here/);
    expect(await hint.getByRole("button").count(), "no dismiss button that cannot work").toBe(0);
    expect(await page.getByRole("link", { name: /Leave this site quickly/ }).getAttribute("href")).toBe("https://www.weather.gov/");
  });
});

describe("privacy and headers", () => {
  // One visit per route, English and Spanish, checks everything a page must always do; the harness
  // fails the test on any console error, CSP violation or request to another host.
  it("on every route: one quick exit, no cookie, nothing stored, the CSP enforced with no violation", async () => {
    for (const route of ROUTES) {
      const page = await site.open(route, { expectNotFound: isNotFound(route) });
      // An unknown address has no language, so it gets the English 404 page.
      const quickExit = route.startsWith("/es") && !isNotFound(route) ? /Salir rápido de este sitio/ : /Leave this site quickly/;
      expect(await page.getByRole("link", { name: quickExit }).count(), route).toBe(1);
      expect(await page.evaluate(() => typeof (window as unknown as Record<string, unknown>).__next_f), route).toBe("object");
      await page.waitForLoadState("networkidle");
      expect(await page.context().cookies(), route).toEqual([]);
      expect(await page.evaluate(() => [localStorage.length, sessionStorage.length]), route).toEqual([0, 0]);
      await page.context().close();
    }
  }, 240_000);

  it("sends the security headers on pages and data downloads", async () => {
    for (const path of ["/", "/states/missouri", "/es/states/missouri", "/compare", "/changes.xml", "/data/relief-laws.json", "/data/relief-laws.csv", "/data/relief-laws.schema.json"]) {
      const response = await fetch(`${site.baseURL}${path}`);
      const csp = response.headers.get("content-security-policy") ?? "";
      expect(csp, path).toMatch(/script-src 'self'/);
      expect(csp, path).not.toMatch(/unsafe-inline'[^;]*;\s*style|script-src[^;]*unsafe-(inline|eval)/);
      expect(csp, path).toContain("frame-ancestors 'none'");
      expect(response.headers.get("referrer-policy"), path).toBe("no-referrer");
      expect(response.headers.get("x-content-type-options"), path).toBe("nosniff");
      expect(response.headers.get("permissions-policy"), path).toMatch(/camera=\(\).*microphone=\(\).*geolocation=\(\)/);
      expect(response.headers.get("strict-transport-security"), path).toMatch(/max-age=\d+/);
      expect(response.headers.get("set-cookie"), path).toBeNull();
    }
  });

  it("opens outbound links without a referrer", async () => {
    const page = await site.open("/states/new-york");
    const rels = await page.locator("main a[href^='http']").evaluateAll((links) => links.map((link) => link.getAttribute("rel")));
    expect(rels.length).toBeGreaterThan(3);
    for (const rel of rels) expect(rel).toMatch(/noopener noreferrer/);
  });
});
