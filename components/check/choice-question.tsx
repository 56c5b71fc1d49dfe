import { useId } from "react";
import { useCheckWords } from "./check-words";
import type { QuestionCopy } from "./copy";

export interface ChoiceQuestionProps<T extends string> {
  name: string;
  copy: QuestionCopy<T>;
  options: readonly T[];
  /** Null while the question is unanswered (it may be skipped). */
  value: T | null;
  onChange: (value: T) => void;
}

/** One optional question as a group of radio buttons with its legend and hint. */
export function ChoiceQuestion<T extends string>({ name, copy, options, value, onChange }: ChoiceQuestionProps<T>) {
  const { checkCopy } = useCheckWords();
  const hintId = `${useId()}-hint`;
  return (
    <fieldset className="check-question" aria-describedby={hintId}>
      <legend>{copy.legend}</legend>
      <p id={hintId} className="check-hint">
        {copy.hint} {checkCopy.optional}
      </p>
      <div className="check-choices">
        {options.map((option) => (
          <label key={option} className="check-choice">
            <input type="radio" name={name} value={option} checked={value === option} onChange={() => onChange(option)} />
            <span>{copy.options[option]}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
