// npm run data:lock: records the facts of each data file in data/facts-lock.json, but only for files
// whose change is explained by a new entry in data/changes.json.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { getChanges, getDataFiles, getFactsLock } from "../lib/data";
import { relock } from "../lib/facts";

const { lock, blocked } = relock(getDataFiles(), getFactsLock(), getChanges());
writeFileSync(path.join(process.cwd(), "data", "facts-lock.json"), `${JSON.stringify(lock, null, 2)}\n`);
if (blocked.length > 0) {
  console.error(blocked.join("\n"));
  process.exit(1);
}
console.log(`data/facts-lock.json records the facts of ${Object.keys(lock).length} files.`);
