// After `next build` (and csp-hashes.mjs): compresses every prerendered page, every data download and
// every static asset once, with brotli and gzip at their highest levels, so the server never compresses
// per request. Writes .next/precompressed/manifest.json and the compressed files beside it.
// Usage: node scripts/precompress.mjs [app dir, default the current directory]
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const root = path.resolve(process.argv[2] ?? process.cwd());
const nextDir = path.join(root, ".next");
const appDir = path.join(nextDir, "server", "app");
const outDir = path.join(nextDir, "precompressed");

/** @param {string} dir @returns {string[]} */
const filesUnder = (dir) =>
  existsSync(dir)
    ? readdirSync(dir).flatMap((name) => {
        const full = path.join(dir, name);
        return statSync(full).isDirectory() ? filesUnder(full) : [full];
      })
    : [];

const STATIC_TYPES = {
  ".js": "application/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".json": "application/json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
};

/** @param {Buffer} body */
function brotli(body) {
  return brotliCompressSync(body, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      // A window as large as the file lets brotli reuse the page's markup for its inline React payload.
      [constants.BROTLI_PARAM_LGWIN]: constants.BROTLI_MAX_WINDOW_BITS,
      [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
    },
  });
}

/**
 * @typedef {{ file: string, size: number, etag: string }} Variant
 * @typedef {{ type: string, cacheControl: string, page: boolean, variants: Record<string, Variant> }} Entry
 */

/** @type {Record<string, Entry>} */
const manifest = {};
let written = 0;

/**
 * @param {string} url the request path this body answers
 * @param {Buffer} body
 * @param {{ type: string, cacheControl: string, page?: boolean }} options
 */
function add(url, body, { type, cacheControl, page = false }) {
  const hash = createHash("sha256").update(body).digest("base64url").slice(0, 22);
  const name = createHash("sha256").update(url).digest("hex").slice(0, 24);
  /** @type {Record<string, Variant>} */
  const variants = {};
  const encodings = /** @type {const} */ ([
    ["identity", body],
    ["br", brotli(body)],
    ["gzip", gzipSync(body, { level: 9 })],
  ]);
  for (const [encoding, bytes] of encodings) {
    // Compressing a tiny file can make it larger: then only the identity variant is kept.
    if (encoding !== "identity" && bytes.length >= body.length) continue;
    const file = `${name}.${encoding}`;
    writeFileSync(path.join(outDir, file), bytes);
    // Each encoding is its own representation, so each has its own strong validator.
    variants[encoding] = { file, size: bytes.length, etag: `"${hash}-${encoding}"` };
  }
  manifest[url] = { type, cacheControl, page, variants };
  written++;
}

/** "states/missouri.html" → "/states/missouri"; "index.html" → "/". */
const pageUrl = (relative) => (relative === "index.html" ? "/" : `/${relative.replace(/\.html$/, "")}`);

if (!existsSync(appDir)) {
  console.error(`No build in ${nextDir}: run next build first.`);
  process.exit(1);
}
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });

const PAGE_CACHE = "public, max-age=0, must-revalidate";
for (const file of filesUnder(appDir)) {
  const relative = path.relative(appDir, file).replace(/\\/g, "/");
  // Next's own error pages answer with 404/500 and stay with Next.
  if (relative.startsWith("_")) continue;
  if (relative.endsWith(".html")) {
    add(pageUrl(relative), readFileSync(file), { type: "text/html; charset=utf-8", cacheControl: PAGE_CACHE, page: true });
  } else if (relative.endsWith(".body")) {
    const meta = JSON.parse(readFileSync(file.replace(/\.body$/, ".meta"), "utf8"));
    if ((meta.status ?? 200) !== 200 || !meta.headers?.["content-type"]) continue;
    add(`/${relative.replace(/\.body$/, "")}`, readFileSync(file), { type: meta.headers["content-type"], cacheControl: PAGE_CACHE });
  }
}
for (const file of filesUnder(path.join(nextDir, "static"))) {
  const type = STATIC_TYPES[path.extname(file)];
  if (!type) continue;
  const relative = path.relative(path.join(nextDir, "static"), file).replace(/\\/g, "/");
  add(`/_next/static/${relative}`, readFileSync(file), { type, cacheControl: "public, max-age=31536000, immutable" });
}
writeFileSync(path.join(outDir, "manifest.json"), JSON.stringify(manifest));
console.log(`Precompressed ${written} files (brotli and gzip)`);
