// After `next build`: hash each prerendered page's inline scripts so the server can send a
// Content-Security-Policy that allows exactly those scripts, and pages stay static.
// Usage: node scripts/csp-hashes.mjs [app dir, default the current directory]
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync, writeFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import { securityHeaders } from "./security-headers.mjs";

const root = path.resolve(process.argv[2] ?? process.cwd());
const appDir = path.join(root, ".next", "server", "app");

/** @param {string} dir @returns {string[]} */
function htmlFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return htmlFiles(full);
    return name.endsWith(".html") ? [full] : [];
  });
}

/** @param {string} html */
export function inlineScriptHashes(html) {
  const hashes = new Set();
  for (const match of html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
    hashes.add(`sha256-${createHash("sha256").update(match[1] ?? "", "utf8").digest("base64")}`);
  }
  return [...hashes];
}

/** @param {string} file */
function routeOf(file) {
  const relative = path.relative(appDir, file).replace(/\\/g, "/").replace(/\.html$/, "");
  if (relative === "index") return "/";
  return `/${relative}`;
}

const manifest = {};
for (const file of htmlFiles(appDir)) manifest[routeOf(file)] = inlineScriptHashes(readFileSync(file, "utf8"));
writeFileSync(path.join(root, ".next", "csp-manifest.json"), JSON.stringify(manifest));

// The same headers in the `_headers` format that static hosts such as Netlify or Cloudflare Pages read.
// Such hosts merge every rule that matches a path, so the shared headers go on /* and each page adds
// only its own Content-Security-Policy (two policies on one response would both be enforced).
const { "Content-Security-Policy": strictPolicy, ...shared } = securityHeaders([]);
const lines = ["/*", ...Object.entries(shared).map(([name, value]) => `  ${name}: ${value}`), ""];
lines.push("/data/*", `  Content-Security-Policy: ${strictPolicy}`, "");
for (const [route, hashes] of Object.entries(manifest)) {
  if (route.startsWith("/_") || route.startsWith("/data/")) continue;
  lines.push(route, `  Content-Security-Policy: ${securityHeaders(hashes)["Content-Security-Policy"]}`, "");
}
mkdirSync(path.join(root, ".next", "static-host"), { recursive: true });
writeFileSync(path.join(root, ".next", "static-host", "_headers"), lines.join("\n"));
console.log(`CSP hashes written for ${Object.keys(manifest).length} pages`);
