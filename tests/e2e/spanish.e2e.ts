import { describe, expect, it } from "vitest";
import { expectNoAxeViolations, setupSite } from "./harness";

const site = setupSite();
const EXIT_ORIGIN = "https://www.weather.gov";

describe("the Spanish edition", () => {
  it("says on /es/states/missouri, in Spanish, that only people under 18 are covered, and only for prostitution", async () => {
    const page = await site.open("/es/states/missouri");
    expect(await page.locator("html").getAttribute("lang")).toBe("es");
    const main = page.getByRole("main");
    expect(await main.locator(".coverage-line").textContent()).toContain("Solo menores de edad");
    expect(await main.locator(".verdict").textContent()).toMatch(/menos de 18 años/);
    const who = await main.locator("#who-heading + p").textContent();
    expect(who).toMatch(/menos de 18 años/);
    expect(who).toMatch(/prostitución/);
    expect(await main.textContent()).toContain("Mo. Rev. Stat. § 610.131");
    await expectNoAxeViolations(page);
  });

  it("says on /es/states/new-york that any age and any offense are covered", async () => {
    const page = await site.open("/es/states/new-york");
    const main = page.getByRole("main");
    expect(await main.locator(".coverage-line").textContent()).toContain("Amplia");
    const text = (await main.textContent()) ?? "";
    expect(text).toMatch(/cualquier edad/i);
    expect(text).toMatch(/cualquier delito/i);
  });

  it("links each page to its twin: hreflang both ways, and a language link that keeps the page", async () => {
    const spanish = await site.open("/es/states/texas");
    expect(await spanish.locator('link[rel="alternate"][hreflang="en"]').getAttribute("href")).toMatch(/\/states\/texas$/);
    expect(await spanish.locator('link[rel="alternate"][hreflang="es"]').getAttribute("href")).toMatch(/\/es\/states\/texas$/);
    await spanish.getByRole("link", { name: "Read this page in English" }).click();
    await spanish.waitForURL("**/states/texas");
    expect(new URL(spanish.url()).pathname).toBe("/states/texas");
    expect(await spanish.locator("html").getAttribute("lang")).toBe("en");
    expect(await spanish.locator('link[rel="alternate"][hreflang="es"]').getAttribute("href")).toMatch(/\/es\/states\/texas$/);
    await spanish.getByRole("link", { name: "Leer esta página en español" }).click();
    await spanish.waitForURL("**/es/states/texas");
  });

  it("keeps the compared pair when switching language", async () => {
    const page = await site.open("/compare?a=mo&b=ny");
    await page.getByRole("link", { name: "Leer esta página en español" }).click();
    await page.waitForURL("**/es/compare?a=mo&b=ny");
    expect(await page.locator("html").getAttribute("lang")).toBe("es");
  });

  it("says once on each Spanish page that the English text is the reference, and links to it", async () => {
    for (const path of ["/es", "/es/check", "/es/changes"]) {
      const page = await site.open(path);
      const notices = page.locator(".reference-notice");
      expect(await notices.count()).toBe(1);
      expect(await notices.textContent()).toMatch(/vale el texto en inglés/);
      expect(await notices.getByRole("link").getAttribute("href")).toBe(path.slice(3) || "/");
      await page.context().close();
    }
    const english = await site.open("/states/missouri");
    expect(await english.locator(".reference-notice").count()).toBe(0);
  });

  it("finds New York and Missouri from their Spanish names, with or without accents", async () => {
    const page = await site.open("/es");
    const box = page.getByRole("combobox").first();
    await box.fill("Nueva York");
    expect(await page.getByRole("option").first().textContent()).toContain("New York");
    await box.fill("misuri");
    expect(await page.getByRole("option").first().textContent()).toContain("Missouri");
    await page.keyboard.press("Enter");
    await page.waitForURL("**/es/states/missouri");
  });

  it("sends an exact Spanish name straight to the Spanish page without JavaScript", async () => {
    const page = await site.open("/es/search?q=Nueva%20York", { javaScript: false });
    expect(new URL(page.url()).pathname).toBe("/es/states/new-york");
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("New York");
  });

  it("leaves at once in Spanish too: the button and Shift pressed three times", async () => {
    const page = await site.open("/es/states/missouri", { stubOrigins: [EXIT_ORIGIN] });
    await page.getByRole("link", { name: /Salir rápido de este sitio/ }).click();
    await page.waitForURL(`${EXIT_ORIGIN}/**`);
    const again = await site.open("/es/check", { stubOrigins: [EXIT_ORIGIN] });
    await again.locator("body").click({ position: { x: 5, y: 400 } });
    for (let press = 0; press < 3; press++) await again.keyboard.press("Shift");
    await again.waitForURL(`${EXIT_ORIGIN}/**`);
  });

  it("sends the check's words in the page's language only", async () => {
    const scriptsOf = async (path: string) => {
      const html = await (await fetch(`${site.baseURL}${path}`)).text();
      const sources = [...html.matchAll(/<script src="([^"]+\.js)"/g)].map((match) => match[1]!);
      return (await Promise.all(sources.map(async (source) => (await fetch(`${site.baseURL}${source}`)).text()))).join("\n");
    };
    const [english, spanish] = await Promise.all([scriptsOf("/check"), scriptsOf("/es/check")]);
    expect(english).toContain("Loading the steps to apply");
    expect(english).not.toContain("Cargando los pasos");
    expect(spanish).toContain("Cargando los pasos");
    expect(spanish).not.toContain("Loading the steps to apply");
  });
});
