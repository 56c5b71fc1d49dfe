import { describe, expect, it } from "vitest";
import { countShiftPress, SHIFT_PRESSES, SHIFT_WINDOW_MS } from "./quick-exit";

const press = (key: string, usedAsModifier = false) => ({ key, usedAsModifier });

function run(events: Array<[ReturnType<typeof press>, number]>) {
  return events.reduce((counter, [event, at]) => countShiftPress(counter, event, at), { count: 0, lastAt: 0 });
}

describe("countShiftPress", () => {
  it("reaches the trigger after Shift pressed on its own three times", () => {
    expect(run([[press("Shift"), 1000], [press("Shift"), 1500], [press("Shift"), 2000]]).count).toBe(SHIFT_PRESSES);
  });

  it("does not count Shift used to type a capital letter", () => {
    expect(run([[press("Shift", true), 1000], [press("Shift", true), 1200], [press("Shift", true), 1400]]).count).toBe(0);
  });

  it("starts again after any other key", () => {
    expect(run([[press("Shift"), 1000], [press("Shift"), 1100], [press("a"), 1200], [press("Shift"), 1300]]).count).toBe(1);
  });

  it("starts again when presses are too far apart", () => {
    expect(run([[press("Shift"), 1000], [press("Shift"), 1000 + SHIFT_WINDOW_MS + 1]]).count).toBe(1);
  });
});
