import { ComparePairForm } from "@/components/compare/compare-pair-form";
import type { Jurisdiction } from "@/lib/schema";
import { homeWords } from "./copy";
import type { Locale } from "@/lib/locale";

/** The map page's keyboard-friendly way to choose two states to compare. */
export function ComparePickerForm({ jurisdictions, locale }: { jurisdictions: Jurisdiction[]; locale: Locale }) {
  const { homeCopy } = homeWords[locale];
  return (
    <ComparePairForm
      states={jurisdictions}
      headingId="compare-two-heading"
      className="compare-picker-form"
      locale={locale}
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
