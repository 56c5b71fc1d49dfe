import { termsWords } from "@/components/copy/terms";
import { stateWords } from "@/components/state/copy";
import { CRITERIA } from "@/lib/criteria";
import type { DatasetSummary } from "@/lib/overview";
import { AboutSection } from "./about-section";
import { aboutWords } from "./copy";
import { useLocale } from "@/components/i18n/use-locale";
import { localePath } from "@/lib/locale";


/** How our coverage level and checklist are derived (lib/coverage.ts, lib/criteria.ts), with how many states fall in each level. */
export function MethodSection({ summary }: { summary: DatasetSummary }) {
  const locale = useLocale();
  const copy = aboutWords[locale].aboutCopy.method;
  const { coverageMark, coverageMeaning, coverageName } = termsWords[locale];
  const { criterionName, criterionReason } = stateWords[locale];
  return (
    <AboutSection id="method" heading={copy.heading}>
      <p>
        <strong>{copy.notPolaris}</strong>
      </p>
      <h3>{copy.coverageHeading}</h3>
      <ul>
        {copy.coverageRules.map((rule) => (
          <li key={rule}>{rule}</li>
        ))}
      </ul>
      <ul className="about-levels">
        {summary.coverage.map(({ key, count }) => (
          <li key={key}>
            <span className={`swatch c-${key}`} aria-hidden="true">
              {coverageMark[key]}
            </span>
            <span>
              <strong>{coverageName[key]}</strong> ({copy.levelCount(count)}). {coverageMeaning[key]}
            </span>
          </li>
        ))}
      </ul>
      <h3>{copy.checklistHeading}</h3>
      <p>{copy.checklistLead(CRITERIA.length)}</p>
      <dl className="about-criteria">
        {CRITERIA.map((criterion) => (
          <div key={criterion}>
            <dt>{criterionName[criterion]}</dt>
            <dd>
              {copy.meetsWhen} {criterionReason[criterion].meets}
            </dd>
          </div>
        ))}
      </dl>
      <ul>
        {copy.checklistRules.map((rule) => (
          <li key={rule}>{rule}</li>
        ))}
      </ul>
      <p>
        {copy.tableNote} <a href={localePath(locale, "/states")}>{copy.tableLink}</a>
      </p>
    </AboutSection>
  );
}
