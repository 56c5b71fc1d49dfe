// Builds the production site once and serves it on a free port, for tests and the benchmark.
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import net from "node:net";
import path from "node:path";

const root = process.cwd();
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };

export function build() {
  const result = spawnSync("npm", ["run", "build", "--silent"], { cwd: root, env, stdio: "inherit" });
  if (result.status !== 0) throw new Error("next build failed");
}

export function hasBuild() {
  return existsSync(path.join(root, ".next", "csp-manifest.json"));
}

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.unref();
    probe.on("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

/**
 * Starts `node scripts/serve.mjs` (for the app in `dir`, default this project); resolves with its base URL and a stop function.
 * @param {{ dir?: string }} [options]
 */
export async function startServer({ dir } = {}) {
  const port = await freePort();
  const child = spawn("node", ["scripts/serve.mjs", ...(dir ? [dir] : [])], {
    cwd: root,
    env: { ...env, PORT: String(port), HOST: "127.0.0.1" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const baseURL = `http://127.0.0.1:${port}`;
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("The server did not start within 60 s")), 60_000);
    child.once("exit", (code) => reject(new Error(`The server exited early with code ${code}`)));
    child.stdout.on("data", (chunk) => {
      if (String(chunk).includes("ready on")) {
        clearTimeout(timer);
        resolve(undefined);
      }
    });
  });
  return {
    baseURL,
    stop: () =>
      new Promise((resolve) => {
        child.once("exit", resolve);
        child.kill("SIGTERM");
      }),
  };
}
