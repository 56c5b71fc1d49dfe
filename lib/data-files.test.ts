import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { EditionsSchema, FederalSchema, JurisdictionSchema } from "./schema";
import { checkJurisdictionRules } from "./validate";

const DATA_DIR = path.join(process.cwd(), "data");
const readJson = (file: string): unknown => JSON.parse(readFileSync(path.join(DATA_DIR, file), "utf8"));
const editions = EditionsSchema.parse(readJson("editions.json"));
const TODAY = new Date().toISOString().slice(0, 10);

const stateFiles = readdirSync(path.join(DATA_DIR, "states")).filter((name) => name.endsWith(".json"));

/** One test per file, so a problem names its file and `-t <slug>` checks one jurisdiction. */
describe("each data file on its own", () => {
  it.each([...stateFiles.map((name) => `states/${name}`), "federal.json"])("%s is valid", (file) => {
    const schema = file === "federal.json" ? FederalSchema : JurisdictionSchema;
    const result = schema.safeParse(readJson(file));
    const problems = result.success
      ? checkJurisdictionRules(file, result.data, editions, TODAY)
      : result.error.issues.map((issue) => `${file}: ${issue.path.join(".")}: ${issue.message}`);
    expect(problems).toEqual([]);
  });
});
