import { z } from "zod";
import { coverageLevel, COVERAGE_LEVELS } from "./coverage";
import {
  EditionsSchema,
  FederalSchema,
  GradesSchema,
  JurisdictionSchema,
  ReliefLawSchema,
} from "./schema";
import { sourcesOf } from "./sources";
import type { Dataset } from "./validate";

/** Bump when a field is renamed or removed; other tools depend on these names. */
export const SCHEMA_VERSION = "1.1.0";

export const OpenJurisdictionSchema = z.object({
  code: JurisdictionSchema.shape.code,
  name: z.string(),
  slug: z.string(),
  fips: z.string(),
  coverage: z.enum(COVERAGE_LEVELS),
  grades: GradesSchema,
  relief: z.array(ReliefLawSchema),
  whoQualifies: z.string(),
  whoQualifiesEs: z.string(),
  juvenileRelief: JurisdictionSchema.shape.juvenileRelief,
  generalRelief: JurisdictionSchema.shape.generalRelief,
  howToApply: JurisdictionSchema.shape.howToApply,
  affirmativeDefense: z.string().nullable(),
  pending: JurisdictionSchema.shape.pending,
  notes: z.string().nullable(),
  confidence: JurisdictionSchema.shape.confidence,
  lastVerified: z.string(),
  sources: z.array(JurisdictionSchema.shape.sources.element),
});

export const OpenDataSchema = z.object({
  schemaVersion: z.string(),
  generatedAt: z.string(),
  editions: EditionsSchema,
  federal: FederalSchema.extend({ coverage: z.enum(COVERAGE_LEVELS) }),
  jurisdictions: z.array(OpenJurisdictionSchema),
});

export type OpenData = z.infer<typeof OpenDataSchema>;

export function buildOpenData(dataset: Dataset, generatedAt: string): OpenData {
  return {
    schemaVersion: SCHEMA_VERSION,
    generatedAt,
    editions: dataset.editions,
    federal: { ...dataset.federal, coverage: coverageLevel(dataset.federal), sources: sourcesOf(dataset.federal) },
    jurisdictions: dataset.jurisdictions.map((jurisdiction) => ({
      code: jurisdiction.code,
      name: jurisdiction.name,
      slug: jurisdiction.slug,
      fips: jurisdiction.fips,
      coverage: coverageLevel(jurisdiction),
      grades: jurisdiction.grades,
      relief: jurisdiction.relief,
      whoQualifies: jurisdiction.whoQualifies,
      whoQualifiesEs: jurisdiction.whoQualifiesEs,
      juvenileRelief: jurisdiction.juvenileRelief,
      generalRelief: jurisdiction.generalRelief,
      howToApply: jurisdiction.howToApply,
      affirmativeDefense: jurisdiction.affirmativeDefense,
      pending: jurisdiction.pending,
      notes: jurisdiction.notes,
      confidence: jurisdiction.confidence,
      lastVerified: jurisdiction.lastVerified,
      sources: sourcesOf(jurisdiction),
    })),
  };
}

/** The JSON Schema of the download, generated from the same zod schema. */
export function openDataJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(OpenDataSchema, { target: "draft-2020-12", io: "output" }),
    title: "Record Relief Map: criminal record relief for trafficking survivors",
    $id: "/data/relief-laws.schema.json",
  };
}

export const CSV_COLUMNS = [
  "code",
  "name",
  "slug",
  "fips",
  "coverage",
  "juvenile_relief",
  "grade_2019",
  "score_2019",
  "grade_2023",
  "score_2023",
  "law_index",
  "citation",
  "statute_url",
  "relief_type",
  "in_force",
  "ages_covered",
  "trafficking_types",
  "offenses_covered",
  "offense_details",
  "records_covered",
  "has_deadline_or_wait",
  "timing_details",
  "official_documentation_required",
  "hearing",
  "burden_of_proof",
  "judicial_discretion",
  "fees_waived",
  "enacted_year",
  "amended_years",
  "verification_level",
  "verification_url",
  "source_urls",
  "last_verified",
] as const;

type CsvValue = string | number | boolean | null;

/** One field, quoted per RFC 4180 when it holds a comma, quote or line break. */
export function csvField(value: CsvValue): string {
  if (value === null) return "";
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const csvLine = (values: CsvValue[]): string => values.map(csvField).join(",");

/** Written before the CSV so spreadsheet programs such as Excel read it as UTF-8 and "§" survives. */
export const UTF8_BOM = "\uFEFF";

/** One row per relief law (a jurisdiction with none gets one row with empty law columns), CRLF line ends. */
export function toCsv(data: OpenData): string {
  const rows = data.jurisdictions.flatMap((jurisdiction) => {
    const base: CsvValue[] = [
      jurisdiction.code,
      jurisdiction.name,
      jurisdiction.slug,
      jurisdiction.fips,
      jurisdiction.coverage,
      jurisdiction.juvenileRelief.status,
      jurisdiction.grades["2019"]?.grade ?? null,
      jurisdiction.grades["2019"]?.score ?? null,
      jurisdiction.grades["2023"]?.grade ?? null,
      jurisdiction.grades["2023"]?.score ?? null,
    ];
    if (jurisdiction.relief.length === 0) {
      return [csvLine([...base, ...Array<null>(CSV_COLUMNS.length - base.length - 1).fill(null), jurisdiction.lastVerified])];
    }
    return jurisdiction.relief.map((law, index) =>
      csvLine([
        ...base,
        index + 1,
        law.citation,
        law.statuteUrl,
        law.reliefType,
        law.inForce,
        law.agesCovered,
        law.traffickingTypes?.join(";") ?? null,
        law.offensesCovered,
        law.offenseDetails,
        law.recordsCovered?.join(";") ?? null,
        law.timing.hasDeadlineOrWait,
        law.timing.details,
        law.officialDocumentationRequired,
        law.hearing,
        law.burdenOfProof.standard,
        law.judicialDiscretion,
        law.feesWaived,
        law.enactedYear,
        law.amendedYears.join(";"),
        law.verification.level,
        law.verification.url,
        law.sources.map((source) => source.url).join(" "),
        jurisdiction.lastVerified,
      ]),
    );
  });
  return [csvLine([...CSV_COLUMNS]), ...rows].join("\r\n") + "\r\n";
}
