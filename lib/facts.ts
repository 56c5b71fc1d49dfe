import { createHash } from "node:crypto";
import type { ChangeEntry, Federal, Jurisdiction } from "./schema";

type Entry = Jurisdiction | Federal;

/**
 * The facts of a jurisdiction: what decides who qualifies and for what. Wording (summaries, notes,
 * details), translations and the record of sources and checks are left out, so rewriting a text
 * needs no change entry, but changing a law's reach does.
 */
export function factsOf(entry: Entry) {
  return {
    relief: entry.relief.map((law) => ({
      citation: law.citation,
      statuteUrl: law.statuteUrl,
      reliefType: law.reliefType,
      inForce: law.inForce,
      agesCovered: law.agesCovered,
      traffickingTypes: law.traffickingTypes,
      offensesCovered: law.offensesCovered,
      recordsCovered: law.recordsCovered,
      hasDeadlineOrWait: law.timing.hasDeadlineOrWait,
      officialDocumentationRequired: law.officialDocumentationRequired,
      hearing: law.hearing,
      burdenOfProof: law.burdenOfProof.standard,
      judicialDiscretion: law.judicialDiscretion,
      feesWaived: law.feesWaived,
      enactedYear: law.enactedYear,
      amendedYears: law.amendedYears,
    })),
    juvenileRelief: entry.juvenileRelief.status,
    grades: "grades" in entry ? { "2019": gradeFact(entry.grades["2019"]), "2023": gradeFact(entry.grades["2023"]) } : null,
    pending: entry.pending.map((bill) => bill.bill),
  };
}

const gradeFact = (grade: Jurisdiction["grades"]["2019"]) => (grade ? { grade: grade.grade, score: grade.score } : null);

/** A short fingerprint of a jurisdiction's facts; equal fingerprints mean equal facts. */
export const factsDigest = (entry: Entry): string =>
  createHash("sha256").update(JSON.stringify(factsOf(entry))).digest("hex").slice(0, 16);

/** What `data/facts-lock.json` records per data file: the facts' fingerprint and the newest change entry that explains them. */
export interface FactsLockEntry {
  facts: string;
  change: string | null;
}
export type FactsLock = Record<string, FactsLockEntry>;

/** The newest change entry for a jurisdiction: the latest date, and of the same date the one written last. */
export function newestChange(changes: readonly ChangeEntry[], code: string): ChangeEntry | null {
  const own = changes.filter((change) => change.jurisdiction === code);
  return own.reduce<ChangeEntry | null>((newest, change) => (!newest || change.date >= newest.date ? change : newest), null);
}

/** Files whose facts differ from the lock: each needs a change entry before the lock may move. */
export function unrecordedChanges(files: ReadonlyArray<{ file: string; entry: Entry }>, lock: FactsLock): string[] {
  return files
    .filter(({ file, entry }) => lock[file]?.facts !== factsDigest(entry))
    .map(({ file }) => `data/${file}: its facts changed without a change entry. Add an entry for it to data/changes.json, then run \`npm run data:lock\`.`);
}

/**
 * The new lock, or the files that block it: a file whose facts changed may move only when the
 * change log has a newer entry for it than the one the lock last recorded.
 */
export function relock(
  files: ReadonlyArray<{ file: string; entry: Entry }>,
  lock: FactsLock,
  changes: readonly ChangeEntry[],
): { lock: FactsLock; blocked: string[] } {
  const next: FactsLock = {};
  const blocked: string[] = [];
  for (const { file, entry } of files) {
    const digest = factsDigest(entry);
    const previous = lock[file];
    const newest = newestChange(changes, entry.code)?.id ?? null;
    if (previous && previous.facts === digest) {
      next[file] = { facts: digest, change: newest };
    } else if (previous && newest === previous.change) {
      blocked.push(`data/${file}: its facts changed, but data/changes.json has no new entry for ${entry.code}`);
      next[file] = previous;
    } else {
      next[file] = { facts: digest, change: newest };
    }
  }
  return { lock: next, blocked };
}
