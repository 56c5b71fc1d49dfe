import { z } from "zod";

/** USPS codes of the 50 states and DC, in alphabetical order of the code. */
export const STATE_CODES = [
  "AK", "AL", "AR", "AZ", "CA", "CO", "CT", "DC", "DE", "FL", "GA", "HI", "IA",
  "ID", "IL", "IN", "KS", "KY", "LA", "MA", "MD", "ME", "MI", "MN", "MO", "MS",
  "MT", "NC", "ND", "NE", "NH", "NJ", "NM", "NV", "NY", "OH", "OK", "OR", "PA",
  "RI", "SC", "SD", "TN", "TX", "UT", "VA", "VT", "WA", "WI", "WV", "WY",
] as const;

export const StateCodeSchema = z.enum(STATE_CODES);

const isRealDate = (value: string): boolean => {
  const [year = 0, month = 1, day = 1] = value.split("-").map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
};

/** A full calendar date, YYYY-MM-DD. */
export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "use YYYY-MM-DD")
  .refine(isRealDate, "not a real calendar date");

/** A date as precise as the source gives it: YYYY, YYYY-MM or YYYY-MM-DD. */
export const PartialDateSchema = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "use YYYY, YYYY-MM or YYYY-MM-DD")
  .refine(isRealDate, "not a real calendar date");

/** An absolute http(s) URL, or a path on this site for a stored copy whose original address is unknown. */
export const SourceUrlSchema = z.union([z.url({ protocol: /^https?$/ }), z.string().regex(/^\/sources\/[a-z0-9-]+\.txt$/)]);

export const SourceSchema = z.object({
  url: SourceUrlSchema,
  title: z.string().min(1),
  /** Publication or last-updated date the page shows; null when the page is undated. */
  date: PartialDateSchema.nullable(),
  /** Which facts this source supports, in a few words. */
  supports: z.string().min(1),
});

export const ReliefTypeSchema = z.enum(["vacatur", "expungement", "sealing", "other"]);
export const AgesCoveredSchema = z.enum(["all-ages", "minors-only"]);
export const TraffickingTypeSchema = z.enum(["sex", "labor"]);
export const OffensesCoveredSchema = z.enum([
  "prostitution-related-only",
  "listed-offenses",
  "any-offense",
  "any-offense-with-exceptions",
]);
export const RecordKindSchema = z.enum([
  "convictions",
  "arrests",
  "juvenile-adjudications",
  "non-conviction-records",
]);
export const DocumentationSchema = z.enum(["required", "not-required", "optional-creates-presumption"]);
export const HearingSchema = z.enum(["required", "not-required", "discretionary"]);
export const DiscretionSchema = z.enum(["mandatory", "discretionary"]);
export const BurdenStandardSchema = z.enum([
  "preponderance",
  "clear-and-convincing",
  "beyond-reasonable-doubt",
  "other",
]);

export const VerificationLevelSchema = z.enum(["statute-text", "official-summary", "secondary"]);

/** What a law's facts were checked against: its own text, an official summary, or only secondary sources. */
export const VerificationSchema = z.object({
  level: VerificationLevelSchema,
  /** The address of the text that was read. */
  url: SourceUrlSchema,
  checkedOn: IsoDateSchema,
});

export const ReliefLawSchema = z.object({
  /** The citation exactly as published. */
  citation: z.string().min(1),
  /** Link to the statute text; null where no public text was found. */
  statuteUrl: z.url({ protocol: /^https?$/ }).nullable(),
  reliefType: ReliefTypeSchema,
  /** Whether the law is in force today; null when our sources do not settle it (a later rewrite may have repealed it). */
  inForce: z.boolean().nullable(),
  agesCovered: AgesCoveredSchema.nullable(),
  /** Null when no source says which kinds of trafficking the law covers. */
  traffickingTypes: z.array(TraffickingTypeSchema).min(1).nullable(),
  offensesCovered: OffensesCoveredSchema.nullable(),
  offenseDetails: z.string().min(1).nullable(),
  recordsCovered: z.array(RecordKindSchema).min(1).nullable(),
  timing: z.object({
    /** True when the law sets a filing deadline or a waiting period; null when no source says. */
    hasDeadlineOrWait: z.boolean().nullable(),
    details: z.string().min(1).nullable(),
  }),
  officialDocumentationRequired: DocumentationSchema.nullable(),
  hearing: HearingSchema.nullable(),
  burdenOfProof: z.object({
    standard: BurdenStandardSchema.nullable(),
    details: z.string().min(1).nullable(),
  }),
  judicialDiscretion: DiscretionSchema.nullable(),
  feesWaived: z.boolean().nullable(),
  feesDetails: z.string().min(1).nullable(),
  /** Year the law was first enacted; null when no source gives it. */
  enactedYear: z.number().int().min(1900).max(2100).nullable(),
  /** Years of later amendments that sources mention. */
  amendedYears: z.array(z.number().int().min(1900).max(2100)),
  history: z.array(z.string().min(1)),
  /** What this law does and for whom, in plain words. */
  plainSummary: z.string().min(1),
  /** The plain summary in Spanish; the English is the reference. */
  plainSummaryEs: z.string().min(1),
  verification: VerificationSchema,
  sources: z.array(SourceSchema).min(1, "every relief law needs at least one source"),
});

export const PendingBillSchema = z.object({
  bill: z.string().min(1),
  wouldChange: z.string().min(1),
  status: z.string().min(1),
  statusDate: PartialDateSchema,
  /** When the bill's legislative session ends, so a report can tell when its outcome is due. */
  sessionEnds: IsoDateSchema,
  source: SourceSchema,
});

export const LinkSchema = z.object({ name: z.string().min(1), url: z.url({ protocol: /^https?$/ }) });

export const LegalHelpKindSchema = z.enum([
  "trafficking-legal-services",
  "legal-aid",
  "court-self-help",
  "bar-referral",
  "law-school-clinic",
  "other",
]);

/** An organization that helps clear records; every phone number and address comes from its source. */
export const LegalHelpSchema = z.object({
  name: z.string().min(1),
  kind: LegalHelpKindSchema,
  url: z.url({ protocol: /^https?$/ }).nullable(),
  phone: z.string().min(1).nullable(),
  address: z.string().min(1).nullable(),
  /** Languages the source says it serves in; null when it does not say. */
  languages: z.array(z.string().min(1)).min(1).nullable(),
  /** Whether the source says its help is free; null when it does not say. */
  free: z.boolean().nullable(),
  source: SourceSchema,
  checkedOn: IsoDateSchema,
});

/** The how-to-apply texts in Spanish; each is null exactly where the English is. */
export const HowToApplyTextsEsSchema = z.object({
  whereToFile: z.string().min(1).nullable(),
  motionName: z.string().min(1).nullable(),
  documentsThatHelp: z.string().min(1).nullable(),
  fees: z.string().min(1).nullable(),
  lawyer: z.string().min(1).nullable(),
  confidentiality: z.string().min(1).nullable(),
  notes: z.string().min(1).nullable(),
});

export const HowToApplySchema = z.object({
  whereToFile: z.string().min(1).nullable(),
  motionName: z.string().min(1).nullable(),
  forms: z.array(LinkSchema),
  documentsThatHelp: z.string().min(1).nullable(),
  fees: z.string().min(1).nullable(),
  lawyer: z.string().min(1).nullable(),
  confidentiality: z.string().min(1).nullable(),
  notes: z.string().min(1).nullable(),
  legalHelp: z.array(LegalHelpSchema),
  es: HowToApplyTextsEsSchema,
  sources: z.array(SourceSchema),
});

export const GeneralReliefSchema = z.object({
  /** Record relief open to anyone (not trafficking-specific) that may also help; null when not researched. */
  summary: z.string().min(1).nullable(),
  summaryEs: z.string().min(1).nullable(),
  sources: z.array(SourceSchema),
});

export const JuvenileReliefStatusSchema = z.enum(["covered", "none", "not-found"]);

/** Whether juvenile records of trafficked children can be cleared, answered from sources in every jurisdiction. */
export const JuvenileReliefSchema = z.object({
  /** covered: a relief law here reaches juvenile adjudications; none: a source says there is none; not-found: the juvenile code was searched. */
  status: JuvenileReliefStatusSchema,
  summary: z.string().min(1),
  summaryEs: z.string().min(1),
  /** What was searched; required unless the status is covered. */
  searched: z.string().min(1).nullable(),
  sources: z.array(SourceSchema),
});

export const LetterGradeSchema = z.enum(["A", "B", "C", "D", "F"]);

export const GradeSchema = z.object({
  /** A letter, "none" where the edition gave no grade, or null when a source gives only a score. */
  grade: z.union([LetterGradeSchema, z.literal("none")]).nullable(),
  score: z.number().min(0).max(100).nullable(),
  note: z.string().min(1).nullable(),
  source: SourceSchema,
});

export const EditionYearSchema = z.enum(["2019", "2023"]);

export const GradesSchema = z.object({
  "2019": GradeSchema.nullable(),
  "2023": GradeSchema.nullable(),
});

export const ConfidenceSchema = z.enum(["high", "medium", "low"]);

const jurisdictionFields = {
  name: z.string().min(1),
  relief: z.array(ReliefLawSchema),
  /** A trial defense, not record relief; shown for context only. */
  affirmativeDefense: z.string().min(1).nullable(),
  generalRelief: GeneralReliefSchema,
  howToApply: HowToApplySchema,
  /** "Who qualifies" for a survivor: short sentences, about an 8th-grade reading level. */
  whoQualifies: z.string().min(1),
  whoQualifiesEs: z.string().min(1),
  juvenileRelief: JuvenileReliefSchema,
  pending: z.array(PendingBillSchema),
  /** Gaps and disagreements between sources, for researchers. */
  notes: z.string().min(1).nullable(),
  confidence: ConfidenceSchema,
  lastVerified: IsoDateSchema,
  sources: z.array(SourceSchema),
};

export const JurisdictionSchema = z.object({
  code: StateCodeSchema,
  slug: z.string().regex(/^[a-z]+(-[a-z]+)*$/),
  fips: z.string().regex(/^\d{2}$/),
  grades: GradesSchema,
  ...jurisdictionFields,
});

export const FederalSchema = z.object({
  code: z.literal("US"),
  slug: z.literal("federal"),
  ...jurisdictionFields,
});

export const CategorySchema = z.object({
  name: z.string().min(1),
  points: z.number().nullable(),
  whatItMeasures: z.string().min(1).nullable(),
});

export const EditionSchema = z.object({
  year: EditionYearSchema,
  title: z.string().min(1),
  published: PartialDateSchema,
  url: z.url({ protocol: /^https?$/ }),
  /** Lowest score for each letter; null where no source gives the scale. */
  scale: z
    .object({ A: z.number(), B: z.number(), C: z.number(), D: z.number(), F: z.number() })
    .nullable(),
  categories: z.array(CategorySchema),
  notes: z.string().min(1),
  sources: z.array(SourceSchema).min(1),
});

export const EditionsSchema = z.array(EditionSchema).length(2);

/** One change to the dataset's facts, recorded so readers can follow what changed and why. */
export const ChangeEntrySchema = z.object({
  /** Stable and unique: the date, the jurisdiction and a short name, "2026-12-03-tn-expunction-limits". */
  id: z.string().regex(/^\d{4}-\d{2}-\d{2}-[a-z0-9]+(-[a-z0-9]+)*$/),
  date: IsoDateSchema,
  jurisdiction: z.union([StateCodeSchema, z.literal("US")]),
  /** What changed, in plain words. */
  summary: z.string().min(1),
  summaryEs: z.string().min(1),
  /** The fields that changed, with their old and new values (null where a law or field was added or removed). */
  fields: z
    .array(z.object({ field: z.string().min(1), old: z.json(), new: z.json() }))
    .min(1, "say which fields changed"),
  source: SourceSchema,
});

export const ChangeLogSchema = z.array(ChangeEntrySchema);

export type StateCode = z.infer<typeof StateCodeSchema>;
export type Source = z.infer<typeof SourceSchema>;
export type ReliefType = z.infer<typeof ReliefTypeSchema>;
export type AgesCovered = z.infer<typeof AgesCoveredSchema>;
export type TraffickingType = z.infer<typeof TraffickingTypeSchema>;
export type OffensesCovered = z.infer<typeof OffensesCoveredSchema>;
export type RecordKind = z.infer<typeof RecordKindSchema>;
export type ReliefLaw = z.infer<typeof ReliefLawSchema>;
export type PendingBill = z.infer<typeof PendingBillSchema>;
export type HowToApply = z.infer<typeof HowToApplySchema>;
export type LegalHelp = z.infer<typeof LegalHelpSchema>;
export type LegalHelpKind = z.infer<typeof LegalHelpKindSchema>;
export type VerificationLevel = z.infer<typeof VerificationLevelSchema>;
export type JuvenileRelief = z.infer<typeof JuvenileReliefSchema>;
export type Grade = z.infer<typeof GradeSchema>;
export type EditionYear = z.infer<typeof EditionYearSchema>;
export type Jurisdiction = z.infer<typeof JurisdictionSchema>;
export type Federal = z.infer<typeof FederalSchema>;
export type Edition = z.infer<typeof EditionSchema>;
export type ChangeEntry = z.infer<typeof ChangeEntrySchema>;
