import { useCheckWords } from "./check-words";

export interface ReviewRow {
  /** The question's short title, e.g. "Your age". */
  title: string;
  /** The answer in words, or null when it was skipped. */
  answer: string | null;
  step: number;
}

export interface ReviewAnswersProps {
  rows: ReviewRow[];
  onChange: (step: number) => void;
}

/** Every answer given (or "Not answered"), each with a button to go back and change it. */
export function ReviewAnswers({ rows, onChange }: ReviewAnswersProps) {
  const { checkCopy } = useCheckWords();
  const copy = checkCopy.review;
  return (
    <dl className="check-review">
      {rows.map((row) => (
        <div key={row.step} className="check-review-row">
          <dt>{row.title}</dt>
          <dd>
            <span className={row.answer === null ? "muted" : undefined}>{row.answer ?? copy.notAnswered}</span>{" "}
            <button type="button" className="secondary" onClick={() => onChange(row.step)}>
              {copy.change}{" "}
              <span className="visually-hidden">{copy.changeWhat(row.title)}</span>
            </button>
          </dd>
        </div>
      ))}
    </dl>
  );
}
