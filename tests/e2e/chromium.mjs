// Finds Debian's Chromium for the end-to-end tests and the benchmark. Never downloads a browser build.
import { execSync } from "node:child_process";
import { existsSync } from "node:fs";

export const CHROMIUM_FLAGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export function findChromium() {
  const candidate = process.env.CHROME_PATH || "/usr/bin/chromium";
  if (existsSync(candidate)) return candidate;
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (!process.env.CHROME_PATH && isRoot && existsSync("/usr/bin/apt-get")) {
    console.log("Chromium is missing: installing Debian's chromium package…");
    execSync("apt-get update && apt-get install -y chromium", { stdio: "inherit" });
    if (existsSync(candidate)) return candidate;
  }
  throw new Error(
    `No Chromium at ${candidate}. Install it (Debian: apt-get install -y chromium) or set CHROME_PATH to a Chromium or Chrome binary.`,
  );
}
