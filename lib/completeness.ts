import type { Federal, Jurisdiction } from "./schema";

/** The how-to-apply facts a survivor needs to act, counted across jurisdictions. */
export const APPLY_FIELDS = ["whereToFile", "motionName", "forms", "fees", "legalHelp"] as const;
export type ApplyField = (typeof APPLY_FIELDS)[number];

export type ApplyCompleteness = Record<ApplyField, { filled: number; missing: string[] }>;

const isFilled = (entry: Jurisdiction | Federal, field: ApplyField): boolean => {
  const how = entry.howToApply;
  switch (field) {
    case "forms":
      return how.forms.length > 0;
    case "legalHelp":
      return how.legalHelp.length > 0;
    default:
      return how[field] !== null;
  }
};

/** For each how-to-apply field: how many jurisdictions fill it, and which codes do not. */
export function applyCompleteness(entries: ReadonlyArray<Jurisdiction | Federal>): ApplyCompleteness {
  return Object.fromEntries(
    APPLY_FIELDS.map((field) => {
      const missing = entries.filter((entry) => !isFilled(entry, field)).map((entry) => entry.code);
      return [field, { filled: entries.length - missing.length, missing }];
    }),
  ) as ApplyCompleteness;
}
