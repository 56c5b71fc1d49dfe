import { coversBroadOffenses, recordReliefLaws } from "./coverage";
import type { Federal, Jurisdiction, ReliefLaw } from "./schema";

/** The Polaris report-card categories we can read from the sourced facts. */
export const CRITERIA = [
  "range-of-relief",
  "arrests-and-adjudications",
  "offenses-covered",
  "judicial-discretion",
  "time-limits",
  "hearing",
  "burden-of-proof",
  "official-documentation",
] as const;

export type Criterion = (typeof CRITERIA)[number];
export type CriterionStatus = "meets" | "falls-short" | "unknown";

export interface CriterionResult {
  criterion: Criterion;
  status: CriterionStatus;
  /** The law the status is read from; null when the jurisdiction has no record-relief law. */
  citation: string | null;
}

const fromBoolean = (value: boolean | null): CriterionStatus =>
  value === null ? "unknown" : value ? "meets" : "falls-short";

/** Whether one law sits at the survivor-friendly end of one category. */
export function lawMeets(law: ReliefLaw, criterion: Criterion): CriterionStatus {
  switch (criterion) {
    case "range-of-relief":
      return fromBoolean(law.reliefType === "vacatur");
    case "arrests-and-adjudications":
      return fromBoolean(
        law.recordsCovered === null
          ? null
          : law.recordsCovered.some((kind) => kind !== "convictions"),
      );
    case "offenses-covered":
      return fromBoolean(coversBroadOffenses(law));
    case "judicial-discretion":
      return fromBoolean(law.judicialDiscretion === null ? null : law.judicialDiscretion === "mandatory");
    case "time-limits":
      return fromBoolean(law.timing.hasDeadlineOrWait === null ? null : !law.timing.hasDeadlineOrWait);
    case "hearing":
      return fromBoolean(law.hearing === null ? null : law.hearing !== "required");
    case "burden-of-proof":
      return fromBoolean(law.burdenOfProof.standard === null ? null : law.burdenOfProof.standard === "preponderance");
    case "official-documentation":
      return fromBoolean(
        law.officialDocumentationRequired === null ? null : law.officialDocumentationRequired !== "required",
      );
  }
}

/**
 * For each category: meets if any record-relief law meets it, unknown if none meets
 * but a fact is missing, falls short otherwise. Our reading, not Polaris's grade.
 */
export function evaluateCriteria(entry: Jurisdiction | Federal): CriterionResult[] {
  const laws = recordReliefLaws(entry);
  return CRITERIA.map((criterion) => {
    if (laws.length === 0) return { criterion, status: "falls-short", citation: null };
    const statuses = laws.map((law) => ({ law, status: lawMeets(law, criterion) }));
    const pick =
      statuses.find((item) => item.status === "meets") ??
      statuses.find((item) => item.status === "unknown") ??
      statuses[0]!;
    return { criterion, status: pick.status, citation: pick.law.citation };
  });
}

export const countMet = (results: CriterionResult[]): number =>
  results.filter((result) => result.status === "meets").length;
