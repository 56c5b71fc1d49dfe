import type { RefObject } from "react";
import { useCheckWords } from "./check-words";

export type Court = "state" | "federal";

export interface CourtQuestionProps {
  court: Court | null;
  stateCode: string | null;
  /** The states and DC to choose from, in the order shown. */
  states: Array<{ code: string; name: string }>;
  error: "court" | "state" | null;
  onCourt: (court: Court) => void;
  onState: (code: string | null) => void;
  courtRef: RefObject<HTMLInputElement | null>;
  stateRef: RefObject<HTMLSelectElement | null>;
}

/** The one required question: a state's court (and which state) or a federal court. */
export function CourtQuestion({ court, stateCode, states, error, onCourt, onState, courtRef, stateRef }: CourtQuestionProps) {
  const { checkCopy } = useCheckWords();
  const copy = checkCopy.court;
  const courtError = error === "court";
  const stateError = error === "state";
  return (
    <fieldset className="check-question" aria-describedby={courtError ? "court-hint court-error" : "court-hint"}>
      <legend>{copy.legend}</legend>
      <p id="court-hint" className="check-hint">
        {copy.hint}
      </p>
      {courtError ? (
        <p id="court-error" className="check-error">
          {copy.missingCourt}
        </p>
      ) : null}
      <div className="check-choices">
        <label className="check-choice">
          <input
            ref={courtRef}
            type="radio"
            name="court"
            value="state"
            checked={court === "state"}
            onChange={() => onCourt("state")}
          />
          <span>{copy.state}</span>
        </label>
        {court === "state" ? (
          <div className="check-reveal">
            <label htmlFor="check-state">{copy.stateLabel}</label>
            {stateError ? (
              <p id="state-error" className="check-error">
                {copy.missingState}
              </p>
            ) : null}
            <select
              id="check-state"
              ref={stateRef}
              value={stateCode ?? ""}
              aria-invalid={stateError || undefined}
              aria-describedby={stateError ? "state-error" : undefined}
              onChange={(event) => onState(event.target.value || null)}
            >
              <option value="">{copy.choose}</option>
              {states.map((state) => (
                <option key={state.code} value={state.code}>
                  {state.name}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <label className="check-choice">
          <input
            type="radio"
            name="court"
            value="federal"
            checked={court === "federal"}
            onChange={() => onCourt("federal")}
          />
          <span>{copy.federal}</span>
        </label>
      </div>
    </fieldset>
  );
}
