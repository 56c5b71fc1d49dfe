import { termsWords } from "@/components/copy/terms";
import { EDITION_YEARS } from "@/lib/grades";
import type { Edition, Jurisdiction } from "@/lib/schema";
import { stateWords } from "./copy";
import { ExternalLink } from "./external-link";
import { useLocale } from "@/components/i18n/use-locale";
import { localePath } from "@/lib/locale";

/** Polaris grades for each edition, each with its source, or "not in our sources" with a link to the report. */
export function GradeList({ jurisdiction, editions }: { jurisdiction: Jurisdiction; editions: Edition[] }) {
  const locale = useLocale();
  const { gradeText } = termsWords[locale];
  const { stateCopy } = stateWords[locale];
  return (
    <div className="grades">
      <h2 className="small-heading">{stateCopy.gradesHeading}</h2>
      <ul>
        {[...EDITION_YEARS].reverse().map((year) => {
          const grade = jurisdiction.grades[year];
          const edition = editions.find((candidate) => candidate.year === year);
          return (
            <li key={year}>
              <strong>{year}:</strong> {gradeText(grade)}
              {grade ? (
                <>
                  {grade.score !== null && grade.grade ? ` (${stateCopy.gradeScore(grade.score)})` : null}.
                  {grade.note ? ` ${grade.note}` : null} (<ExternalLink href={grade.source.url}>{stateCopy.gradeSourceLabel}</ExternalLink>)
                </>
              ) : (
                <>
                  {" "}
                  (<a href={localePath(locale, "/about#grades")}>{stateCopy.gradeWhy}</a>
                  {edition ? (
                    <>
                      {"; "}
                      <ExternalLink href={edition.url}>{stateCopy.polarisReport}</ExternalLink>
                    </>
                  ) : null}
                  )
                </>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
