"use client";

import { useEffect, useMemo, useRef, useState, useSyncExternalStore, type FormEvent } from "react";
import {
  AGE_ANSWERS,
  answersFromSearch,
  answersToSearch,
  evaluateEligibility,
  OFFENSE_ANSWERS,
  RECORD_ANSWERS,
  TRAFFICKING_ANSWERS,
  unpackCheckJurisdiction,
  type CheckEntry,
  type CheckAnswers,
  type FactAnswers,
  type PackedCheckEntry,
} from "@/lib/eligibility";
import { historyDepth } from "@/lib/quick-exit";
import { clearHistory, parseSnapshot, pushStep, replaceStep, savedSnapshot, type CheckSnapshot } from "./check-history";
import { CheckResult } from "./check-result";
import { ChoiceQuestion } from "./choice-question";
import { useCheckWords } from "./check-words";
import { CopyLink } from "./copy-link";
import { CourtQuestion, type Court } from "./court-question";
import { LawyerSheet } from "./lawyer-sheet";
import { ReviewAnswers, type ReviewRow } from "./review-answers";
import { useCheckDetails } from "./use-check-details";
import { localePath } from "@/lib/locale";
import { stateHref } from "@/lib/slug";
import { useLocale } from "@/components/i18n/use-locale";

export interface CheckWizardProps {
  /** Every state, DC and federal law ("US"), packed small: answering never asks the server anything. */
  entries: PackedCheckEntry[];
  /** The one details file for this language (steps to apply, legal help), loaded when the person starts. */
  detailsUrl: string;
}

const FEDERAL = "US";
const FACT_STEPS = ["age", "trafficking", "offense", "record"] as const;
const OPTIONS = { age: AGE_ANSWERS, trafficking: TRAFFICKING_ANSWERS, offense: OFFENSE_ANSWERS, record: RECORD_ANSWERS };
const REVIEW = FACT_STEPS.length + 1;
const RESULT = REVIEW + 1;
const SHEET = RESULT + 1;
/** The court question, the four optional questions and the review. */
const STEP_TOTAL = REVIEW + 1;

const EMPTY_FACTS: FactAnswers = { age: null, trafficking: null, offense: null, record: null };

type FocusTarget = "heading" | "court" | "state";

const subscribeNever = () => () => {};
/** Read once after the prerendered HTML is hydrated (never on the server), so the page itself stays static. */
const readSearch = () => window.location.search;
/** The answers this history entry holds; read only in the browser, after hydration. */
const readSaved = () => savedSnapshot(window.history.state);
/** False in the prerendered HTML, true once React runs: until then the buttons stay disabled, so no answer can be submitted to the server. */
const useHydrated = () => useSyncExternalStore(subscribeNever, () => true, () => false);

/** The private "Could I qualify?" check: one question at a time, a review, then the result. Answers live only in this component's state. */
export function CheckWizard({ entries, detailsUrl }: CheckWizardProps) {
  const locale = useLocale();
  const { checkCopy, placeWords, questionCopy } = useCheckWords();
  const hydrated = useHydrated();
  const jurisdictions = useMemo(() => entries.map(unpackCheckJurisdiction), [entries]);
  const details = useCheckDetails(detailsUrl);
  const states = useMemo(() => jurisdictions.filter((entry) => entry.code !== FEDERAL), [jurisdictions]);
  const [step, setStep] = useState(0);
  const [court, setCourt] = useState<Court | null>(null);
  const [stateCode, setStateCode] = useState<string | null>(null);
  const [facts, setFacts] = useState<FactAnswers>(EMPTY_FACTS);
  const [returnToReview, setReturnToReview] = useState(false);
  const [error, setError] = useState<"court" | "state" | null>(null);
  const [notes, setNotes] = useState<string[]>([]);
  const [focusRequest, setFocusRequest] = useState<{ target: FocusTarget } | null>(null);
  const [madeOn, setMadeOn] = useState("");
  const heading = useRef<HTMLHeadingElement>(null);
  const courtInput = useRef<HTMLInputElement>(null);
  const stateSelect = useRef<HTMLSelectElement>(null);

  useEffect(() => {
    const target = focusRequest?.target;
    if (target === "heading") heading.current?.focus();
    else if (target === "court") courtInput.current?.focus();
    else if (target === "state") stateSelect.current?.focus();
  }, [focusRequest]);

  const restore = (snapshot: CheckSnapshot) => {
    setCourt(snapshot.court);
    setStateCode(snapshot.stateCode);
    setFacts(snapshot.facts);
    setStep(snapshot.step);
  };

  const search = useSyncExternalStore(subscribeNever, readSearch, () => "");
  // Once, after hydration: a history entry the check made holds its answers (Back from a result link, or a reload).
  const [savedRead, setSavedRead] = useState(false);
  if (hydrated && !savedRead) {
    setSavedRead(true);
    const snapshot = parseSnapshot(readSaved(), SHEET);
    if (snapshot && search === "") restore(snapshot);
  }
  const [searchRead, setSearchRead] = useState("");
  if (search !== searchRead) {
    setSearchRead(search);
    const parsed = answersFromSearch(search, jurisdictions.map((entry) => entry.code));
    if (parsed.found) {
      const { place: linked, ...given } = parsed.answers;
      setCourt(linked === null ? null : linked === FEDERAL ? "federal" : "state");
      setStateCode(linked !== null && linked !== FEDERAL ? linked : null);
      setFacts(given);
      setNotes([checkCopy.prefilled, ...parsed.ignored.map((param) => checkCopy.ignoredParam(param.name, param.value))]);
      setStep(REVIEW);
    }
  }

  useEffect(() => {
    // Answers that came in a link are taken out of the address, so they do not stay on screen or in this tab's history.
    if (search !== "") window.history.replaceState(window.history.state, "", window.location.pathname);
  }, [search]);

  const place = court === "federal" ? FEDERAL : court === "state" ? stateCode : null;
  const entry = jurisdictions.find((candidate) => candidate.code === place) ?? null;
  const placeDetails = entry ? details.byCode?.[entry.code] : undefined;
  const fullEntry: CheckEntry | null = entry && placeDetails ? { ...entry, ...placeDetails } : null;
  const answers: CheckAnswers = { place, ...facts };
  const shownStep = (step === RESULT || step === SHEET) && !entry ? REVIEW : step;

  // A result restored from this tab's history needs the details at once; otherwise they load when the person starts.
  const { load: loadDetails } = details;
  useEffect(() => {
    if (shownStep >= RESULT) loadDetails();
  }, [shownStep, loadDetails]);

  // The current history entry always holds the current step and answers (in this tab's memory only),
  // so Back and Forward move between steps and coming back to the page restores the result.
  useEffect(() => {
    if (hydrated) replaceStep({ step, court, stateCode, facts });
  }, [hydrated, step, court, stateCode, facts]);

  useEffect(() => {
    const onPopState = (event: PopStateEvent) => {
      const snapshot = parseSnapshot(savedSnapshot(event.state), SHEET);
      if (!snapshot) return;
      setError(null);
      setReturnToReview(false);
      setNotes([]);
      setFocusRequest({ target: "heading" });
      setStep(snapshot.step);
    };
    window.addEventListener("popstate", onPopState);
    return () => window.removeEventListener("popstate", onPopState);
  }, []);

  /** Moves to a step in a new history entry and puts focus on its heading (or on the field to fix), so screen readers announce it. */
  const go = (next: number, focus: FocusTarget = "heading") => {
    setFocusRequest({ target: focus });
    if (next !== step) pushStep({ step: next, court, stateCode, facts });
    setStep(next);
  };

  const missing = (): "court" | "state" | null => (court === null ? "court" : place === null ? "state" : null);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (step === 0 || step === REVIEW) {
      const problem = missing();
      setError(problem);
      if (problem) return go(0, problem);
    }
    setNotes([]);
    if (step === REVIEW) return go(RESULT);
    if (returnToReview) {
      setReturnToReview(false);
      return go(REVIEW);
    }
    go(step + 1);
  };

  /** Like the browser's Back: returns to the step before, which keeps its own history entry. */
  const onBack = () => {
    setError(null);
    setReturnToReview(false);
    if (historyDepth(window.history.state) > 0) window.history.back();
    else go(step - 1);
  };

  const change = (target: number) => {
    setNotes([]);
    setReturnToReview(true);
    go(target);
  };

  const startOver = () => {
    setCourt(null);
    setStateCode(null);
    setFacts(EMPTY_FACTS);
    setError(null);
    setReturnToReview(false);
    go(0);
  };

  /** Wipes the answers from this page and from every history entry the check made, then starts again. */
  const clearAnswers = () => {
    const blank: CheckSnapshot = { step: 0, court: null, stateCode: null, facts: EMPTY_FACTS };
    clearHistory(blank, () => {
      setCourt(null);
      setStateCode(null);
      setFacts(EMPTY_FACTS);
      setError(null);
      setReturnToReview(false);
      setNotes([checkCopy.sheet.cleared]);
      setFocusRequest({ target: "heading" });
      setStep(0);
    });
  };

  const openSheet = () => {
    setMadeOn(new Date().toISOString().slice(0, 10));
    go(SHEET);
  };

  const reviewRows: ReviewRow[] = [
    { title: checkCopy.court.title, answer: place === FEDERAL ? checkCopy.court.federalName : (entry?.name ?? null), step: 0 },
    ...FACT_STEPS.map((key, index): ReviewRow => {
      const value = facts[key];
      const short: Record<string, string> = questionCopy[key].short;
      return { title: questionCopy[key].title, answer: value === null ? null : (short[value] ?? null), step: index + 1 };
    }),
  ];

  const placeTitle = entry ? placeWords(entry.code, entry.name).title : "";
  const title =
    shownStep === 0
      ? checkCopy.court.title
      : shownStep === REVIEW
        ? checkCopy.review.title
        : shownStep === RESULT
          ? checkCopy.result.title(placeTitle)
          : shownStep === SHEET
            ? checkCopy.sheet.title(placeTitle)
            : questionCopy[FACT_STEPS[shownStep - 1]!].title;

  const factQuestion = (key: (typeof FACT_STEPS)[number]) => {
    const setValue = (value: string) => setFacts((current) => ({ ...current, [key]: value }));
    return (
      <ChoiceQuestion<string>
        name={key}
        copy={questionCopy[key]}
        options={OPTIONS[key]}
        value={facts[key]}
        onChange={setValue}
      />
    );
  };

  const buttons = (submitLabel: string) => (
    <div className="check-buttons">
      {shownStep > 0 ? (
        <button type="button" className="secondary" onClick={onBack}>
          {checkCopy.back}
        </button>
      ) : null}
      <button type="submit" disabled={!hydrated}>
        {submitLabel}
      </button>
    </div>
  );

  return (
    <section className="check-wizard" aria-labelledby="check-step-heading" onFocusCapture={loadDetails} onPointerDownCapture={loadDetails}>
      <h2 id="check-step-heading" ref={heading} tabIndex={-1}>
        {shownStep >= RESULT ? title : `${checkCopy.stepCount(shownStep + 1, STEP_TOTAL)}: ${title}`}
      </h2>
      {notes.length > 0 ? (
        <div className="notice" role="status">
          {notes.map((note) => (
            <p key={note}>{note}</p>
          ))}
        </div>
      ) : null}
      {shownStep >= RESULT && entry && !fullEntry ? (
        <div className="notice">
          <p role="status">{details.status === "failed" ? checkCopy.details.failed : checkCopy.details.loading}</p>
          {details.status === "failed" ? (
            <p>
              <button type="button" onClick={details.retry}>
                {checkCopy.details.retry}
              </button>{" "}
              <a href={localePath(locale, stateHref(entry.slug))}>{checkCopy.details.placePage(placeTitle)}</a>
            </p>
          ) : null}
        </div>
      ) : shownStep === SHEET && fullEntry ? (
        <>
          <p className="no-print">{checkCopy.sheet.lead}</p>
          <div className="check-buttons no-print">
            <button type="button" onClick={() => window.print()}>
              {checkCopy.sheet.print}
            </button>
            <button type="button" className="secondary" onClick={clearAnswers}>
              {checkCopy.sheet.clear}
            </button>
            <button type="button" className="secondary" onClick={() => window.history.back()}>
              {checkCopy.sheet.backToResult}
            </button>
          </div>
          <LawyerSheet
            entry={fullEntry}
            result={evaluateEligibility(facts, fullEntry)}
            answers={reviewRows}
            madeOn={madeOn || new Date().toISOString().slice(0, 10)}
            origin={window.location.origin}
          />
        </>
      ) : shownStep === RESULT && fullEntry ? (
        <>
          <CheckResult entry={fullEntry} result={evaluateEligibility(facts, fullEntry)} />
          <div className="check-sheet-offer">
            <button type="button" onClick={openSheet} aria-describedby="check-sheet-hint">
              {checkCopy.result.sheetButton}
            </button>
            <p id="check-sheet-hint" className="muted">
              {checkCopy.result.sheetHint}
            </p>
          </div>
          <CopyLink search={answersToSearch(answers)} />
          <div className="check-buttons">
            <button type="button" className="secondary" onClick={() => go(REVIEW)}>
              {checkCopy.result.changeAnswers}
            </button>
            <button type="button" className="secondary" onClick={startOver}>
              {checkCopy.result.startOver}
            </button>
          </div>
        </>
      ) : shownStep === REVIEW ? (
        <form className="check-form" noValidate onSubmit={onSubmit}>
          <p>{checkCopy.review.lead}</p>
          <ReviewAnswers rows={reviewRows} onChange={change} />
          {buttons(checkCopy.review.submit)}
        </form>
      ) : (
        <form className="check-form" noValidate onSubmit={onSubmit}>
          {shownStep === 0 ? (
            <CourtQuestion
              court={court}
              stateCode={stateCode}
              states={states}
              error={error}
              onCourt={(value) => {
                setCourt(value);
                if (error === "court") setError(null);
              }}
              onState={(code) => {
                setStateCode(code);
                if (code && error === "state") setError(null);
              }}
              courtRef={courtInput}
              stateRef={stateSelect}
            />
          ) : (
            factQuestion(FACT_STEPS[shownStep - 1]!)
          )}
          {buttons(checkCopy.next)}
        </form>
      )}
    </section>
  );
}
