// npm run bench [-- --check]: builds, serves the production build and reports, per route,
// HTML and first-load JS (gzip), Lighthouse (mobile) scores, plus search speed and build time.
import { readFileSync, readdirSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { gzipSync } from "node:zlib";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import ts from "typescript";
import { CHROMIUM_FLAGS, findChromium } from "../tests/e2e/chromium.mjs";
import { build, startServer } from "../tests/e2e/server.mjs";

const ROUTES = [
  { name: "home", path: "/" },
  { name: "state page", path: "/states/missouri" },
  { name: "compare", path: "/compare?a=mo&b=ny" },
  { name: "check", path: "/check" },
  { name: "states table", path: "/states" },
];

export const BUDGET = {
  ownJsKb: 20,
  performance: 95,
  accessibility: 100,
  bestPractices: 95,
  seo: 95,
  cls: 0.02,
};

const check = process.argv.includes("--check");
/** Lighthouse scores vary from run to run; the median of several runs is what the budget is checked against. */
const runsArg = process.argv.find((arg) => arg.startsWith("--runs="));
const RUNS = runsArg ? Math.max(1, Number(runsArg.slice("--runs=".length))) : 3;
const kb = (bytes) => Math.round((bytes / 1024) * 10) / 10;
const gzip = (text) => gzipSync(text, { level: 9 }).length;

function scriptSources(html) {
  return [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"([^>]*)>/g)]
    .filter((match) => !/noModule/i.test(match[2] ?? ""))
    .map((match) => match[1]);
}

async function fetchText(baseURL, url) {
  const response = await fetch(new URL(url, baseURL));
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.text();
}

/** The median time of one search over all states, in ms, run on the real search code. */
async function searchMedianMs() {
  const source = readFileSync("lib/search.ts", "utf8");
  const { outputText } = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } });
  const { searchStates } = await import(`data:text/javascript;base64,${Buffer.from(outputText).toString("base64")}`);
  const entries = readdirSync("data/states").map((file) => {
    const state = JSON.parse(readFileSync(path.join("data/states", file), "utf8"));
    return { code: state.code, name: state.name, href: `/states/${state.slug}`, aliases: [], summary: "" };
  });
  const query = "south carolinaa xyzq"; // 20 characters, forcing every tier including the fuzzy one
  const times = [];
  for (let run = 0; run < 2000; run++) {
    const start = performance.now();
    searchStates(entries, query);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Runs Lighthouse RUNS times and keeps the run with the median performance score. */
async function medianLighthouse(url, chrome) {
  const runs = [];
  for (let run = 0; run < RUNS; run++) runs.push(await lighthouseScores(url, chrome));
  const middle = median(runs.map((result) => result.performance));
  return { ...runs.find((result) => result.performance === middle), performanceRuns: runs.map((result) => result.performance) };
}

async function lighthouseScores(url, chrome) {
  const result = await lighthouse(url, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["performance", "accessibility", "best-practices", "seo"] });
  const { categories, audits } = result.lhr;
  const score = (id) => Math.round((categories[id]?.score ?? 0) * 100);
  return {
    performance: score("performance"),
    accessibility: score("accessibility"),
    bestPractices: score("best-practices"),
    seo: score("seo"),
    lcpMs: Math.round(audits["largest-contentful-paint"]?.numericValue ?? 0),
    tbtMs: Math.round(audits["total-blocking-time"]?.numericValue ?? 0),
    cls: Math.round((audits["cumulative-layout-shift"]?.numericValue ?? 0) * 1000) / 1000,
    failedAudits: Object.values(audits)
      .filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === "binary")
      .map((audit) => audit.id),
  };
}

const buildStart = performance.now();
build();
const buildSeconds = Math.round((performance.now() - buildStart) / 100) / 10;

const server = await startServer();
const chrome = await chromeLauncher.launch({ chromePath: findChromium(), chromeFlags: CHROMIUM_FLAGS });
const jsCache = new Map();
const jsGzip = async (src) => {
  if (!jsCache.has(src)) jsCache.set(src, gzip(await fetchText(server.baseURL, src)));
  return jsCache.get(src);
};

try {
  const baselineScripts = scriptSources(readFileSync(".next/server/app/_global-error.html", "utf8"));
  let baselineBytes = 0;
  for (const src of baselineScripts) baselineBytes += await jsGzip(src);

  const rows = [];
  for (const route of ROUTES) {
    const html = await fetchText(server.baseURL, route.path);
    const scripts = scriptSources(html);
    let totalJs = 0;
    let ownJs = 0;
    for (const src of scripts) {
      const size = await jsGzip(src);
      totalJs += size;
      if (!baselineScripts.includes(src)) ownJs += size;
    }
    const scores = await medianLighthouse(new URL(route.path, server.baseURL).href, chrome);
    rows.push({ ...route, htmlRawKb: kb(Buffer.byteLength(html)), htmlGzipKb: kb(gzip(html)), jsGzipKb: kb(totalJs), ownJsGzipKb: kb(ownJs), ...scores });
  }

  const report = {
    measuredAt: new Date().toISOString(),
    buildSeconds,
    frameworkBaselineJsGzipKb: kb(baselineBytes),
    searchMedianMs: Math.round((await searchMedianMs()) * 1000) / 1000,
    budget: BUDGET,
    routes: rows,
  };
  mkdirSync("bench-results", { recursive: true });
  writeFileSync("bench-results/latest.json", JSON.stringify(report, null, 2));

  const header = "| route | HTML gzip KB | JS gzip KB | our JS KB | perf | a11y | best pr. | SEO | LCP ms | TBT ms | CLS |";
  const lines = [header, header.replace(/[^|]/g, "-")];
  lines.push(`| framework baseline | | ${report.frameworkBaselineJsGzipKb} | 0 | | | | | | | |`);
  for (const row of rows) {
    lines.push(
      `| ${row.name} (${row.path}) | ${row.htmlGzipKb} | ${row.jsGzipKb} | ${row.ownJsGzipKb} | ${row.performance} | ${row.accessibility} | ${row.bestPractices} | ${row.seo} | ${row.lcpMs} | ${row.tbtMs} | ${row.cls} |`,
    );
  }
  console.log(lines.join("\n"));
  console.log(`\nLighthouse: the median of ${RUNS} runs per route (performance in each run: ${rows.map((row) => `${row.name} ${row.performanceRuns.join("/")}`).join("; ")}).`);
  console.log(`Search: median ${report.searchMedianMs} ms for a 20-character query over all states. Build: ${buildSeconds} s.`);
  console.log("Report written to bench-results/latest.json");

  if (check) {
    const broken = [];
    for (const row of rows) {
      if (row.ownJsGzipKb > BUDGET.ownJsKb) broken.push(`${row.path}: our JS ${row.ownJsGzipKb} KB > ${BUDGET.ownJsKb} KB`);
      if (row.performance < BUDGET.performance) broken.push(`${row.path}: performance ${row.performance} < ${BUDGET.performance}`);
      if (row.accessibility < BUDGET.accessibility) broken.push(`${row.path}: accessibility ${row.accessibility} < ${BUDGET.accessibility} (${row.failedAudits.join(", ")})`);
      if (row.bestPractices < BUDGET.bestPractices) broken.push(`${row.path}: best practices ${row.bestPractices} < ${BUDGET.bestPractices} (${row.failedAudits.join(", ")})`);
      if (row.seo < BUDGET.seo) broken.push(`${row.path}: SEO ${row.seo} < ${BUDGET.seo} (${row.failedAudits.join(", ")})`);
      if (row.cls > BUDGET.cls) broken.push(`${row.path}: CLS ${row.cls} > ${BUDGET.cls}`);
    }
    if (broken.length > 0) {
      console.error(`\nBudget broken:\n- ${broken.join("\n- ")}`);
      process.exitCode = 1;
    } else {
      console.log("\nAll budgets met.");
    }
  }
} finally {
  await chrome.kill();
  await server.stop();
}
