import { termsWords } from "@/components/copy/terms";
import type { Locale } from "@/lib/locale";
import { overviewWords } from "./copy";
import { useLocale } from "@/components/i18n/use-locale";
import { localePath } from "@/lib/locale";
import { useMemo, type ReactNode } from "react";
import { renderStaticMarkup } from "@/components/static-markup";
import { SORT_KEYS, type GradeCell, type LawCoverage, type OverviewRow, type OverviewSort, type SortKey } from "@/lib/overview";

export interface OverviewTableProps {
  rows: OverviewRow[];
  sort: OverviewSort;
  /** How many checklist criteria there are (the "of 8"). */
  criteriaTotal: number;
  /** When given, column headings become sort buttons; without it (no JavaScript yet) they are plain text. */
  onSort?: (key: SortKey) => void;
  captionId: string;
}

const COLUMNS = SORT_KEYS;

const gradeCellText = (cell: GradeCell, locale: Locale): string =>
  cell.key === "score" && cell.score !== null ? overviewWords[locale].overviewCopy.gradeScore(cell.score) : termsWords[locale].gradeName[cell.key];

type LawColumn = "ages" | "trafficking" | "offenses" | "records";
const LAW_COLUMNS: readonly LawColumn[] = ["ages", "trafficking", "offenses", "records"];

const coverageTexts = (law: LawCoverage, locale: Locale): Record<LawColumn, string> => {
  const { notInSources } = termsWords[locale];
  const { agesText, offensesText, recordsText, traffickingText } = overviewWords[locale];
  return {
    ages: agesText(law.adults, law.minors),
    trafficking: traffickingText(law.sex, law.labor),
    offenses: law.offenses === null ? notInSources : offensesText[law.offenses],
    records: law.records === null ? notInSources : recordsText(law.records),
  };
};

/**
 * The four law columns. When a state's laws differ, each cell lists every law with its own facts,
 * so a row never merges one law's ages with another's offenses.
 */
function lawCells(row: OverviewRow, locale: Locale): Record<LawColumn, ReactNode> {
  const { overviewCopy } = overviewWords[locale];
  const { notInSources } = termsWords[locale];
  if (row.level === "none") {
    const noLaw = overviewCopy.noLaw;
    return { ages: noLaw, trafficking: noLaw, offenses: noLaw, records: noLaw };
  }
  const perLaw = row.lawCoverage.map((law) => ({ citation: law.citation, texts: coverageTexts(law, locale) }));
  const [first] = perLaw;
  if (!first || perLaw.every((law) => LAW_COLUMNS.every((column) => law.texts[column] === first.texts[column]))) {
    return first?.texts ?? { ages: notInSources, trafficking: notInSources, offenses: notInSources, records: notInSources };
  }
  const list = (column: LawColumn) => (
    <ul className="per-law">
      {perLaw.map((law) => (
        <li key={law.citation}>
          <span className="citation">{law.citation}</span>: {law.texts[column]}
        </li>
      ))}
    </ul>
  );
  return { ages: list("ages"), trafficking: list("trafficking"), offenses: list("offenses"), records: list("records") };
}

function SortHeading({ column, sort, onSort }: { column: SortKey; sort: OverviewSort; onSort?: (key: SortKey) => void }) {
  const locale = useLocale();
  const { overviewCopy } = overviewWords[locale];
  const active = sort.key === column;
  const label = overviewCopy.columns[column];
  const ariaSort = active ? (sort.dir === "asc" ? "ascending" : "descending") : undefined;
  return (
    <th scope="col" aria-sort={ariaSort} className={column === "state" ? "overview-state-col" : undefined}>
      {onSort ? (
        <button type="button" className="sort-button" onClick={() => onSort(column)}>
          {label}
          <span className="sort-mark" aria-hidden="true">
            {active ? (sort.dir === "asc" ? "▲" : "▼") : "↕"}
          </span>
        </button>
      ) : (
        label
      )}
    </th>
  );
}

/** The table's rows, as plain markup (no hooks: it is rendered to a string). */
function OverviewRows({ rows, criteriaTotal, locale }: { rows: OverviewRow[]; criteriaTotal: number; locale: Locale }) {
  const { coverageMark, coverageName, notInSources, reliefTypeName } = termsWords[locale];
  const { overviewCopy } = overviewWords[locale];
  const columnCount = COLUMNS.length;
  return (
    <>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={columnCount}>{overviewCopy.noRows}</td>
            </tr>
          ) : (
            rows.map((row) => {
              const cells = lawCells(row, locale);
              return (
                <tr key={row.code}>
                  <th scope="row" className="overview-state-col">
                    <a href={localePath(locale, row.href)}>{row.name}</a>
                  </th>
                  <td className="overview-coverage">
                    <span className={`swatch c-${row.level}`} aria-hidden="true">
                      {coverageMark[row.level]}
                    </span>{" "}
                    {coverageName[row.level]}
                  </td>
                  <td>{overviewCopy.criteriaCell(row.criteriaMet, criteriaTotal, row.criteriaUnknown)}</td>
                  <td>{gradeCellText(row.grades["2023"], locale)}</td>
                  <td>{gradeCellText(row.grades["2019"], locale)}</td>
                  <td>
                    {row.reliefTypes.length === 0
                      ? overviewCopy.noRelief
                      : row.reliefTypes.map((type) => reliefTypeName[type]).join(", ")}
                  </td>
                  <td>{cells.ages}</td>
                  <td>{cells.trafficking}</td>
                  <td>{cells.offenses}</td>
                  <td>{cells.records}</td>
                  <td>{row.latestChange ?? (row.level === "none" ? overviewCopy.noLaw : notInSources)}</td>
                </tr>
              );
            })
          )}
    </>
  );
}

/** The whole table: one row per state, every column readable as text. */
export function OverviewTable({ rows, sort, criteriaTotal, onSort, captionId }: OverviewTableProps) {
  const locale = useLocale();
  const { overviewCopy } = overviewWords[locale];
  const bodyHtml = useMemo(() => renderStaticMarkup(<OverviewRows rows={rows} criteriaTotal={criteriaTotal} locale={locale} />), [rows, criteriaTotal, locale]);
  return (
    <div className="table-scroll overview-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="overview-table">
        <caption id={captionId}>{overviewCopy.tableCaption}</caption>
        <thead>
          <tr>
            {COLUMNS.map((column) => (
              <SortHeading key={column} column={column} sort={sort} onSort={onSort} />
            ))}
          </tr>
        </thead>
        {/* Static markup: 51 rows of plain text and links, hydrated as one element and rewritten whole on a new view. */}
        <tbody dangerouslySetInnerHTML={{ __html: bodyHtml }} />
      </table>
    </div>
  );
}
