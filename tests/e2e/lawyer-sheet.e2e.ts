import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { answerRevealing, expectNoAxeViolations, setupSite } from "./harness";

const site = setupSite();

const stepHeading = (page: Page) => page.getByRole("main").getByRole("heading", { level: 2 }).first();

interface OpenDataHelp {
  name: string;
  phone: string | null;
}

/** New York's legal help as the open data gives it, read outside the page so the page's own requests stay clean. */
async function newYorkHelp(): Promise<OpenDataHelp[]> {
  const data = (await (await fetch(`${site.baseURL}/data/relief-laws.json`)).json()) as {
    jurisdictions: Array<{ code: string; howToApply: { legalHelp: OpenDataHelp[] } }>;
  };
  return data.jurisdictions.find((entry) => entry.code === "NY")!.howToApply.legalHelp;
}

describe("the sheet to take to a lawyer or advocate", () => {
  it("is built in the browser from the answers, prints, clears, and sends nothing", async () => {
    const help = await newYorkHelp();
    expect(help.length, "New York lists legal help in our data").toBeGreaterThan(0);
    const page = await site.open("/check");
    await expect.poll(() => page.getByRole("button", { name: "Next" }).isEnabled()).toBe(true);
    await page.waitForLoadState("networkidle");
    const requests: string[] = [];
    page.on("request", (request) => requests.push(`${request.method()} ${request.url()}`));
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => {
        (window as unknown as { printed: number }).printed += 1;
      };
    });

    const main = page.getByRole("main");
    await main.getByText(/A state court/).click();
    await main.getByRole("combobox", { name: "Which state?" }).selectOption("NY");
    const next = main.getByRole("button", { name: "Next" });
    await next.click();
    for (const choice of ["18 or older", "Labor trafficking", "Drugs", "A conviction"]) {
      await main.getByRole("radio", { name: choice, exact: true }).click();
      await next.click();
    }
    await main.getByRole("button", { name: "See what may fit" }).click();
    await expect.poll(() => stepHeading(page).textContent()).toBe("Your result: New York");

    await main.getByRole("button", { name: "Take this to a lawyer or advocate" }).click();
    await expect.poll(() => stepHeading(page).textContent()).toBe("For a lawyer or advocate: New York");
    const sheet = main.locator(".lawyer-sheet");
    const laws = sheet.getByRole("region", { name: "Laws that may fit in New York, and why" });
    expect(await laws.getByRole("heading", { name: /440\.10/ }).count(), "the law that fits, by its citation").toBeGreaterThan(0);
    expect(await laws.textContent()).toContain("Likely fits");
    const answers = await sheet.getByRole("region", { name: "The answers given" }).textContent();
    for (const answer of ["New York", "18 or older", "Labor trafficking", "Drugs", "A conviction"]) expect(answers).toContain(answer);
    expect(await sheet.getByRole("region", { name: "How to apply in New York" }).textContent()).toMatch(/Where to file.*What to file.*Documents that help.*Fees/s);
    const helpSection = sheet.getByRole("region", { name: "Legal help in New York" });
    for (const entry of help) {
      expect(await helpSection.textContent(), entry.name).toContain(entry.name);
      if (entry.phone) expect(await helpSection.getByRole("link", { name: entry.phone }).getAttribute("href")).toMatch(/^tel:\+?\d+$/);
    }
    expect(await helpSection.getByRole("link", { name: "Call 1-888-373-7888" }).count()).toBe(1);
    await expectNoAxeViolations(page, "/check lawyer sheet");

    await main.getByRole("button", { name: "Print or save as PDF" }).click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    await page.emulateMedia({ media: "print" });
    expect(await sheet.isVisible()).toBe(true);
    expect(await laws.isVisible()).toBe(true);
    for (const hidden of [".site-header", ".site-footer", ".quick-exit", ".copy-link", ".check-page > h1"]) {
      expect(await page.locator(hidden).first().isVisible(), `${hidden} stays off paper`).toBe(false);
    }
    expect(await main.getByRole("button", { name: "Print or save as PDF" }).isVisible()).toBe(false);
    const pdf = await page.pdf({ format: "Letter" });
    expect(pdf.subarray(0, 4).toString()).toBe("%PDF");
    await page.emulateMedia({ media: "screen" });

    await main.getByRole("button", { name: "Clear answers" }).click();
    await expect.poll(() => stepHeading(page).textContent()).toBe("Step 1 of 6: Where the case was");
    expect(await main.getByRole("status").filter({ hasText: "Your answers are cleared" }).count()).toBe(1);
    expect(await main.locator(".lawyer-sheet").count()).toBe(0);
    expect(await main.getByRole("radio", { name: /A state court/ }).isChecked()).toBe(false);
    await page.goBack();
    await expect.poll(() => stepHeading(page).textContent()).toBe("Step 1 of 6: Where the case was");
    expect(await main.textContent()).not.toContain("New York");

    expect(answerRevealing(requests), "answering, the sheet, printing and clearing send nothing").toEqual([]);
    expect(page.url()).toBe(`${site.baseURL}/check`);
    expect(await page.evaluate(() => [localStorage.length, sessionStorage.length, document.cookie])).toEqual([0, 0, ""]);
  });

  it("reads on a 360 px phone without sideways scrolling", async () => {
    const page = await site.open("/check?state=ny&age=adult&trafficking=labor&offense=drugs&record=conviction", { width: 360 });
    const main = page.getByRole("main");
    await expect.poll(() => main.getByRole("button", { name: "See what may fit" }).isEnabled()).toBe(true);
    await main.getByRole("button", { name: "See what may fit" }).click();
    await main.getByRole("button", { name: "Take this to a lawyer or advocate" }).click();
    await expect.poll(() => stepHeading(page).textContent()).toBe("For a lawyer or advocate: New York");
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page, "/check lawyer sheet at 360 px");
  });
});
