import { termsWords } from "@/components/copy/terms";
import { coverageFacts, recordReliefLaws, type Answer } from "@/lib/coverage";
import { whoQualifiesIn } from "@/lib/data-text";
import type { Locale } from "@/lib/locale";
import type { Federal, Jurisdiction } from "@/lib/schema";
import { stateWords, type WhoQuestion } from "./copy";
import { GlossaryText } from "./glossary-text";
import { useLocale } from "@/components/i18n/use-locale";

export interface WhoQualifiesRow {
  question: WhoQuestion;
  answer: Answer;
  reason: string;
}

/** The short reason shown beside one answer; names the offenses when only some are covered. */
export function whoReason(entry: Jurisdiction | Federal, question: WhoQuestion, answer: Answer, locale: Locale): string {
  const { answerName } = termsWords[locale];
  const { noLawReason, onlySomeOffenses, whoReasons } = stateWords[locale];
  if (recordReliefLaws(entry).length === 0) return noLawReason;
  if (question === "anyOffense" && answer === "partly") {
    const narrowScopes = recordReliefLaws(entry).flatMap((law) =>
      law.offensesCovered === "listed-offenses" || law.offensesCovered === "prostitution-related-only" ? [law.offensesCovered] : [],
    );
    if (narrowScopes.length > 0) return onlySomeOffenses(narrowScopes);
  }
  return whoReasons[question][answer] ?? answerName[answer];
}

/** The checklist rows: every question answered yes / no / partly / not found, with a short reason. */
export function whoQualifiesRows(entry: Jurisdiction | Federal, locale: Locale): WhoQualifiesRow[] {
  const { whoQuestions } = stateWords[locale];
  const facts = coverageFacts(entry);
  const hasLaw = facts.level !== "none";
  return (Object.keys(whoQuestions) as WhoQuestion[]).map((question) => {
    const answer = hasLaw ? facts[question] : "no";
    return { question, answer, reason: whoReason(entry, question, answer, locale) };
  });
}

export function WhoQualifies({ entry }: { entry: Jurisdiction | Federal }) {
  const locale = useLocale();
  const { answerName } = termsWords[locale];
  const { stateCopy, whoQuestions } = stateWords[locale];
  return (
    <section aria-labelledby="who-heading">
      <h2 id="who-heading">{stateCopy.whoHeading}</h2>
      <p>
        <GlossaryText text={whoQualifiesIn(entry, locale)} />
      </p>
      <p className="muted">{stateCopy.whoLead}</p>
      <table className="checklist who-qualifies">
        <tbody>
          {whoQualifiesRows(entry, locale).map((row) => (
            <tr key={row.question} className={`answer-${row.answer}`}>
              <th scope="row">{whoQuestions[row.question]}</th>
              <td>
                <span className={`answer answer-${row.answer}`}>{answerName[row.answer]}</span>
              </td>
              <td>{row.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
