import Link from "@/components/shell/intent-link";
import type { StateRef } from "@/lib/compare";
import { ComparePairForm } from "./compare-pair-form";
import { compareCopy } from "./copy";

/** For browsers without JavaScript: a plain GET form with two lists, and a note on what works without it. */
export function CompareFallbackForm({ states }: { states: StateRef[] }) {
  return (
    <div className="compare-fallback">
      <p className="notice">
        {compareCopy.noScriptNote} <Link href="/states">{compareCopy.allStates}</Link>
      </p>
      <ComparePairForm
        states={states}
        headingId="compare-fallback-heading"
        words={{
          heading: compareCopy.noScriptHeading,
          first: compareCopy.slotLabel.a,
          second: compareCopy.slotLabel.b,
          choose: compareCopy.chooseOption,
          submit: compareCopy.compareSubmit,
        }}
      />
    </div>
  );
}
