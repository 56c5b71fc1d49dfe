// npm run bench:load [-- --no-build]: builds and serves the production site, then holds 200 concurrent
// connections for 10 s on each path with autocannon, as browsers would ask (brotli or gzip accepted),
// and reports requests/s, p50/p99 latency, errors and time-outs. Rewrites the README's bench-load table.
// Traffic goes to 127.0.0.1 only, and each run stops by itself.
import { mkdirSync, writeFileSync } from "node:fs";
import autocannon from "autocannon";
import { build, startServer } from "../tests/e2e/server.mjs";
import { replaceBlock } from "./readme-block.mjs";

export const LOAD_PATHS = ["/", "/states/missouri", "/data/relief-laws.json"];
const CONNECTIONS = 200;
const SECONDS = 10;

const args = process.argv.slice(2);
if (!args.includes("--no-build")) build();

const server = await startServer();
const rows = [];
try {
  for (const path of LOAD_PATHS) {
    const result = await autocannon({
      url: new URL(path, server.baseURL).href,
      connections: CONNECTIONS,
      duration: SECONDS,
      timeout: 10,
      headers: { "accept-encoding": "gzip, deflate, br" },
    });
    const row = {
      path,
      requestsPerSecond: Math.round(result.requests.average),
      p50Ms: result.latency.p50,
      p99Ms: result.latency.p99,
      errors: result.errors,
      timeouts: result.timeouts,
      non2xx: result.non2xx,
      megabytesPerSecond: Math.round((result.throughput.average / 1024 / 1024) * 10) / 10,
    };
    rows.push(row);
    console.log(`${path}: ${row.requestsPerSecond} requests/s, p50 ${row.p50Ms} ms, p99 ${row.p99Ms} ms, ${row.errors} errors, ${row.timeouts} time-outs, ${row.non2xx} non-2xx`);
  }
} finally {
  await server.stop();
}

mkdirSync("bench-results", { recursive: true });
writeFileSync("bench-results/load.json", JSON.stringify({ measuredAt: new Date().toISOString(), connections: CONNECTIONS, seconds: SECONDS, rows }, null, 2));
const table = [
  "| path | requests/s | p50 ms | p99 ms | errors | time-outs | non-2xx | MB/s |",
  "|---|---|---|---|---|---|---|---|",
  ...rows.map(
    (row) =>
      `| \`${row.path}\` | ${row.requestsPerSecond.toLocaleString("en-US")} | ${row.p50Ms} | ${row.p99Ms} | ${row.errors} | ${row.timeouts} | ${row.non2xx} | ${row.megabytesPerSecond} |`,
  ),
].join("\n");
const note = `autocannon 9, ${CONNECTIONS} connections for ${SECONDS} s per path, accepting brotli or gzip, against \`npm start\`'s server on the 2-core development machine, ${new Date().toISOString().slice(0, 10)}.`;
console.log(`\n${table}\n\n${note}`);
replaceBlock("README.md", "bench-load", `${table}\n\n${note}`);
const failed = rows.filter((row) => row.errors > 0 || row.timeouts > 0 || row.non2xx > 0);
if (failed.length > 0) {
  console.error(`Errors or time-outs under load on ${failed.map((row) => row.path).join(", ")}`);
  process.exitCode = 1;
}
