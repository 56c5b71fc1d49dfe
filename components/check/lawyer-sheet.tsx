import { termsWords } from "@/components/copy/terms";
import { LegalHelpList } from "@/components/help/legal-help-list";
import { NationalHelp } from "@/components/help/national-help";
import { ExternalLink } from "@/components/state/external-link";
import type { CheckEntry, EligibilityResult, LawDetails } from "@/lib/eligibility";
import { stateHref } from "@/lib/slug";
import { useCheckWords } from "./check-words";
import type { ReviewRow } from "./review-answers";
import { useLocale } from "@/components/i18n/use-locale";
import { localePath } from "@/lib/locale";

export interface LawyerSheetProps {
  entry: CheckEntry;
  result: EligibilityResult;
  answers: ReviewRow[];
  /** The day the sheet was made, YYYY-MM-DD. */
  madeOn: string;
  /** The address of this site, printed so the reader can find the sources. */
  origin: string;
}

const EMPTY_DETAILS: LawDetails = { statuteUrl: null, timing: null, fees: null };

/**
 * One page to take to a lawyer or advocate, made in the browser from the answers: the laws that may fit and why,
 * how to apply, deadlines, fees and the state's legal help. Nothing in it is sent or stored.
 */
export function LawyerSheet({ entry, result, answers, madeOn, origin }: LawyerSheetProps) {
  const locale = useLocale();
  const { notInSources, reliefTypeName } = termsWords[locale];
  const { checkCopy, fitHeadline, placeWords, reasonText } = useCheckWords();
  const copy = checkCopy.sheet;
  const place = placeWords(entry.code, entry.name);
  const details = (citation: string) => entry.lawDetails[entry.relief.findIndex((law) => law.citation === citation)] ?? EMPTY_DETAILS;
  const fitting = result.verdicts.filter((verdict) => verdict.fit !== "does-not-fit");
  const ruledOut = result.verdicts.filter((verdict) => verdict.fit === "does-not-fit");
  return (
    <div className="lawyer-sheet">
      <p className="sheet-made">{copy.made(madeOn)}</p>
      <section aria-labelledby="sheet-answers-heading">
        <h3 id="sheet-answers-heading">{copy.answersHeading}</h3>
        <dl className="sheet-answers">
          {answers.map((row) => (
            <div key={row.step}>
              <dt>{row.title}</dt>
              <dd>{row.answer ?? checkCopy.review.notAnswered}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section aria-labelledby="sheet-laws-heading">
        <h3 id="sheet-laws-heading">{copy.lawsHeading(place.where)}</h3>
        {fitting.length === 0 ? <p>{copy.noLawFits(place.where)}</p> : null}
        {fitting.map((verdict) => {
          const law = details(verdict.citation);
          return (
            <article key={verdict.citation} className="sheet-law">
              <h4 className="citation">{verdict.citation}</h4>
              <p>
                {reliefTypeName[verdict.reliefType]}. <strong>{fitHeadline(verdict.fit, verdict.reasons)}</strong>
              </p>
              {verdict.reasons.length > 0 ? (
                <ul>
                  {verdict.reasons.map((reason) => (
                    <li key={reason.code}>{reasonText(reason)}</li>
                  ))}
                </ul>
              ) : null}
              <dl className="sheet-facts">
                <div>
                  <dt>{copy.deadlines}</dt>
                  <dd>{law.timing ?? notInSources}</dd>
                </div>
                <div>
                  <dt>{copy.lawFees}</dt>
                  <dd>{law.fees ?? notInSources}</dd>
                </div>
                <div>
                  <dt>{copy.lawText}</dt>
                  <dd>{law.statuteUrl ? <ExternalLink href={law.statuteUrl}>{copy.readLaw(verdict.citation)}</ExternalLink> : notInSources}</dd>
                </div>
              </dl>
            </article>
          );
        })}
        {ruledOut.length > 0 ? (
          <>
            <h4>{copy.ruledOutHeading}</h4>
            <ul>
              {ruledOut.map((verdict) => (
                <li key={verdict.citation}>
                  <span className="citation">{verdict.citation}</span>: {fitHeadline(verdict.fit, verdict.reasons)}
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </section>
      {result.showApplySteps ? (
        <section aria-labelledby="sheet-apply-heading">
          <h3 id="sheet-apply-heading">{copy.applyHeading(place.where)}</h3>
          <dl className="sheet-facts">
            <div>
              <dt>{copy.whereToFile}</dt>
              <dd>{entry.whereToFile ?? notInSources}</dd>
            </div>
            <div>
              <dt>{copy.whatToFile}</dt>
              <dd>{entry.motionName ?? notInSources}</dd>
            </div>
            <div>
              <dt>{copy.documents}</dt>
              <dd>{entry.documentsThatHelp ?? notInSources}</dd>
            </div>
            <div>
              <dt>{copy.fees}</dt>
              <dd>{entry.fees ?? notInSources}</dd>
            </div>
            <div>
              <dt>{copy.forms}</dt>
              <dd>
                {entry.forms.length === 0 ? (
                  notInSources
                ) : (
                  <ul>
                    {entry.forms.map((form) => (
                      <li key={form.url}>
                        <ExternalLink href={form.url}>{form.name}</ExternalLink>
                      </li>
                    ))}
                  </ul>
                )}
              </dd>
            </div>
          </dl>
        </section>
      ) : null}
      {result.showGeneralRelief ? (
        <section aria-labelledby="sheet-general-heading">
          <h3 id="sheet-general-heading">{copy.generalHeading(place.where)}</h3>
          <p>{entry.generalRelief ?? notInSources}</p>
        </section>
      ) : null}
      <section aria-labelledby="sheet-help-heading">
        <h3 id="sheet-help-heading">{copy.helpHeading(place.where)}</h3>
        <LegalHelpList help={entry.legalHelp} />
        <NationalHelp headingLevel={4} id="sheet-national-help" />
      </section>
      <p className="sheet-sources">{copy.sources(entry.lastVerified, `${origin}${localePath(locale, stateHref(entry.slug))}`)}</p>
      <p className="notice">{checkCopy.notAdvice}</p>
    </div>
  );
}
