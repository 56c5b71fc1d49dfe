// Serves the production build with the security headers, including a Content-Security-Policy
// that allows only the inline scripts of the page being served (hashed after the build).
import { readFileSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import next from "next";
import { manifestKey, securityHeaders } from "./security-headers.mjs";

const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOST ?? "localhost";
const manifestPath = path.join(process.cwd(), ".next", "csp-manifest.json");

/** @type {Record<string, string[]>} */
let manifest;
try {
  manifest = JSON.parse(readFileSync(manifestPath, "utf8"));
} catch {
  console.error("No CSP manifest found: run `npm run build` first (npm start does both).");
  process.exit(1);
}
const notFoundHashes = manifest["/_not-found"] ?? [];

const app = next({ dev: false, dir: process.cwd(), hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

const server = http.createServer((req, res) => {
  const url = new URL(req.url ?? "/", "http://localhost");
  const key = manifestKey(url.pathname);
  const hashes = (key && manifest[key]) || notFoundHashes;
  for (const [name, value] of Object.entries(securityHeaders(hashes))) res.setHeader(name, value);
  handle(req, res);
});

server.listen(port, hostname, () => {
  console.log(`Record Relief Map is ready on http://${hostname}:${port}`);
});

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
