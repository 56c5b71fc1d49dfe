import { termsWords } from "@/components/copy/terms";
import { LegalHelpList } from "@/components/help/legal-help-list";
import { NationalHelp } from "@/components/help/national-help";
import type { CheckEntry, EligibilityResult } from "@/lib/eligibility";
import { stateHref } from "@/lib/slug";
import { useCheckWords } from "./check-words";
import { useLocale } from "@/components/i18n/use-locale";
import { localePath } from "@/lib/locale";

export interface CheckResultProps {
  entry: CheckEntry;
  result: EligibilityResult;
}

/**
 * The verdict for each relief law, then what to do next: the filing steps only when some law may fit,
 * otherwise general relief, legal help and the federal route. Links are plain anchors so nothing is fetched
 * until the person follows one.
 */
export function CheckResult({ entry, result }: CheckResultProps) {
  const locale = useLocale();
  const { reliefTypeName } = termsWords[locale];
  const { checkCopy, fitHeadline, fitMark, outcomeLead, placeWords, reasonText } = useCheckWords();
  const copy = checkCopy.result;
  const page = localePath(locale, stateHref(entry.slug));
  const place = placeWords(entry.code, entry.name);
  const isFederal = entry.code === "US";
  return (
    <div className="check-result">
      <p className="check-outcome">{outcomeLead[result.outcome](place.where)}</p>
      {result.verdicts.length > 0 ? (
        <section aria-labelledby="check-laws-heading">
          <h3 id="check-laws-heading">{copy.lawsHeading(place.where)}</h3>
          <ul className="check-verdicts">
            {result.verdicts.map((verdict) => (
              <li key={verdict.citation} className={`check-verdict fit-${verdict.fit}`}>
                <h4 className="citation">{verdict.citation}</h4>
                <p className="check-relief-kind">{reliefTypeName[verdict.reliefType]}</p>
                <p className="check-fit">
                  <span className="check-fit-mark" aria-hidden="true">
                    {fitMark[verdict.fit]}
                  </span>{" "}
                  <strong>{fitHeadline(verdict.fit, verdict.reasons)}</strong>
                </p>
                {verdict.reasons.length > 0 ? (
                  <ul className="check-reasons">
                    {verdict.reasons.map((reason) => (
                      <li key={reason.code}>{reasonText(reason)}</li>
                    ))}
                  </ul>
                ) : null}
                <a href={`${page}#relief-heading`}>{copy.lawPage(place.page)}</a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="check-next-heading">
        <h3 id="check-next-heading">{copy.nextHeading}</h3>
        {result.showApplySteps ? (
          <>
            <h4>{copy.applyHeading(place.where)}</h4>
            <dl className="check-apply">
              <div>
                <dt>{copy.whereToFile}</dt>
                <dd>{entry.whereToFile ?? copy.notInSources}</dd>
              </div>
              <div>
                <dt>{copy.documents}</dt>
                <dd>{entry.documentsThatHelp ?? copy.notInSources}</dd>
              </div>
            </dl>
            <p>
              <a href={`${page}#apply-heading`}>{copy.allSteps(place.where)}</a>
            </p>
          </>
        ) : (
          <>
            {result.verdicts.length > 0 ? <p>{copy.nextNoFit}</p> : null}
            <ul className="check-steps">
              <li>{copy.stepGeneral(place.where)}</li>
              <li>{copy.stepHelp}</li>
              {isFederal ? (
                <li>{copy.stepFederalCase}</li>
              ) : (
                <li>
                  {copy.stepFederal} <a href={localePath(locale, "/federal")}>{copy.federalLink}</a>
                </li>
              )}
            </ul>
          </>
        )}
        {result.showGeneralRelief ? (
          <section aria-labelledby="check-general-heading">
            <h4 id="check-general-heading">{copy.generalHeading(place.where)}</h4>
            <p>{entry.generalRelief ?? copy.generalMissing}</p>
            <a href={`${page}#general-heading`}>{copy.generalMore(place.where)}</a>
          </section>
        ) : null}
        <h4>{copy.helpHeading}</h4>
        <LegalHelpList help={entry.legalHelp} />
        <NationalHelp headingLevel={4} id="check-national-help" />
      </section>
      <p className="notice">{checkCopy.notAdvice}</p>
    </div>
  );
}
