import type { TestProject } from "vitest/node";
import { build, startServer } from "./server.mjs";

declare module "vitest" {
  export interface ProvidedContext {
    baseURL: string;
  }
}

/** Builds the production site once and serves it for every end-to-end test file. */
export default async function setup(project: TestProject) {
  if (process.env.E2E_SKIP_BUILD !== "1") build();
  const server = await startServer();
  project.provide("baseURL", server.baseURL);
  return () => server.stop();
}
