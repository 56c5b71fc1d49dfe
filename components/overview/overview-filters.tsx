import { useId } from "react";
import { OVERVIEW_FILTERS, type OverviewFilter } from "@/lib/overview";
import { overviewWords } from "./copy";
import { useLocale } from "@/components/i18n/use-locale";

export interface OverviewFiltersProps {
  chosen: readonly OverviewFilter[];
  onToggle: (filter: OverviewFilter) => void;
  onClear: () => void;
}

/** The filter checkboxes; each change applies at once (no submit). Without JavaScript only a note shows (see OverviewExplorer). */
export function OverviewFilters({ chosen, onToggle, onClear }: OverviewFiltersProps) {
  const locale = useLocale();
  const { overviewCopy } = overviewWords[locale];
  const hintId = `${useId()}-hint`;
  return (
    <fieldset className="overview-filters" aria-describedby={hintId}>
      <legend>{overviewCopy.filtersLegend}</legend>
      <p id={hintId} className="overview-hint needs-script">
        {overviewCopy.filtersHint}
      </p>
      <noscript>
        <p className="overview-hint">{overviewCopy.filtersNeedScript}</p>
      </noscript>
      <ul className="needs-script">
        {OVERVIEW_FILTERS.map((filter) => (
          <li key={filter}>
            <label>
              <input type="checkbox" checked={chosen.includes(filter)} onChange={() => onToggle(filter)} />
              <span>
                <strong>{overviewCopy.filterName[filter]}</strong>
                <span className="overview-filter-meaning">{overviewCopy.filterMeaning[filter]}</span>
              </span>
            </label>
          </li>
        ))}
      </ul>
      {chosen.length > 0 ? (
        <button type="button" className="secondary needs-script" onClick={onClear}>
          {overviewCopy.clearFilters}
        </button>
      ) : null}
    </fieldset>
  );
}
