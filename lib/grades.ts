import type { EditionYear, Grade } from "./schema";

/** How a grade reads on the map and in tables: a letter, no grade, a score only, or not in our sources. */
export type GradeKey = "A" | "B" | "C" | "D" | "F" | "none" | "score" | "unknown";

export const GRADE_KEYS: readonly GradeKey[] = ["A", "B", "C", "D", "F", "none", "score", "unknown"];

export function gradeKey(grade: Grade | null): GradeKey {
  if (!grade) return "unknown";
  if (grade.grade) return grade.grade;
  return grade.score !== null ? "score" : "unknown";
}

export const EDITION_YEARS: readonly EditionYear[] = ["2019", "2023"];
export const LATEST_EDITION: EditionYear = "2023";
