import { answerName } from "@/components/copy/terms";
import { coverageFacts, type Answer } from "@/lib/coverage";
import type { Federal, Jurisdiction } from "@/lib/schema";
import { noLawReason, stateCopy, whoQuestions, whoReasons, type WhoQuestion } from "./copy";

export interface WhoQualifiesRow {
  question: WhoQuestion;
  answer: Answer;
  reason: string;
}

/** The checklist rows: every question answered yes / no / partly / not found, with a short reason. */
export function whoQualifiesRows(entry: Jurisdiction | Federal): WhoQualifiesRow[] {
  const facts = coverageFacts(entry);
  const hasLaw = facts.level !== "none";
  return (Object.keys(whoQuestions) as WhoQuestion[]).map((question) => {
    const answer = hasLaw ? facts[question] : "no";
    const reason = hasLaw ? (whoReasons[question][answer] ?? answerName[answer]) : noLawReason;
    return { question, answer, reason };
  });
}

export function WhoQualifies({ entry }: { entry: Jurisdiction | Federal }) {
  return (
    <section aria-labelledby="who-heading">
      <h2 id="who-heading">{stateCopy.whoHeading}</h2>
      <p>{entry.whoQualifies}</p>
      <p className="muted">{stateCopy.whoLead}</p>
      <table className="checklist who-qualifies">
        <tbody>
          {whoQualifiesRows(entry).map((row) => (
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
