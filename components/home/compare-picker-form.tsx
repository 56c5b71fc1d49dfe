import { ComparePairForm } from "@/components/compare/compare-pair-form";
import type { Jurisdiction } from "@/lib/schema";
import { homeWords } from "./copy";
import { useLocale } from "@/components/i18n/use-locale";

/** The map page's keyboard-friendly way to choose two states to compare. */
export function ComparePickerForm({ jurisdictions }: { jurisdictions: Jurisdiction[] }) {
  const locale = useLocale();
  const { homeCopy } = homeWords[locale];
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
