import type { Answer, CoverageLevel } from "@/lib/coverage";
import type { GradeKey } from "@/lib/grades";
import type { Grade, LegalHelpKind, ReliefType } from "@/lib/schema";

/** Words shared by many components: coverage levels, answers, relief types, grades. */
export const coverageName: Record<CoverageLevel, string> = {
  broad: "Amplia",
  partial: "Parcial",
  "minors-only": "Solo menores de edad",
  none: "No se encontró ninguna",
  unclear: "No está claro",
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
  broad: "Las personas adultas pueden limpiar condenas por cualquier delito, o por casi todos.",
  partial: "También cubre a personas adultas, pero solo por algunos delitos.",
  "minors-only": "Solo cubre a quienes tenían menos de 18 años en ese momento.",
  none: "No encontramos aquí ninguna ley que limpie antecedentes por causa de la trata.",
  unclear: "Nuestras fuentes no dejan claro a quién ni qué cubre.",
};

export const answerName: Record<Answer, string> = {
  yes: "Sí",
  no: "No",
  partly: "En parte",
  unknown: "No se encontró en nuestras fuentes",
};

export const reliefTypeName: Record<ReliefType, string> = {
  vacatur: "Anulación (vacatur)",
  expungement: "Eliminación del registro (expungement)",
  sealing: "Sellado",
  other: "Otra ayuda",
};

export const reliefTypeMeaning: Record<ReliefType, string> = {
  vacatur: "El tribunal anula la condena porque ocurrió como resultado de la trata, como si se hubiera dictado por error.",
  expungement: "El registro se elimina o se destruye, o se trata como si el caso nunca hubiera existido. Algunas agencias del gobierno todavía podrían verlo.",
  sealing: "El registro sigue existiendo, pero queda oculto al público, incluida la mayoría de los empleadores y de los dueños de vivienda.",
  other: "Otro tipo de ayuda, como un indulto (perdón) o una forma de terminar un caso antes. Puede que no limpie los antecedentes.",
};

export const legalHelpKindName: Record<LegalHelpKind, string> = {
  "trafficking-legal-services": "ayuda legal para sobrevivientes de trata",
  "legal-aid": "asistencia legal gratuita",
  "court-self-help": "centro de autoayuda del tribunal",
  "bar-referral": "servicio para encontrar abogado",
  "law-school-clinic": "clínica de una escuela de derecho",
  other: "otra ayuda",
};

export const gradeName: Record<GradeKey, string> = {
  A: "A",
  B: "B",
  C: "C",
  D: "D",
  F: "F",
  none: "Sin calificación",
  score: "Solo puntaje",
  unknown: "No está en nuestras fuentes",
};

/** The short text for a grade: the letter, "Sin calificación", "Puntaje 72", or "No está en nuestras fuentes". */
export function gradeText(grade: Grade | null): string {
  if (!grade) return gradeName.unknown;
  if (grade.grade) return grade.grade === "none" ? gradeName.none : grade.grade;
  return grade.score !== null ? `Puntaje ${grade.score}, la letra no está en nuestras fuentes` : gradeName.unknown;
}

/** Marks drawn on the map in the grade view. */
export function gradeMark(grade: Grade | null): string {
  if (!grade) return "·";
  if (grade.grade) return grade.grade === "none" ? "–" : grade.grade;
  return grade.score !== null ? String(grade.score) : "·";
}

export const notInSources: string = "No se encontró en nuestras fuentes";

export const inForceUnknown: string = "Nuestras fuentes no confirman que esta ley siga vigente";

/** "Polaris 2023: F": a grade with its edition. */
export const polarisGrade = (edition: string, text: string) => `Polaris ${edition}: ${text}`;

export const externalLinkNote: string = " (abre otro sitio en una pestaña nueva)";

export const federalConvictions: string = "Condenas federales";
