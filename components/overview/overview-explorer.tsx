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
  interactive: boolean;
}

/** Filters and sorts the all-states table, keeping the choice in the address so a reload or a shared link shows the same view. */
export function OverviewExplorer({ rows, body }: OverviewExplorerProps) {
  const locale = useLocale();
  const { overviewCopy } = overviewWords[locale];
  // Until the address has been read (and always without JavaScript) the table shows every state, unfiltered.
  const [state, setState] = useState<ExplorerState>({ view: DEFAULT_VIEW, ignored: [], interactive: false });
  const { view, ignored, interactive } = state;
  const captionId = `${useId()}-caption`;

  useEffect(() => {
    const readAddress = () => {
      const { filters, sort, ignored: unread } = parseOverviewView(new URLSearchParams(window.location.search));
      // A transition renders in slices, so re-sorting the whole table never blocks the page for long.
      startTransition(() => setState({ view: { filters, sort }, ignored: unread, interactive: true }));
    };
    readAddress();
    window.addEventListener("popstate", readAddress);
    return () => window.removeEventListener("popstate", readAddress);
  }, []);

  const choose = (next: OverviewView) => {
    setState({ view: next, ignored: [], interactive: true });
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
      {/* Drawn from the first paint (disabled until the script runs) so nothing below moves when it arrives. */}
      <OverviewFilters chosen={view.filters} disabled={!interactive} onToggle={toggle} onClear={() => choose({ ...view, filters: [] })} />
      {ignored.length > 0 ? <p className="notice">{ignored.map(overviewCopy.ignoredParam).join(" ")}</p> : null}
      <p className="overview-count" role="status">
        {overviewCopy.summary(summary)} {overviewCopy.sorted(view.sort)}
      </p>
      <p className="overview-hint" data-pending={interactive ? undefined : ""}>
        {overviewCopy.sortButtonHint}
      </p>
      <OverviewTable
        body={body}
        shown={shown}
        sort={view.sort}
        captionId={captionId}
        onSort={interactive ? (key: SortKey) => choose({ ...view, sort: nextSort(view.sort, key) }) : undefined}
      />
    </div>
  );
}
