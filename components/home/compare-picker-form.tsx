import { ComparePairForm } from "@/components/compare/compare-pair-form";
import type { Jurisdiction } from "@/lib/schema";
import { homeCopy } from "./copy";

/** The map page's keyboard-friendly way to choose two states to compare. */
export function ComparePickerForm({ jurisdictions }: { jurisdictions: Jurisdiction[] }) {
  return (
    <ComparePairForm
      states={jurisdictions}
      headingId="compare-two-heading"
      className="compare-picker-form"
      words={{
        heading: homeCopy.compareHeading,
        first: homeCopy.compareFirst,
        second: homeCopy.compareSecond,
        choose: homeCopy.choose,
        submit: homeCopy.compareSubmit,
      }}
    />
  );
}
