import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { FactsLock } from "./facts";
import type { ChangeEntry, Jurisdiction, StateCode } from "./schema";
import { validateChanges, validateDataset, type Dataset, type RawFile } from "./validate";

const DATA_DIR = path.join(process.cwd(), "data");

const readJson = (file: string): RawFile => ({
  file,
  content: JSON.parse(readFileSync(path.join(DATA_DIR, file), "utf8")) as unknown,
});

/** Today's date, YYYY-MM-DD, so no data file may claim a date after the build. */
const today = (): string => new Date().toISOString().slice(0, 10);

let cached: Dataset | undefined;

/** Reads and validates every file in data/ once; throws naming the bad file and field. */
export function getDataset(): Dataset {
  cached ??= validateDataset(
    {
      states: readdirSync(path.join(DATA_DIR, "states"))
        .filter((name) => name.endsWith(".json"))
        .map((name) => readJson(`states/${name}`)),
      federal: readJson("federal.json"),
      editions: readJson("editions.json"),
    },
    today(),
  );
  return cached;
}

/** All 51 jurisdictions, sorted by name. */
export const getJurisdictions = (): Jurisdiction[] => getDataset().jurisdictions;

export const getFederal = () => getDataset().federal;

export const getEditions = () => getDataset().editions;

export const getJurisdictionByCode = (code: StateCode): Jurisdiction | undefined =>
  getJurisdictions().find((jurisdiction) => jurisdiction.code === code);

export const getJurisdictionBySlug = (slug: string): Jurisdiction | undefined =>
  getJurisdictions().find((jurisdiction) => jurisdiction.slug === slug);

export const getJurisdictionByName = (name: string): Jurisdiction | undefined =>
  getJurisdictions().find((jurisdiction) => jurisdiction.name.toLowerCase() === name.trim().toLowerCase());

let cachedChanges: ChangeEntry[] | undefined;

/** The change log in the order it was written (new entries go at the end); throws naming the entry and field when it is invalid. */
export function getChanges(): ChangeEntry[] {
  cachedChanges ??= validateChanges(readJson("changes.json"), getDataset(), today());
  return cachedChanges;
}

/** The facts lock: per data file, the fingerprint of its facts and the change entry that explains them. */
export const getFactsLock = (): FactsLock => readJson("facts-lock.json").content as FactsLock;

/** Every jurisdiction and the federal entry with the data file each came from. */
export const getDataFiles = () => [
  ...getJurisdictions().map((entry) => ({ file: `states/${entry.slug}.json`, entry })),
  { file: "federal.json", entry: getFederal() },
];

/** Every place the site covers, federal law included, for the change log. */
export const getPlaces = () => getDataFiles().map(({ entry }) => ({ code: entry.code, name: entry.name, slug: entry.slug }));
