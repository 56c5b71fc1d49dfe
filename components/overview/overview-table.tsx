import { useLayoutEffect, useRef, type ReactNode } from "react";
import { overviewWords } from "./copy";
import { useLocale } from "@/components/i18n/use-locale";
import { SORT_KEYS, type OverviewSort, type SortKey } from "@/lib/overview";
import { arrangeRows } from "./arrange-rows";

export interface OverviewTableProps {
  /** The body the server drew (OverviewBody): one row per state, marked with its code. */
  body: ReactNode;
  /** The codes of the rows to show, in order. */
  shown: readonly string[];
  sort: OverviewSort;
  onSort: (key: SortKey) => void;
  captionId: string;
}

/** A column heading that sorts by its column; without JavaScript its plain label shows instead (see OverviewExplorer). */
function SortHeading({ column, sort, onSort }: { column: SortKey; sort: OverviewSort; onSort: (key: SortKey) => void }) {
  const locale = useLocale();
  const { overviewCopy } = overviewWords[locale];
  const active = sort.key === column;
  const label = overviewCopy.columns[column];
  const ariaSort = active ? (sort.dir === "asc" ? "ascending" : "descending") : undefined;
  return (
    <th scope="col" aria-sort={ariaSort} className={column === "state" ? "overview-state-col" : `overview-col-${column}`}>
      <button type="button" className="sort-button needs-script" onClick={() => onSort(column)}>
        {label}
        <span className="sort-mark" aria-hidden="true">
          {active ? (sort.dir === "asc" ? "▲" : "▼") : "↕"}
        </span>
      </button>
      <span className="sort-label" hidden>
        {label}
      </span>
    </th>
  );
}

/** The whole table: sortable headings over the server-drawn rows, shown in the chosen order. */
export function OverviewTable({ body, shown, sort, onSort, captionId }: OverviewTableProps) {
  const locale = useLocale();
  const { overviewCopy } = overviewWords[locale];
  const tableRef = useRef<HTMLTableElement>(null);
  useLayoutEffect(() => {
    const rows = tableRef.current?.tBodies[0];
    if (rows) arrangeRows(rows, shown);
  }, [shown]);
  return (
    <div className="table-scroll overview-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="overview-table" ref={tableRef}>
        <caption id={captionId}>{overviewCopy.tableCaption}</caption>
        <thead>
          <tr>
            {SORT_KEYS.map((column) => (
              <SortHeading key={column} column={column} sort={sort} onSort={onSort} />
            ))}
          </tr>
        </thead>
        {body}
      </table>
    </div>
  );
}
