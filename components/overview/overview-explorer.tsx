"use client";

import { startTransition, useEffect, useId, useMemo, useState, type ReactNode } from "react";
import {
  DEFAULT_VIEW,
  filterRows,
  formatOverviewView,
  nextSort,
  parseOverviewView,
  sortRows,
  summarizeFilters,
  type IgnoredParam,
  type OverviewFilter,
  type OverviewRowKey,
  type OverviewView,
  type SortKey,
} from "@/lib/overview";
import { overviewWords } from "./copy";
import { OverviewFilters } from "./overview-filters";
import { OverviewTable } from "./overview-table";
import { useLocale } from "@/components/i18n/use-locale";

export interface OverviewExplorerProps {
  /** Every jurisdiction's filter facts and sort values, in the order the body draws them (by name). */
  rows: OverviewRowKey[];
  /** The table body the server drew (OverviewBody), which the explorer reorders and filters but never redraws. */
  body: ReactNode;
}

interface ExplorerState {
  view: OverviewView;
  /** Address parameters we could not use, shown once and dropped on the next choice. */
  ignored: IgnoredParam[];
}

/**
 * Without JavaScript the filters and sort buttons cannot work, so they are hidden and the headings read as plain
 * text. Hiding them this way, instead of drawing them disabled and enabling them once the script runs, leaves the
 * page untouched when it wakes: enabling a dozen controls inside the 51-row table was a ~200 ms task in the benchmark's
 * throttled Lighthouse load (though under 1 ms when timed alone in a throttled page; the bench is what we go by).
 */
const NO_SCRIPT_CSS = ".overview-explorer .needs-script{display:none}.overview-explorer .sort-label[hidden]{display:inline}";

/** Filters and sorts the all-states table, keeping the choice in the address so a reload or a shared link shows the same view. */
export function OverviewExplorer({ rows, body }: OverviewExplorerProps) {
  const locale = useLocale();
  const { overviewCopy } = overviewWords[locale];
  // Until the address has been read (and always without JavaScript) the table shows every state, unfiltered.
  const [state, setState] = useState<ExplorerState>({ view: DEFAULT_VIEW, ignored: [] });
  const { view, ignored } = state;
  const captionId = `${useId()}-caption`;

  useEffect(() => {
    const readAddress = () => {
      const { filters, sort, ignored: unread } = parseOverviewView(new URLSearchParams(window.location.search));
      const next: ExplorerState = { view: { filters, sort }, ignored: unread };
      const unchanged = (current: ExplorerState) =>
        unread.length === 0 && current.ignored.length === 0 && formatOverviewView(current.view) === formatOverviewView(next.view);
      // A transition renders in slices, so re-sorting the whole table never blocks the page for long;
      // an address that asks for the view already shown changes nothing.
      startTransition(() => setState((current) => (unchanged(current) ? current : next)));
    };
    readAddress();
    window.addEventListener("popstate", readAddress);
    return () => window.removeEventListener("popstate", readAddress);
  }, []);

  const choose = (next: OverviewView) => {
    setState({ view: next, ignored: [] });
    window.history.replaceState(null, "", `${window.location.pathname}${formatOverviewView(next)}${window.location.hash}`);
  };

  const toggle = (filter: OverviewFilter) =>
    choose({
      ...view,
      filters: view.filters.includes(filter) ? view.filters.filter((chosen) => chosen !== filter) : [...view.filters, filter],
    });

  const shown = useMemo(() => sortRows(filterRows(rows, view.filters), view.sort).map((row) => row.code), [rows, view]);
  const summary = summarizeFilters(rows, view.filters);

  return (
    <div className="overview-explorer">
      <noscript>
        <style>{NO_SCRIPT_CSS}</style>
      </noscript>
      {/* Drawn from the first paint, so nothing below moves when the script arrives. */}
      <OverviewFilters chosen={view.filters} onToggle={toggle} onClear={() => choose({ ...view, filters: [] })} />
      {ignored.length > 0 ? <p className="notice">{ignored.map(overviewCopy.ignoredParam).join(" ")}</p> : null}
      <p className="overview-count" role="status">
        {overviewCopy.summary(summary)} {overviewCopy.sorted(view.sort)}
      </p>
      <p className="overview-hint needs-script">{overviewCopy.sortButtonHint}</p>
      <OverviewTable
        body={body}
        shown={shown}
        sort={view.sort}
        captionId={captionId}
        onSort={(key: SortKey) => choose({ ...view, sort: nextSort(view.sort, key) })}
      />
    </div>
  );
}
