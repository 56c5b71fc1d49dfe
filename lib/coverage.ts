import type { Federal, Jurisdiction, RecordKind, ReliefLaw, TraffickingType } from "./schema";

export const COVERAGE_LEVELS = ["broad", "partial", "minors-only", "none", "unclear"] as const;
export type CoverageLevel = (typeof COVERAGE_LEVELS)[number];

/** A yes/no fact that may be unknown (null) or only partly true. */
export type Answer = "yes" | "no" | "partly" | "unknown";

type Entry = Jurisdiction | Federal;

/** Whether a law covers any offense (or all but a few); null when our sources do not say. */
export const coversBroadOffenses = (law: Pick<ReliefLaw, "offensesCovered">): boolean | null =>
  law.offensesCovered === null ? null : law.offensesCovered === "any-offense" || law.offensesCovered === "any-offense-with-exceptions";

/**
 * Laws that clear records: vacatur, expungement or sealing (not pardons, diversion or trial defenses),
 * leaving out any our sources say is no longer in force.
 */
export const recordReliefLaws = (entry: Entry): ReliefLaw[] =>
  entry.relief.filter((law) => law.reliefType !== "other" && law.inForce !== false);

/**
 * Our coverage level, derived from sourced facts only:
 * broad (adults, any offense or narrow exceptions), partial (adults, some offenses),
 * minors-only, none (no such law found) or unclear (ages or offenses unknown, or a law
 * that would raise the level may no longer be in force).
 */
export function coverageLevel(entry: Entry): CoverageLevel {
  const laws = recordReliefLaws(entry);
  const confirmed = levelOf(laws.filter((law) => law.inForce === true));
  const ifAllInForce = levelOf(laws);
  const uncertainRaisesIt = ifAllInForce === "unclear" || coverageRank(ifAllInForce) < coverageRank(confirmed);
  return ifAllInForce !== confirmed && uncertainRaisesIt ? "unclear" : confirmed;
}

/** Whether a law clears convictions (not only arrests or dismissed cases); null when our sources do not say. */
export const clearsConvictions = (law: Pick<ReliefLaw, "recordsCovered">): boolean | null =>
  law.recordsCovered === null ? null : law.recordsCovered.includes("convictions");

function levelOf(laws: ReliefLaw[]): CoverageLevel {
  if (laws.length === 0) return "none";
  const coversAdults = (law: ReliefLaw) => law.agesCovered === "all-ages";
  // "Broad" promises that adults can clear convictions, so a law that clears only arrests or dismissed cases is not enough.
  if (laws.some((law) => coversAdults(law) && coversBroadOffenses(law) === true && clearsConvictions(law) === true)) {
    return "broad";
  }
  const mightBeBroader = laws.some(
    (law) =>
      law.agesCovered === null ||
      (coversAdults(law) && (law.offensesCovered === null || (coversBroadOffenses(law) === true && clearsConvictions(law) === null))),
  );
  if (mightBeBroader) return "unclear";
  if (laws.some(coversAdults)) return "partial";
  return "minors-only";
}

/** Orders coverage from most to least survivor-friendly, unclear last. */
export const coverageRank = (level: CoverageLevel): number => COVERAGE_LEVELS.indexOf(level);

/** A law that may no longer be in force can only make a fact unknown, never a yes. */
const factOf = (law: ReliefLaw, value: boolean | null): boolean | null => (law.inForce === null && value === true ? null : value);

const answerFrom = (laws: ReliefLaw[], valueOf: (law: ReliefLaw) => boolean | null): Answer => {
  const values = laws.map((law) => factOf(law, valueOf(law)));
  if (values.some((value) => value === true)) return "yes";
  if (values.length > 0 && values.every((value) => value === false)) return "no";
  return values.length === 0 ? "no" : "unknown";
};

const traffickingAnswer = (laws: ReliefLaw[], type: TraffickingType): Answer =>
  answerFrom(laws, (law) => (law.traffickingTypes === null ? null : law.traffickingTypes.includes(type)));

const recordAnswer = (laws: ReliefLaw[], kinds: RecordKind[]): Answer =>
  answerFrom(laws, (law) => (law.recordsCovered === null ? null : law.recordsCovered.some((kind) => kinds.includes(kind))));

/** The derived facts every page needs, across a jurisdiction's record-relief laws. */
export interface CoverageFacts {
  level: CoverageLevel;
  adults: Answer;
  minors: Answer;
  sexTrafficking: Answer;
  laborTrafficking: Answer;
  /** yes = any offense (maybe with exceptions) for someone; partly = only some offenses. */
  anyOffense: Answer;
  convictions: Answer;
  arrests: Answer;
  juvenileRecords: Answer;
}

export function coverageFacts(entry: Entry): CoverageFacts {
  const laws = recordReliefLaws(entry);
  const adults = answerFrom(laws, (law) => (law.agesCovered === null ? null : law.agesCovered === "all-ages"));
  const minors = answerFrom(laws, (law) => (law.agesCovered === null ? null : true));
  let anyOffense = answerFrom(laws, coversBroadOffenses);
  const someConfirmedLaw = laws.some((law) => law.inForce === true);
  if (anyOffense === "no" && laws.length > 0) anyOffense = someConfirmedLaw ? "partly" : "unknown";
  if (anyOffense === "unknown" && laws.some((law) => law.inForce === true && coversBroadOffenses(law) === false)) anyOffense = "partly";
  return {
    level: coverageLevel(entry),
    adults,
    minors,
    sexTrafficking: traffickingAnswer(laws, "sex"),
    laborTrafficking: traffickingAnswer(laws, "labor"),
    anyOffense,
    convictions: recordAnswer(laws, ["convictions"]),
    arrests: recordAnswer(laws, ["arrests", "non-conviction-records"]),
    juvenileRecords: recordAnswer(laws, ["juvenile-adjudications"]),
  };
}

/** Year of the newest enactment or amendment among a jurisdiction's relief laws, or null. */
export function latestChangeYear(entry: Entry): number | null {
  const years = entry.relief.flatMap((law) => [law.enactedYear, ...law.amendedYears]).filter((year): year is number => year !== null);
  return years.length > 0 ? Math.max(...years) : null;
}

const lawRank = (law: ReliefLaw): number => {
  const adults = law.agesCovered === "all-ages";
  const broad = coversBroadOffenses(law) === true && clearsConvictions(law) === true;
  return adults && broad ? 0 : adults ? 1 : law.agesCovered === null ? 2 : 3;
};

/** The record-relief law that sets the coverage level (the widest one), or null when there is none. */
export function primaryLaw(entry: Entry): ReliefLaw | null {
  const laws = recordReliefLaws(entry);
  return [...laws].sort((a, b) => lawRank(a) - lawRank(b))[0] ?? null;
}

/** Counts how many items fall in each class, in the order of the keys given. */
export function countBy<K extends string>(keys: readonly K[], values: readonly K[]): Array<{ key: K; count: number }> {
  return keys.map((key) => ({ key, count: values.filter((value) => value === key).length }));
}
