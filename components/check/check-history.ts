import { AGE_ANSWERS, OFFENSE_ANSWERS, RECORD_ANSWERS, TRAFFICKING_ANSWERS, type FactAnswers } from "@/lib/eligibility";
import { HISTORY_DEPTH_KEY, historyDepth } from "@/lib/quick-exit";
import type { Court } from "./court-question";

/** Where the check is and what has been answered: kept in this tab's history entries only, never in storage. */
export interface CheckSnapshot {
  step: number;
  court: Court | null;
  stateCode: string | null;
  facts: FactAnswers;
}

const KEY = "rrmCheck";

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null;

/** The snapshot in a history.state value as a string (a stable value for useSyncExternalStore), or null. */
export function savedSnapshot(state: unknown): string | null {
  const value = isRecord(state) ? state[KEY] : null;
  return typeof value === "string" ? value : null;
}

/** Reads a saved snapshot back, trusting nothing in it. */
export function parseSnapshot(saved: string | null, steps: number): CheckSnapshot | null {
  if (saved === null) return null;
  try {
    const value: unknown = JSON.parse(saved);
    if (!isRecord(value) || !isRecord(value.facts)) return null;
    const step = typeof value.step === "number" && Number.isInteger(value.step) && value.step >= 0 && value.step <= steps ? value.step : 0;
    const court = value.court === "state" || value.court === "federal" ? value.court : null;
    const facts = value.facts;
    const pick = <T extends string>(allowed: readonly T[], item: unknown): T | null =>
      (allowed as readonly unknown[]).includes(item) ? (item as T) : null;
    return {
      step,
      court,
      stateCode: typeof value.stateCode === "string" ? value.stateCode : null,
      facts: {
        age: pick(AGE_ANSWERS, facts.age),
        trafficking: pick(TRAFFICKING_ANSWERS, facts.trafficking),
        offense: pick(OFFENSE_ANSWERS, facts.offense),
        record: pick(RECORD_ANSWERS, facts.record),
      },
    };
  } catch {
    return null;
  }
}

const entryState = (snapshot: CheckSnapshot, depth: number) => ({ [KEY]: JSON.stringify(snapshot), [HISTORY_DEPTH_KEY]: depth });

/** Adds a history entry for a new step, so Back returns to the one before. */
export function pushStep(snapshot: CheckSnapshot) {
  window.history.pushState(entryState(snapshot, historyDepth(window.history.state) + 1), "");
}

/** Keeps the current entry up to date as answers change. */
export function replaceStep(snapshot: CheckSnapshot) {
  window.history.replaceState(entryState(snapshot, historyDepth(window.history.state)), "");
}

/**
 * Forgets every answer kept in this tab's history: goes back to the check's first entry, blanks it, and pushes
 * one blank entry so the entries that held answers can no longer be reached with Forward.
 */
export function clearHistory(blank: CheckSnapshot, done: () => void) {
  const finish = () => {
    window.history.replaceState({ [KEY]: JSON.stringify(blank), [HISTORY_DEPTH_KEY]: 0 }, "");
    window.history.pushState(entryState(blank, 1), "");
    done();
  };
  const depth = historyDepth(window.history.state);
  if (depth === 0) return finish();
  window.addEventListener("popstate", finish, { once: true });
  window.history.go(-depth);
}
