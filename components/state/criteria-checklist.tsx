import { countMet, CRITERIA, evaluateCriteria } from "@/lib/criteria";
import type { Federal, Jurisdiction } from "@/lib/schema";
import { stateWords } from "./copy";
import { useLocale } from "@/components/i18n/use-locale";
import { localePath } from "@/lib/locale";

/** "How the law measures up": the Polaris categories, read from the sourced facts. */
export function CriteriaChecklist({ entry }: { entry: Jurisdiction | Federal }) {
  const locale = useLocale();
  const { criterionName, criterionReason, criterionStatusName, noLawReason, stateCopy } = stateWords[locale];
  const results = evaluateCriteria(entry);
  return (
    <section aria-labelledby="measures-heading">
      <h2 id="measures-heading">{stateCopy.measuresHeading}</h2>
      <p>
        {stateCopy.measuresLead} <a href={localePath(locale, "/about#method")}>{stateCopy.glossaryLink}</a>
      </p>
      <p className="count-met">
        <strong>{stateCopy.measuresCount(countMet(results), CRITERIA.length)}</strong>
      </p>
      <table className="checklist criteria">
        <tbody>
          {results.map((result) => (
            <tr key={result.criterion}>
              <th scope="row">{criterionName[result.criterion]}</th>
              <td>
                <span className={`status status-${result.status}`}>{criterionStatusName[result.status]}</span>
              </td>
              <td>{result.citation ? criterionReason[result.criterion][result.status] : noLawReason}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
