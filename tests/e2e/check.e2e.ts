import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { answerRevealing, expectNoAxeViolations, setupSite } from "./harness";

const site = setupSite();

const isFocused = (locator: Locator) => locator.evaluate((element) => element === document.activeElement);

/** Presses Tab until the locator has focus; fails if it takes more than max presses. */
async function tabTo(page: Page, locator: Locator, max = 12) {
  for (let presses = 0; presses < max; presses++) {
    if (await isFocused(locator)) return;
    await page.keyboard.press("Tab");
  }
  expect(await isFocused(locator), "reached by Tab").toBe(true);
}

const stepHeading = (page: Page) => page.getByRole("main").getByRole("heading", { level: 2 }).first();

/** Waits until React runs the check (its buttons stay disabled in the prerendered HTML). */
async function openCheck(path = "/check", width?: number) {
  const page = await site.open(path, { width });
  await expect.poll(() => page.getByRole("button", { name: /^(Next|See what may fit)$/ }).isEnabled()).toBe(true);
  return page;
}

/** Records every request from now on, so a test can show that answering sends nothing. */
async function watchRequests(page: Page) {
  await page.waitForLoadState("networkidle");
  const requests: string[] = [];
  page.on("request", (request) => requests.push(`${request.method()} ${request.url()}`));
  return requests;
}

describe("the private check", () => {
  it("works with the keyboard alone, announces each step, passes axe at every step and sends nothing", async () => {
    const page = await openCheck();
    const requests = await watchRequests(page);
    const main = page.getByRole("main");
    await expectNoAxeViolations(page, "/check step 1");

    const stateCourt = main.getByRole("radio", { name: /A state court/ });
    await tabTo(page, stateCourt, 30);
    await page.keyboard.press("Space");
    const select = main.getByRole("combobox", { name: "Which state?" });
    await page.keyboard.press("Tab");
    expect(await isFocused(select)).toBe(true);
    await page.keyboard.type("Missouri");
    expect(await select.inputValue()).toBe("MO");
    await expectNoAxeViolations(page, "/check step 1 with a state chosen");
    await tabTo(page, main.getByRole("button", { name: "Next" }));
    await page.keyboard.press("Enter");

    const steps: Array<[string, string, number]> = [
      ["Step 2 of 6: Your age", "18 or older", 1],
      ["Step 3 of 6: The trafficking", "Labor trafficking", 1],
      ["Step 4 of 6: The offense", "Theft or property", 2],
      ["Step 5 of 6: The record", "A conviction", 0],
    ];
    for (const [heading, choice, arrowPresses] of steps) {
      await expect.poll(() => stepHeading(page).textContent()).toBe(heading);
      expect(await isFocused(stepHeading(page)), `${heading} has focus`).toBe(true);
      await expectNoAxeViolations(page, `/check ${heading}`);
      await page.keyboard.press("Tab");
      for (let press = 0; press < arrowPresses; press++) await page.keyboard.press("ArrowDown");
      if (arrowPresses === 0) await page.keyboard.press("Space");
      expect(await main.getByRole("radio", { name: choice, exact: true }).isChecked()).toBe(true);
      await tabTo(page, main.getByRole("button", { name: "Next" }));
      await page.keyboard.press("Enter");
    }

    await expect.poll(() => stepHeading(page).textContent()).toBe("Step 6 of 6: Check your answers");
    expect(await isFocused(stepHeading(page))).toBe(true);
    const review = main.locator(".check-review");
    for (const answer of ["Missouri", "18 or older", "Labor trafficking", "Theft or property", "A conviction"]) {
      expect(await review.textContent()).toContain(answer);
    }
    await expectNoAxeViolations(page, "/check review");
    await tabTo(page, main.getByRole("button", { name: "See what may fit" }));
    await page.keyboard.press("Enter");

    await expect.poll(() => stepHeading(page).textContent()).toBe("Your result: Missouri");
    expect(await isFocused(stepHeading(page))).toBe(true);
    const verdict = main.locator(".check-verdict", { hasText: "610.131" });
    expect(await verdict.textContent()).toContain("Does not fit — because adults are not covered");
    // What to do next: general relief, legal help and the federal route, never the ruled-out law's filing steps.
    const next = main.getByRole("region", { name: "What to do next" });
    expect(await next.getByRole("heading", { name: "General record relief in Missouri" }).count()).toBe(1);
    expect(await next.getByRole("heading", { name: /How to apply/ }).count()).toBe(0);
    expect(await main.getByRole("link", { name: "All the steps to apply in Missouri" }).count()).toBe(0);
    expect(await next.textContent()).not.toContain("610.131");
    expect(await next.textContent()).toContain("Talk to a lawyer or a legal aid group");
    expect(await next.getByRole("link", { name: "See federal convictions" }).getAttribute("href")).toBe("/federal");
    expect(await next.getByRole("link", { name: "Call 1-888-373-7888" }).getAttribute("href")).toBe("tel:18883737888");
    await expectNoAxeViolations(page, "/check result");

    expect(page.url()).toBe(`${site.baseURL}/check`);
    expect(answerRevealing(requests), "answering must not send a request").toEqual([]);
    const details = requests.filter((entry) => entry.includes("/data/check/")).map((entry) => new URL(entry.split(" ")[1]!).pathname);
    expect(details, "the details file loads once, when the person starts, not with the page").toEqual(["/data/check/en.json"]);
  });

  it("works with a mouse: New York, 30, labor trafficking, drug conviction likely fits", async () => {
    const page = await openCheck();
    const requests = await watchRequests(page);
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
    const verdict = main.locator(".check-verdict", { hasText: "440.10" });
    expect(await verdict.locator(".check-fit").textContent()).toBe("✓ Likely fits");
    expect(await main.getByRole("heading", { name: /General record relief/ }).count()).toBe(0);
    await expectNoAxeViolations(page, "/check New York result");

    await main.getByRole("button", { name: "Change my answers" }).click();
    await main.getByRole("button", { name: "Change your answer: Your age" }).click();
    await main.getByRole("radio", { name: "Under 18", exact: true }).click();
    await next.click();
    await expect.poll(() => stepHeading(page).textContent()).toBe("Step 6 of 6: Check your answers");
    expect(await main.locator(".check-review").textContent()).toContain("Under 18");
    expect(answerRevealing(requests)).toEqual([]);
  });

  it("asks for the court before going on, and says why", async () => {
    const page = await openCheck();
    const main = page.getByRole("main");
    await main.getByRole("button", { name: "Next" }).click();
    expect(await main.getByText("Choose the kind of court that handled the case.").isVisible()).toBe(true);
    expect(await isFocused(main.getByRole("radio", { name: /A state court/ }))).toBe(true);
    await expectNoAxeViolations(page, "/check with a missing answer");
  });

  it("copies a link to the answers only on request, and the link fills in the review", async () => {
    const page = await openCheck();
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: site.baseURL });
    const main = page.getByRole("main");
    await main.getByText(/A state court/).click();
    await main.getByRole("combobox", { name: "Which state?" }).selectOption("MO");
    const next = main.getByRole("button", { name: "Next" });
    await next.click();
    await main.getByRole("radio", { name: "Under 18", exact: true }).click();
    for (let step = 2; step <= 5; step++) await next.click();
    await main.getByRole("button", { name: "See what may fit" }).click();
    expect(page.url()).toBe(`${site.baseURL}/check`);

    await main.getByRole("button", { name: "Copy a link to these answers" }).click();
    await expect.poll(() => main.getByRole("status").last().textContent()).toMatch(/Link copied/);
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toBe(`${site.baseURL}/check?state=mo&age=under-18`);

    const opened = await openCheck(link.replace(site.baseURL, ""));
    await expect.poll(() => stepHeading(opened).textContent()).toBe("Step 6 of 6: Check your answers");
    const review = opened.getByRole("main").locator(".check-review");
    expect(await review.textContent()).toContain("Missouri");
    expect(await review.textContent()).toContain("Under 18");
    await expect.poll(() => opened.url()).toBe(`${site.baseURL}/check`);
    await expectNoAxeViolations(opened, "/check opened from a copied link");
  });

  it("shows the link to copy by hand when the clipboard refuses", async () => {
    const page = await openCheck("/check?state=federal");
    await page.evaluate(() => {
      Object.defineProperty(navigator, "clipboard", { value: { writeText: () => Promise.reject(new Error("denied")) } });
    });
    const main = page.getByRole("main");
    await main.getByRole("button", { name: "See what may fit" }).click();
    await main.getByRole("button", { name: "Copy a link to these answers" }).click();
    const field = main.getByRole("textbox", { name: "Link to these answers" });
    expect(await field.inputValue()).toBe(`${site.baseURL}/check?state=federal`);
    expect(await isFocused(field)).toBe(true);
    await expectNoAxeViolations(page, "/check with the link shown to copy");
  });

  it("ignores unknown values in a link, says so as plain text", async () => {
    const page = await openCheck("/check?state=atlantis&age=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&offense=drugs");
    const main = page.getByRole("main");
    const note = main.getByRole("status").filter({ hasText: "did not recognise" });
    await expect.poll(() => note.textContent()).toContain("state=“atlantis”");
    expect(await note.textContent()).toContain("age=“<img src=x onerror=alert(1)>”");
    expect(await main.locator("img").count()).toBe(0);
    expect(await main.locator(".check-review").textContent()).toContain("Drugs");
    await main.getByRole("button", { name: "See what may fit" }).click();
    expect(await isFocused(main.getByRole("radio", { name: /A state court/ }))).toBe(true);
    await expectNoAxeViolations(page, "/check opened from a link with unknown values");
  });

  it("fits a 320 px phone at the result, with no sideways scrolling", async () => {
    const page = await openCheck("/check?state=oh&age=adult&trafficking=both&offense=other&record=not-sure", 320);
    await page.getByRole("main").getByRole("button", { name: "See what may fit" }).click();
    await expect.poll(() => stepHeading(page).textContent()).toBe("Your result: Ohio");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page, "/check result at 320 px");
  });

  it("Texas, juvenile record: only the juvenile-court law may fit, and the general relief is shown whole", async () => {
    const page = await openCheck("/check?state=tx&age=under-18&trafficking=sex&offense=theft&record=juvenile");
    const main = page.getByRole("main");
    await main.getByRole("button", { name: "See what may fit" }).click();
    await expect.poll(() => stepHeading(page).textContent()).toBe("Your result: Texas");
    const next = main.getByRole("region", { name: "What to do next" });
    expect(await main.locator(".check-verdict", { hasText: "54.04012" }).textContent()).toMatch(/May fit/);
    const general = await next.getByRole("region", { name: "General record relief in Texas" }).textContent();
    expect(general).toMatch(/Expunction/);
    expect(general, "both of the two tools it announces are named").toMatch(/nondisclosure/);
    expect(general).not.toContain("…");
  });

  it("Back inside the check goes one step back with the answers kept, and coming back from a result link restores the result", async () => {
    const page = await openCheck();
    const requests = await watchRequests(page);
    const main = page.getByRole("main");
    await main.getByText(/A state court/).click();
    await main.getByRole("combobox", { name: "Which state?" }).selectOption("MO");
    const next = main.getByRole("button", { name: "Next" });
    await next.click();
    await main.getByRole("radio", { name: "18 or older", exact: true }).click();
    await next.click();
    await main.getByRole("radio", { name: "Labor trafficking", exact: true }).click();
    await next.click();
    await expect.poll(() => stepHeading(page).textContent()).toBe("Step 4 of 6: The offense");

    await page.goBack();
    await expect.poll(() => stepHeading(page).textContent()).toBe("Step 3 of 6: The trafficking");
    expect(await main.getByRole("radio", { name: "Labor trafficking", exact: true }).isChecked()).toBe(true);
    await page.goBack();
    await expect.poll(() => stepHeading(page).textContent()).toBe("Step 2 of 6: Your age");
    expect(await main.getByRole("radio", { name: "18 or older", exact: true }).isChecked()).toBe(true);
    await page.goForward();
    await expect.poll(() => stepHeading(page).textContent()).toBe("Step 3 of 6: The trafficking");
    // The on-page Back does the same as the browser's.
    await main.getByRole("button", { name: "Back" }).click();
    await expect.poll(() => stepHeading(page).textContent()).toBe("Step 2 of 6: Your age");
    expect(page.url()).toBe(`${site.baseURL}/check`);

    for (let step = 2; step <= 5; step++) await next.click();
    await main.getByRole("button", { name: "See what may fit" }).click();
    await expect.poll(() => stepHeading(page).textContent()).toBe("Your result: Missouri");
    expect(answerRevealing(requests), "moving between steps sends nothing").toEqual([]);

    await main.getByRole("link", { name: "About this law on the Missouri page" }).click();
    await page.waitForURL("**/states/missouri#relief-heading");
    await page.goBack();
    await page.waitForURL("**/check");
    await expect.poll(() => stepHeading(page).textContent()).toBe("Your result: Missouri");
    expect(await main.locator(".check-verdict", { hasText: "610.131" }).textContent()).toContain("Does not fit — because adults are not covered");
    expect(await page.evaluate(() => [localStorage.length, sessionStorage.length, document.cookie])).toEqual([0, 0, ""]);
  });

  it("after a quick exit from the result, neither Back nor Forward brings the answers back", async () => {
    const exit = "https://www.weather.gov";
    const page = await site.open("/about", { stubOrigins: [exit] });
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Could I qualify?" }).click();
    await page.waitForURL("**/check");
    await expect.poll(() => page.getByRole("button", { name: "Next" }).isEnabled()).toBe(true);
    const main = page.getByRole("main");
    await main.getByText(/A state court/).click();
    await main.getByRole("combobox", { name: "Which state?" }).selectOption("MO");
    const next = main.getByRole("button", { name: "Next" });
    for (let step = 1; step <= 5; step++) await next.click();
    await main.getByRole("button", { name: "See what may fit" }).click();
    await expect.poll(() => stepHeading(page).textContent()).toBe("Your result: Missouri");
    await page.getByRole("link", { name: /Leave this site quickly/ }).click();
    await page.waitForURL(`${exit}/**`);

    const showsAnswers = async () => {
      await page.waitForLoadState("load");
      if (!page.url().startsWith(site.baseURL)) return false;
      await page.waitForTimeout(300);
      return page.evaluate(() => {
        const heading = document.querySelector(".check-wizard h2")?.textContent ?? "";
        const chosen = document.querySelector<HTMLSelectElement>(".check-wizard select")?.value ?? "";
        const checked = document.querySelectorAll(".check-wizard input:checked").length;
        return /Your result|Check your answers|lawyer/.test(heading) || chosen !== "" || checked > 0;
      });
    };
    await page.goBack();
    expect(page.url(), "Back goes to the page before the check, not to it").toBe(`${site.baseURL}/about`);
    expect(await showsAnswers()).toBe(false);
    for (let press = 0; press < 4; press++) {
      await page.goForward().catch(() => null);
      expect(await showsAnswers(), `Forward ${press + 1}: ${page.url()}`).toBe(false);
    }
  });

  it("without JavaScript, explains itself and cannot send an answer", async () => {
    const page = await site.open("/check", { javaScript: false });
    const main = page.getByRole("main");
    expect(await main.textContent()).toContain("This check needs JavaScript");
    expect(await main.getByRole("button", { name: "Next" }).isDisabled()).toBe(true);
  });
});
