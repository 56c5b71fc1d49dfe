import type { StateRef } from "@/lib/compare";
import { ComparePairForm } from "./compare-pair-form";
import { compareWords } from "./copy";
import { useLocale } from "@/components/i18n/use-locale";
import { localePath } from "@/lib/locale";

/** For browsers without JavaScript: a plain GET form with two lists, and a note on what works without it. */
export function CompareFallbackForm({ states }: { states: StateRef[] }) {
  const locale = useLocale();
  const { compareCopy } = compareWords[locale];
  return (
    <div className="compare-fallback">
      <p className="notice">
        {compareCopy.noScriptNote} <a href={localePath(locale, "/states")}>{compareCopy.allStates}</a>
      </p>
      <ComparePairForm
        states={states}
        headingId="compare-fallback-heading"
        locale={locale}
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
