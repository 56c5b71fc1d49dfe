// npm run export: after `npm run build`, gathers the prerendered site into out/ for a static host or CDN:
// every page as HTML, the data downloads, Next's static assets, public/, a 404 page and the _headers file.
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, statSync } from "node:fs";
import path from "node:path";

const root = process.cwd();
const appDir = path.join(root, ".next", "server", "app");
const out = path.join(root, "out");

if (!existsSync(path.join(root, ".next", "csp-manifest.json"))) {
  console.error("No build found: run `npm run build` first.");
  process.exit(1);
}

/** @param {string} dir @returns {string[]} */
const filesUnder = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });

const copy = (from, to) => {
  mkdirSync(path.dirname(to), { recursive: true });
  cpSync(from, to);
};

rmSync(out, { recursive: true, force: true });
let pages = 0;
for (const file of filesUnder(appDir)) {
  const relative = path.relative(appDir, file);
  if (relative.startsWith("_global-error")) continue;
  if (relative === "_not-found.html") copy(file, path.join(out, "404.html"));
  else if (relative.endsWith(".html")) {
    // states/missouri.html → states/missouri/index.html, which any static server finds for /states/missouri.
    const page = relative === "index.html" ? relative : path.join(relative.replace(/\.html$/, ""), "index.html");
    copy(file, path.join(out, page));
    pages++;
  } else if (relative.endsWith(".body")) copy(file, path.join(out, relative.replace(/\.body$/, "")));
}
cpSync(path.join(root, ".next", "static"), path.join(out, "_next", "static"), { recursive: true });
cpSync(path.join(root, "public"), out, { recursive: true });
copy(path.join(root, ".next", "static-host", "_headers"), path.join(out, "_headers"));
console.log(`Exported ${pages} pages to out/.`);
