import axe from "axe-core";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, expect, inject } from "vitest";
import { CHROMIUM_FLAGS, findChromium } from "./chromium.mjs";

export interface OpenOptions {
  /** Other origins this visit may reach; they are answered with a stub page, never fetched. */
  stubOrigins?: string[];
  /** Viewport width in CSS pixels (default 1280). */
  width?: number;
  /** Disable JavaScript, as some survivors' browsers do. */
  javaScript?: boolean;
  /** Turn the site's Content-Security-Policy off (only to test the harness's own guard behind it). */
  bypassCSP?: boolean;
  /** The page itself is expected to answer 404, so the browser's note about it is not an error. */
  expectNotFound?: boolean;
}

export interface Site {
  baseURL: string;
  /** Opens a path in a fresh browser context (no cookies, no storage) with the guards attached. */
  open(path: string, options?: OpenOptions): Promise<Page>;
  /** Problems seen since the test began: console errors, page errors, failed or foreign requests. */
  problems(): string[];
  /** Forget the problems seen so far (only for tests of the guard itself). */
  forgive(): void;
  contexts(): BrowserContext[];
}

/** Registers hooks that start Chromium once per file and fail any test whose pages misbehave. */
export function setupSite(): Site {
  const baseURL = inject("baseURL");
  const origin = new URL(baseURL).origin;
  let browser: Browser | undefined;
  let open: BrowserContext[] = [];
  let seen: string[] = [];

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_FLAGS });
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(async () => {
    const problems = seen;
    seen = [];
    await Promise.all(open.map((context) => context.close()));
    open = [];
    expect(problems, "the pages visited must not log errors or contact other hosts").toEqual([]);
  });

  return {
    baseURL,
    problems: () => seen,
    forgive: () => {
      seen = [];
    },
    contexts: () => open,
    async open(path, options = {}) {
      if (!browser) throw new Error("Chromium is not running");
      const context = await browser.newContext({
        baseURL,
        viewport: { width: options.width ?? 1280, height: 900 },
        javaScriptEnabled: options.javaScript ?? true,
        bypassCSP: options.bypassCSP ?? false,
      });
      open.push(context);
      const stubs = new Set(options.stubOrigins ?? []);
      await context.route("**/*", async (route) => {
        const url = new URL(route.request().url());
        if (url.origin === origin || url.protocol === "data:") return route.continue();
        if (stubs.has(url.origin)) {
          return route.fulfill({ status: 200, contentType: "text/html", body: "<!doctype html><title>Weather</title><h1>Weather</h1>" });
        }
        seen.push(`request to another origin: ${url.href}`);
        return route.abort("blockedbyclient");
      });
      const page = await context.newPage();
      page.on("console", (message) => {
        if (message.type() !== "error") return;
        const ownNotFound =
          options.expectNotFound && message.text().includes("status of 404") && message.location().url === page.url();
        if (!ownNotFound) seen.push(`console error on ${page.url()}: ${message.text()}`);
      });
      page.on("pageerror", (error) => seen.push(`uncaught error on ${page.url()}: ${error.message}`));
      page.on("requestfailed", (request) => {
        const url = new URL(request.url());
        const scriptsOff = options.javaScript === false && request.resourceType() === "script";
        if (url.origin === origin && !scriptsOff && request.failure()?.errorText !== "net::ERR_ABORTED") {
          seen.push(`request failed: ${request.url()} (${request.failure()?.errorText})`);
        }
      });
      page.on("response", (response) => {
        if (response.request().resourceType() !== "document" && response.status() >= 400) {
          seen.push(`HTTP ${response.status()} for ${response.url()}`);
        }
      });
      await page.addInitScript(() => {
        document.addEventListener("securitypolicyviolation", (event) => {
          console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || "inline code"}`);
        });
      });
      await page.goto(path, { waitUntil: "load" });
      return page;
    },
  };
}

/** Runs axe-core (WCAG 2.0–2.2 A and AA rules) in the page and returns readable violations. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axe.source);
  const results = await page.evaluate(() =>
    (window as unknown as { axe: typeof axe }).axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] },
    }),
  );
  return results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes
        .slice(0, 3)
        .map((node) => node.target.join(" "))
        .join(" | ")}`,
  );
}

export async function expectNoAxeViolations(page: Page, where = page.url()) {
  expect(await axeViolations(page), `axe violations on ${where}`).toEqual([]);
}

/**
 * Of the requests ("METHOD url") a page made while the person used the check, those that could say anything about the answers.
 * Not counted: files that are the same for everyone whatever the answers: the shell links' page data (Next.js may
 * prefetch it on intent), the build's static files, and the check's one details file per language.
 */
const SHELL_PATHS = new Set(["/", "/states", "/compare", "/check", "/about", "/federal"]);
const CHECK_DETAILS = /^\/data\/check\/(en|es)\.json$/;
export const answerRevealing = (requests: string[]): string[] =>
  requests.filter((entry) => {
    const [method, href] = entry.split(" ");
    const url = new URL(href!);
    const sameForEveryone =
      (url.searchParams.has("_rsc") && SHELL_PATHS.has(url.pathname.replace(/^\/es(?=\/|$)/, "") || "/")) ||
      (url.search === "" && (url.pathname.startsWith("/_next/static/") || CHECK_DETAILS.test(url.pathname)));
    return !(method === "GET" && sameForEveryone);
  });
