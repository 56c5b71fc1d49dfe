import { COVERAGE_LEVELS } from "@/lib/coverage";
import { AgesCoveredSchema, OffensesCoveredSchema, RecordKindSchema, ReliefTypeSchema, TraffickingTypeSchema } from "@/lib/schema";
import { AboutSection } from "./about-section";
import { aboutWords } from "./copy";
import { useLocale } from "@/components/i18n/use-locale";


const DOWNLOADS = [
  { href: "/data/relief-laws.json", label: "json" },
  { href: "/data/relief-laws.csv", label: "csv" },
  { href: "/data/relief-laws.schema.json", label: "schema" },
] as const;

const values = (options: readonly string[]) => options.map((option) => `"${option}"`).join(", ");

/** The downloads and what their main fields hold; allowed values come from the schema itself. */
export function DataSection() {
  const copy = aboutWords[useLocale()].aboutCopy.data;
  const fields = [
    { name: "coverage", meaning: copy.fields.coverage(values(COVERAGE_LEVELS)) },
    { name: "grades", meaning: copy.fields.grades },
    { name: "relief[].citation", meaning: copy.fields.citation },
    { name: "relief[].reliefType", meaning: copy.fields.reliefType(values(ReliefTypeSchema.options)) },
    { name: "relief[].inForce", meaning: copy.fields.inForce },
    { name: "relief[].agesCovered", meaning: copy.fields.agesCovered(values(AgesCoveredSchema.options)) },
    { name: "relief[].traffickingTypes", meaning: copy.fields.traffickingTypes(values(TraffickingTypeSchema.options)) },
    { name: "relief[].offensesCovered", meaning: copy.fields.offensesCovered(values(OffensesCoveredSchema.options)) },
    { name: "relief[].recordsCovered", meaning: copy.fields.recordsCovered(values(RecordKindSchema.options)) },
  ];
  return (
    <AboutSection id="data" heading={copy.heading}>
      <p>{copy.lead}</p>
      <ul className="about-downloads">
        {DOWNLOADS.map((download) => (
          <li key={download.href}>
            <a href={download.href} download>
              {copy.downloads[download.label]}
            </a>{" "}
            <code>{download.href}</code>
          </li>
        ))}
      </ul>
      <h3>{copy.fieldsHeading}</h3>
      <dl className="about-fields">
        {fields.map((field) => (
          <div key={field.name}>
            <dt>
              <code>{field.name}</code>
            </dt>
            <dd>{field.meaning}</dd>
          </div>
        ))}
      </dl>
      <p>
        <strong>{copy.nullRule}</strong>
      </p>
      <p>{copy.csvNote}</p>
    </AboutSection>
  );
}
