import type { Answer, CoverageLevel } from "@/lib/coverage";
import type { GradeKey } from "@/lib/grades";
import type { Grade, LegalHelpKind, ReliefType } from "@/lib/schema";

/** Words shared by many components: coverage levels, answers, relief types, grades. */
export const coverageName: Record<CoverageLevel, string> = {
  broad: "Broad",
  partial: "Partial",
  "minors-only": "Minors only",
  none: "None found",
  unclear: "Unclear",
};

/** One-letter marks drawn on the map so colour is never the only cue. */
export const coverageMark: Record<CoverageLevel, string> = {
  broad: "B",
  partial: "P",
  "minors-only": "M",
  none: "N",
  unclear: "?",
};

export const coverageMeaning: Record<CoverageLevel, string> = {
  broad: "Adults can clear convictions for any offense, or all but a few.",
  partial: "It covers adults too, but only for some offenses.",
  "minors-only": "It only covers people who were under 18 at the time.",
  none: "We found no law here that clears records because of trafficking.",
  unclear: "Our sources do not make clear who or what it covers.",
};

export const answerName: Record<Answer, string> = {
  yes: "Yes",
  no: "No",
  partly: "Partly",
  unknown: "Not found in our sources",
};

export const reliefTypeName: Record<ReliefType, string> = {
  vacatur: "Vacatur",
  expungement: "Expungement",
  sealing: "Sealing",
  other: "Other relief",
};

export const reliefTypeMeaning: Record<ReliefType, string> = {
  vacatur: "The court cancels the conviction because it happened as a result of being trafficked, as if it had been wrongly entered.",
  expungement: "The record is erased or destroyed, or treated as if the case never happened. Some agencies may still see it.",
  sealing: "The record still exists but is hidden from the public, including most employers and landlords.",
  other: "A different kind of help, such as a pardon or a way to end a case early. It may not clear the record.",
};

export const legalHelpKindName: Record<LegalHelpKind, string> = {
  "trafficking-legal-services": "legal help for trafficking survivors",
  "legal-aid": "legal aid",
  "court-self-help": "court self-help",
  "bar-referral": "lawyer referral",
  "law-school-clinic": "law school clinic",
  other: "other help",
};

export const gradeName: Record<GradeKey, string> = {
  A: "A",
  B: "B",
  C: "C",
  D: "D",
  F: "F",
  none: "No grade",
  score: "Score only",
  unknown: "Not in our sources",
};

/** The short text for a grade: the letter, "No grade", "Score 72", or "Not in our sources". */
export function gradeText(grade: Grade | null): string {
  if (!grade) return gradeName.unknown;
  if (grade.grade) return grade.grade === "none" ? gradeName.none : grade.grade;
  return grade.score !== null ? `Score ${grade.score}, letter not in our sources` : gradeName.unknown;
}

/** Marks drawn on the map in the grade view. */
export function gradeMark(grade: Grade | null): string {
  if (!grade) return "·";
  if (grade.grade) return grade.grade === "none" ? "–" : grade.grade;
  return grade.score !== null ? String(grade.score) : "·";
}

export const notInSources: string = "Not found in our sources";

export const inForceUnknown: string = "Our sources do not confirm this law is still in force";

/** "Polaris 2023: F": a grade with its edition. */
export const polarisGrade = (edition: string, text: string) => `Polaris ${edition}: ${text}`;

export const externalLinkNote: string = " (opens another site in a new tab)";

export const federalConvictions: string = "Federal convictions";
