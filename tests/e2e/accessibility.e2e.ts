import { describe, it } from "vitest";
import { expectNoAxeViolations, setupSite } from "./harness";
import { isNotFound, ROUTES } from "./routes";

const site = setupSite();

describe("accessibility", () => {
  it("axe finds no WCAG 2.2 A or AA violation on any route", async () => {
    for (const route of ROUTES) {
      const page = await site.open(route, { expectNotFound: isNotFound(route) });
      await page.waitForLoadState("networkidle");
      await expectNoAxeViolations(page, route);
      await page.context().close();
    }
  }, 420_000);

  it("axe finds no violation on a 320 px phone", async () => {
    for (const route of ["/", "/states/new-york", "/compare?a=mo&b=ny", "/check", "/states", "/es/states/new-york", "/es/changes"]) {
      const page = await site.open(route, { width: 320 });
      await expectNoAxeViolations(page, `${route} at 320 px`);
      await page.context().close();
    }
  }, 120_000);
});
