import Link from "next/link";
import type { StateRef } from "@/lib/compare";
import { compareCopy } from "./copy";

/** For browsers without JavaScript: a plain GET form with two lists, and a note on what works without it. */
export function CompareFallbackForm({ states }: { states: StateRef[] }) {
  const options = states.map((state) => (
    <option key={state.code} value={state.code.toLowerCase()}>
      {state.name}
    </option>
  ));
  return (
    <div className="compare-fallback">
      <p className="notice">
        {compareCopy.noScriptNote} <Link href="/states">{compareCopy.allStates}</Link>
      </p>
      <form action="/compare" method="get" aria-labelledby="compare-fallback-heading">
        <h2 id="compare-fallback-heading">{compareCopy.noScriptHeading}</h2>
        <label>
          {compareCopy.slotLabel.a}
          <select name="a" defaultValue="" required>
            <option value="" disabled>
              {compareCopy.chooseOption}
            </option>
            {options}
          </select>
        </label>
        <label>
          {compareCopy.slotLabel.b}
          <select name="b" defaultValue="" required>
            <option value="" disabled>
              {compareCopy.chooseOption}
            </option>
            {options}
          </select>
        </label>
        <button type="submit">{compareCopy.compareSubmit}</button>
      </form>
    </div>
  );
}
