/** Where quick exit goes: a neutral page that says nothing about this site. */
export const EXIT_URL = "https://www.weather.gov/";

/** Presses of Shift on its own, each within this many ms of the last, that trigger quick exit. */
export const SHIFT_PRESSES = 3;
export const SHIFT_WINDOW_MS = 5000;

export interface ShiftCounter {
  count: number;
  lastAt: number;
}

/**
 * Counts Shift pressed on its own (not as a modifier). Returns the new counter;
 * count reaching SHIFT_PRESSES means leave now.
 */
export function countShiftPress(
  counter: ShiftCounter,
  event: { key: string; usedAsModifier: boolean },
  now: number,
): ShiftCounter {
  if (event.key !== "Shift" || event.usedAsModifier) return { count: 0, lastAt: now };
  const withinWindow = now - counter.lastAt <= SHIFT_WINDOW_MS;
  return { count: withinWindow ? counter.count + 1 : 1, lastAt: now };
}

/**
 * The key a page keeps in history.state to count the entries it pushed on top of its first one
 * (the check pushes one per step). Quick exit goes back over them before it leaves, so Back cannot return to them.
 */
export const HISTORY_DEPTH_KEY = "rrmDepth";

/** How many entries the current page pushed, read from a history.state value. */
export function historyDepth(state: unknown): number {
  const value = typeof state === "object" && state !== null ? (state as Record<string, unknown>)[HISTORY_DEPTH_KEY] : 0;
  return typeof value === "number" && Number.isInteger(value) && value > 0 ? value : 0;
}
