// npm run bench [-- --check] [-- --runs=N] [-- --no-build] [-- --only=/states,/check] [-- --throttling=simulate]
// Builds the site and the anchor (a bare Next.js page of the same Next version, bench/anchor), serves both
// the same way, and runs Lighthouse (mobile) on the anchor and every route, interleaved, RUNS times each.
// Throttling is applied (DevTools), not simulated: on a localhost load the framework's async scripts arrive
// within milliseconds and race the first frame, and Lighthouse's simulation counts them into LCP whenever they
// win, so one build's simulated LCP jumped between about 0.7 and 2.3 s. Applied throttling loads the page
// the way a slow phone does (HTML first, then 130 KB of script), and its LCP held within about 100 ms.
// Absolute scores move with the machine; the gap to the anchor measured in the same run does not, so the
// budgets are gaps. The README's table (between the bench markers) is rewritten after a complete run.
import { spawnSync } from "node:child_process";
import { readFileSync, readdirSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { gzipSync } from "node:zlib";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import ts from "typescript";
import { CHROMIUM_FLAGS, findChromium } from "../tests/e2e/chromium.mjs";
import { build, startServer } from "../tests/e2e/server.mjs";
import { replaceBlock } from "./readme-block.mjs";

/** Routes measured. `optional` ones are measured only when they answer 200 (the Spanish edition is on its way). */
export const ROUTES = [
  { name: "home", path: "/" },
  { name: "state page", path: "/states/missouri" },
  { name: "compare", path: "/compare?a=mo&b=ny" },
  { name: "check", path: "/check" },
  { name: "states table", path: "/states" },
  { name: "Spanish home", path: "/es", optional: true },
  { name: "Spanish state page", path: "/es/states/missouri", optional: true },
];

export const ANCHOR_DIR = "bench/anchor";

/** Budgets: gaps to the anchor measured in the same run, plus the few absolute ones that do not move with the machine. */
export const BUDGET = {
  /** Lighthouse performance points below the anchor, at most. */
  performanceBelow: 5,
  /** Total blocking time above the anchor, ms. */
  tbtAboveMs: 150,
  /** Largest contentful paint above the anchor, ms. */
  lcpAboveMs: 500,
  /** Bytes transferred on load above the anchor, KB (1,024 bytes). */
  bytesAboveKb: 40,
  cls: 0.02,
  accessibility: 100,
  bestPractices: 95,
  seo: 95,
  /** Our own JavaScript beyond the framework's, gzip KB. */
  ownJsKb: 20,
};

const args = process.argv.slice(2);
const check = args.includes("--check");
const skipBuild = args.includes("--no-build");
const runsArg = args.find((arg) => arg.startsWith("--runs="));
const RUNS = runsArg ? Math.max(1, Number(runsArg.slice("--runs=".length))) : 3;
/** Paths to measure instead of every route, while working on one page; such a partial run leaves the README as it is. */
const onlyArg = args.find((arg) => arg.startsWith("--only="));
const ONLY = onlyArg ? onlyArg.slice("--only=".length).split(",") : null;
const throttlingArg = args.find((arg) => arg.startsWith("--throttling="));
const THROTTLING = throttlingArg ? throttlingArg.slice("--throttling=".length) : "devtools";
if (!["devtools", "simulate"].includes(THROTTLING)) throw new Error(`--throttling must be devtools or simulate, not ${THROTTLING}`);

const kb = (bytes) => Math.round((bytes / 1024) * 10) / 10;
const gzip = (text) => gzipSync(text, { level: 9 }).length;
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

function buildAnchor() {
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
  const steps = [
    [path.join("node_modules", ".bin", "next"), ["build", ANCHOR_DIR]],
    ["node", ["scripts/csp-hashes.mjs", ANCHOR_DIR]],
    ["node", ["scripts/precompress.mjs", ANCHOR_DIR]],
  ];
  for (const [command, commandArgs] of steps) {
    const result = spawnSync(command, commandArgs, { env, stdio: "inherit" });
    if (result.status !== 0) throw new Error(`${command} ${commandArgs.join(" ")} failed`);
  }
}

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
  return median(times);
}

async function lighthouseRun(url, chrome) {
  const result = await lighthouse(url, {
    port: chrome.port,
    output: "json",
    logLevel: "error",
    onlyCategories: ["performance", "accessibility", "best-practices", "seo"],
    throttlingMethod: THROTTLING,
  });
  const { categories, audits, runtimeError } = result.lhr;
  // A run that could not finish (the page did not paint in time on a busy machine) scores 0: it is not a measurement.
  if (runtimeError || categories.performance?.score == null) throw new Error(runtimeError?.message ?? "no performance score");
  const score = (id) => Math.round((categories[id]?.score ?? 0) * 100);
  const requests = audits["network-requests"]?.details?.items ?? [];
  return {
    performance: score("performance"),
    accessibility: score("accessibility"),
    bestPractices: score("best-practices"),
    seo: score("seo"),
    lcpMs: Math.round(audits["largest-contentful-paint"]?.numericValue ?? 0),
    tbtMs: Math.round(audits["total-blocking-time"]?.numericValue ?? 0),
    cls: Math.round((audits["cumulative-layout-shift"]?.numericValue ?? 0) * 1000) / 1000,
    bytes: Math.round(audits["total-byte-weight"]?.numericValue ?? 0),
    otherPagesData: requests.filter((request) => /[?&]_rsc=/.test(request.url ?? "")).length,
    failedAudits: Object.values(audits)
      .filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === "binary")
      .map((audit) => audit.id),
  };
}

/** Each metric's median over the runs, taken separately. */
function medians(runs) {
  const keys = ["performance", "accessibility", "bestPractices", "seo", "lcpMs", "tbtMs", "cls", "bytes", "otherPagesData"];
  const out = Object.fromEntries(keys.map((key) => [key, median(runs.map((run) => run[key]))]));
  out.performanceRuns = runs.map((run) => run.performance);
  out.failedAudits = [...new Set(runs.flatMap((run) => run.failedAudits))];
  return out;
}

const signed = (value, digits = 0) => {
  const rounded = Number(value.toFixed(digits));
  return `${rounded > 0 ? "+" : rounded < 0 ? "−" : "±"}${Math.abs(rounded).toLocaleString("en-US", { maximumFractionDigits: digits })}`;
};
const thousands = (value) => value.toLocaleString("en-US");

/** What the budgets say of one route, as readable failures (empty when it is within every budget). */
function brokenBudgets(row) {
  const broken = [];
  const { gaps } = row;
  if (gaps.performanceBelow > BUDGET.performanceBelow) broken.push(`performance ${gaps.performanceBelow} points below the anchor (at most ${BUDGET.performanceBelow})`);
  if (gaps.tbtAboveMs > BUDGET.tbtAboveMs) broken.push(`TBT ${gaps.tbtAboveMs} ms above the anchor (at most ${BUDGET.tbtAboveMs})`);
  if (gaps.lcpAboveMs > BUDGET.lcpAboveMs) broken.push(`LCP ${gaps.lcpAboveMs} ms above the anchor (at most ${BUDGET.lcpAboveMs})`);
  if (gaps.bytesAboveKb > BUDGET.bytesAboveKb) broken.push(`${gaps.bytesAboveKb} KB more on load than the anchor (at most ${BUDGET.bytesAboveKb})`);
  if (row.cls > BUDGET.cls) broken.push(`CLS ${row.cls} (at most ${BUDGET.cls})`);
  if (row.accessibility < BUDGET.accessibility) broken.push(`accessibility ${row.accessibility} (${row.failedAudits.join(", ")})`);
  if (row.bestPractices < BUDGET.bestPractices) broken.push(`best practices ${row.bestPractices} (${row.failedAudits.join(", ")})`);
  if (row.seo < BUDGET.seo) broken.push(`SEO ${row.seo} (${row.failedAudits.join(", ")})`);
  if (row.ownJsGzipKb > BUDGET.ownJsKb) broken.push(`our JS ${row.ownJsGzipKb} KB gzip (at most ${BUDGET.ownJsKb})`);
  if (row.otherPagesData > 0) broken.push(`${row.otherPagesData} requests for other pages' data on load`);
  return broken;
}

const buildStart = performance.now();
if (!skipBuild) {
  build();
  buildAnchor();
}
const buildSeconds = Math.round((performance.now() - buildStart) / 100) / 10;

const site = await startServer();
const anchorServer = await startServer({ dir: ANCHOR_DIR });
const chrome = await chromeLauncher.launch({ chromePath: findChromium(), chromeFlags: CHROMIUM_FLAGS });
const jsCache = new Map();
const jsGzip = async (src) => {
  if (!jsCache.has(src)) jsCache.set(src, gzip(await fetchText(site.baseURL, src)));
  return jsCache.get(src);
};

try {
  const routes = [];
  const skipped = [];
  for (const route of ROUTES.filter((candidate) => !ONLY || ONLY.includes(candidate.path))) {
    const status = (await fetch(new URL(route.path, site.baseURL), { redirect: "manual" })).status;
    if (status === 200) routes.push(route);
    else if (route.optional) skipped.push(`${route.path} (answered ${status})`);
    else throw new Error(`${route.path} answered ${status}`);
  }

  // Our own JS: what a route loads beyond the framework's scripts (those of Next's built-in error page).
  const baselineScripts = scriptSources(readFileSync(".next/server/app/_global-error.html", "utf8"));
  const ownJs = new Map();
  for (const route of routes) {
    let bytes = 0;
    for (const src of scriptSources(await fetchText(site.baseURL, route.path))) {
      if (!baselineScripts.includes(src)) bytes += await jsGzip(src);
    }
    ownJs.set(route.path, kb(bytes));
  }

  // Interleaved: anchor, every route, anchor, every route…, so a slow minute of the machine hits all alike.
  const targets = [{ name: "anchor", path: "/", anchor: true }, ...routes];
  const runs = new Map(targets.map((target) => [target, []]));
  for (let run = 1; run <= RUNS; run++) {
    for (const target of targets) {
      const url = new URL(target.path, target.anchor ? anchorServer.baseURL : site.baseURL).href;
      let result;
      for (let attempt = 1; !result; attempt++) {
        try {
          result = await lighthouseRun(url, chrome);
        } catch (error) {
          if (attempt >= 3) throw error;
          console.log(`run ${run}/${RUNS} ${target.anchor ? "anchor" : target.path}: Lighthouse failed (${error.message}), trying again`);
        }
      }
      runs.get(target).push(result);
      console.log(`run ${run}/${RUNS} ${target.anchor ? "anchor" : target.path}: performance ${result.performance}, TBT ${result.tbtMs} ms, LCP ${result.lcpMs} ms, ${kb(result.bytes)} KB`);
    }
  }

  const anchor = medians(runs.get(targets[0]));
  const rows = routes.map((route) => {
    const scores = medians(runs.get(route));
    return {
      ...route,
      ...scores,
      ownJsGzipKb: ownJs.get(route.path),
      gaps: {
        performanceBelow: anchor.performance - scores.performance,
        tbtAboveMs: scores.tbtMs - anchor.tbtMs,
        lcpAboveMs: scores.lcpMs - anchor.lcpMs,
        bytesAboveKb: kb(scores.bytes - anchor.bytes),
      },
    };
  });
  for (const row of rows) row.broken = brokenBudgets(row);

  const report = {
    measuredAt: new Date().toISOString(),
    buildSeconds,
    runs: RUNS,
    throttling: THROTTLING,
    searchMedianMs: Math.round((await searchMedianMs()) * 1000) / 1000,
    budget: BUDGET,
    anchor,
    routes: rows,
    skipped,
  };
  mkdirSync("bench-results", { recursive: true });
  writeFileSync("bench-results/latest.json", JSON.stringify(report, null, 2));

  const lines = [
    "| page | perf | TBT ms | LCP ms | KB on load | CLS | a11y | our JS KB | other pages' data | budgets |",
    "|---|---|---|---|---|---|---|---|---|---|",
    `| **anchor**: bare Next.js page | ${anchor.performance} | ${thousands(anchor.tbtMs)} | ${thousands(anchor.lcpMs)} | ${kb(anchor.bytes)} | ${anchor.cls} | ${anchor.accessibility} | | ${anchor.otherPagesData} | |`,
  ];
  for (const row of rows) {
    const { gaps } = row;
    lines.push(
      `| ${row.name} (\`${row.path}\`) | ${signed(-gaps.performanceBelow)} (${row.performance}) | ${signed(gaps.tbtAboveMs)} (${thousands(row.tbtMs)}) | ${signed(gaps.lcpAboveMs)} (${thousands(row.lcpMs)}) | ${signed(gaps.bytesAboveKb, 1)} (${kb(row.bytes)}) | ${row.cls} | ${row.accessibility} | ${row.ownJsGzipKb} | ${row.otherPagesData} | ${row.broken.length ? "**broken**" : "met"} |`,
    );
  }
  const table = lines.join("\n");
  const notes = [
    `Anchor row: absolute medians. Route rows: the gap to the anchor, then the route's own median in brackets. Medians of ${RUNS} interleaved Lighthouse runs each (performance per run: anchor ${anchor.performanceRuns.join("/")}; ${rows.map((row) => `${row.name} ${row.performanceRuns.join("/")}`).join("; ")}).`,
    skipped.length ? `Not measured, not built yet: ${skipped.join(", ")}.` : "",
    `Search: median ${report.searchMedianMs} ms for a 20-character query over all states.${skipBuild ? "" : ` Build (site and anchor): ${buildSeconds} s.`}`,
    `Measured on ${report.measuredAt.slice(0, 10)} on the 2-core development machine (Node ${process.versions.node.split(".")[0]}, Debian Chromium), Lighthouse 12.2.3 mobile preset with ${THROTTLING === "devtools" ? "applied (DevTools) throttling" : "simulated throttling"}.`,
  ].filter(Boolean);
  console.log(`\n${table}\n\n${notes.join("\n")}`);
  console.log("Report written to bench-results/latest.json");
  if (ONLY) {
    console.log("Partial run (--only): README.md left as it is.");
  } else {
    replaceBlock("README.md", "bench", `${table}\n\n${notes.join("\n")}`);
    console.log("README.md table updated.");
  }

  if (check) {
    const broken = rows.flatMap((row) => row.broken.map((problem) => `${row.path}: ${problem}`));
    if (broken.length > 0) {
      console.error(`\nBudget broken:\n- ${broken.join("\n- ")}`);
      process.exitCode = 1;
    } else {
      console.log("\nAll budgets met.");
    }
  }
} finally {
  await chrome.kill();
  await Promise.all([site.stop(), anchorServer.stop()]);
}
