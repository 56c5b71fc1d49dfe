import { ExternalLink } from "@/components/state/external-link";
import type { DatasetSummary } from "@/lib/overview";
import type { Edition } from "@/lib/schema";
import { AboutSection } from "./about-section";
import { aboutWords } from "./copy";
import { useLocale } from "@/components/i18n/use-locale";


function EditionMethod({ edition }: { edition: Edition }) {
  const copy = aboutWords[useLocale()].aboutCopy.grades;
  const headingId = `edition-${edition.year}`;
  return (
    <section aria-labelledby={headingId} className="about-edition">
      <h3 id={headingId}>{copy.editionHeading(edition.year)}</h3>
      <p>
        {copy.published(edition.published)} <ExternalLink href={edition.url}>{copy.readReport(edition.title)}</ExternalLink>
      </p>
      <h4>{copy.scaleHeading}</h4>
      {edition.scale ? (
        <ul>
          {Object.entries(edition.scale).map(([letter, lowest]) => (
            <li key={letter}>{copy.scaleLine(letter, lowest)}</li>
          ))}
        </ul>
      ) : (
        <p>{copy.scaleUnknown}</p>
      )}
      <h4>{copy.categoriesHeading}</h4>
      {edition.categories.length === 0 ? (
        <p>{copy.categoriesUnknown}</p>
      ) : (
        <ul className="about-categories">
          {edition.categories.map((category) => (
            <li key={category.name}>
              <strong>{category.name}</strong>
              {category.points !== null ? ` (${copy.points(category.points)})` : null}. {category.whatItMeasures ?? copy.measuresUnknown}
            </li>
          ))}
        </ul>
      )}
      <h4>{copy.notesHeading}</h4>
      <p>{edition.notes}</p>
      <h4>{copy.sourcesHeading}</h4>
      <ul className="about-sources">
        {edition.sources.map((source) => (
          <li key={source.url}>
            <ExternalLink href={source.url}>{source.title}</ExternalLink>, {copy.sourceDate(source.date)}. {source.supports}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Why most states show no grade, and each edition's method as far as our sources describe it. */
export function GradesSection({ editions, summary }: { editions: Edition[]; summary: DatasetSummary }) {
  const copy = aboutWords[useLocale()].aboutCopy.grades;
  return (
    <AboutSection id="grades" heading={copy.heading}>
      <p>{copy.why(editions.map((edition) => ({ year: edition.year, count: summary.graded[edition.year] })), summary.total)}</p>
      <p>
        <strong>{copy.notBad}</strong>
      </p>
      <p>{copy.notOurs}</p>
      {editions.map((edition) => (
        <EditionMethod key={edition.year} edition={edition} />
      ))}
    </AboutSection>
  );
}
