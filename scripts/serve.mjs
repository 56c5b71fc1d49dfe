// Serves the production build with the security headers, including a Content-Security-Policy
// that allows only the inline scripts of the page being served (hashed after the build).
// Prerendered pages, data downloads and static assets are answered from the bytes compressed at
// build time (scripts/precompress.mjs), with a strong ETag and 304 Not Modified; everything else goes to Next,
// compressed here with brotli where the browser takes it (Next's own compression is gzip only, and is off).
// Usage: node scripts/serve.mjs [app dir, default the current directory]
import { readFileSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import { constants } from "node:zlib";
import compression from "compression";
import next from "next";
import { assetHeaders, isBuildAsset, manifestKey, securityHeaders } from "./security-headers.mjs";

const dir = path.resolve(process.argv[2] ?? process.cwd());
const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOST ?? "localhost";
const nextDir = path.join(dir, ".next");

/** @type {Record<string, string[]>} */
let manifest;
/** @type {Record<string, { type: string, cacheControl: string, page: boolean, variants: Record<string, { file: string, etag: string }> }>} */
let precompressed;
try {
  manifest = JSON.parse(readFileSync(path.join(nextDir, "csp-manifest.json"), "utf8"));
  precompressed = JSON.parse(readFileSync(path.join(nextDir, "precompressed", "manifest.json"), "utf8"));
} catch {
  console.error("No CSP manifest or precompressed files found: run `npm run build` first (npm start does both).");
  process.exit(1);
}
const notFoundHashes = manifest["/_not-found"] ?? [];

/** Paths the proxy (middleware) answers per request are never served from the precompressed files. */
const proxyMatchers = (() => {
  try {
    const functions = JSON.parse(readFileSync(path.join(nextDir, "server", "functions-config-manifest.json"), "utf8")).functions;
    return Object.values(functions).flatMap((fn) => (fn.matchers ?? []).map((matcher) => new RegExp(matcher.regexp)));
  } catch {
    return [];
  }
})();

/** Every variant's bytes, read once at start (the whole site is a few megabytes). */
const bodies = new Map();
for (const entry of Object.values(precompressed)) {
  for (const variant of Object.values(entry.variants)) {
    bodies.set(variant.file, readFileSync(path.join(nextDir, "precompressed", variant.file)));
  }
}

/** Next varies pages on its router headers as well as the encoding; the precompressed answers keep the same Vary. */
const PAGE_VARY = "rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Accept-Encoding";
const ROUTER_HEADERS = ["rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "next-action"];

/** The encodings the client accepts with a q-value above 0, e.g. "gzip, deflate, br;q=0.9". */
function accepted(header) {
  const codings = new Set();
  for (const part of String(header ?? "").split(",")) {
    const [name, ...params] = part.trim().toLowerCase().split(";");
    const q = params.map((param) => param.trim()).find((param) => param.startsWith("q="));
    if (name && (!q || Number(q.slice(2)) > 0)) codings.add(name);
  }
  return codings;
}

/** @param {http.IncomingMessage} req @param {URL} url */
function precompressedEntry(req, url) {
  if (req.method !== "GET" && req.method !== "HEAD") return undefined;
  const entry = precompressed[url.pathname];
  if (!entry) return undefined;
  if (entry.page) {
    if (url.searchParams.has("_rsc") || ROUTER_HEADERS.some((name) => req.headers[name] !== undefined)) return undefined;
    if (proxyMatchers.some((matcher) => matcher.test(url.pathname))) return undefined;
  }
  return entry;
}

/** True when If-None-Match names the representation about to be sent (weak comparison, as RFC 9110 asks). */
function notModified(req, etag) {
  const header = req.headers["if-none-match"];
  if (!header) return false;
  if (header.trim() === "*") return true;
  return header.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag);
}

const app = next({ dev: false, dir, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();
// What Next answers per request (a compare or search page filled for browsers without JavaScript, page data on a
// link's intent): brotli at a fast level is about a quarter smaller than gzip on such pages (compare MO/NY:
// 26.5 → 19.7 KB) and takes about 2 ms.
const compress = compression({ brotli: { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } } });
const handleCompressed = (req, res) => compress(req, res, () => handle(req, res));

const server = http.createServer((req, res) => {
  const url = new URL(req.url ?? "/", "http://localhost");
  const key = manifestKey(url.pathname);
  const hashes = (key && manifest[key]) || notFoundHashes;
  const headers = isBuildAsset(url.pathname) ? assetHeaders() : securityHeaders(hashes);
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);

  const entry = precompressedEntry(req, url);
  if (!entry) {
    handleCompressed(req, res);
    return;
  }
  const codings = accepted(req.headers["accept-encoding"]);
  const encoding = ["br", "gzip"].find((name) => codings.has(name) && entry.variants[name]) ?? "identity";
  const variant = entry.variants[encoding] ?? entry.variants.identity;
  res.setHeader("Vary", entry.page ? PAGE_VARY : "Accept-Encoding");
  res.setHeader("Cache-Control", entry.cacheControl);
  res.setHeader("ETag", variant.etag);
  if (notModified(req, variant.etag)) {
    res.statusCode = 304;
    res.end();
    return;
  }
  const body = bodies.get(variant.file);
  res.statusCode = 200;
  res.setHeader("Content-Type", entry.type);
  if (encoding !== "identity") res.setHeader("Content-Encoding", encoding);
  res.setHeader("Content-Length", body.length);
  res.end(req.method === "HEAD" ? undefined : body);
});

server.listen(port, hostname, () => {
  console.log(`Record Relief Map is ready on http://${hostname}:${port}`);
});

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
