import type { ReactNode } from "react";
import { termsWords } from "@/components/copy/terms";
import { staticHtml } from "@/components/static-markup";
import type { Locale } from "@/lib/locale";
import { localePath } from "@/lib/locale";
import { SORT_KEYS, type GradeCell, type LawCoverage, type OverviewRow } from "@/lib/overview";
import { overviewWords } from "./copy";

const gradeCellText = (cell: GradeCell, locale: Locale): string =>
  cell.key === "score" && cell.score !== null ? overviewWords[locale].overviewCopy.gradeScore(cell.score) : termsWords[locale].gradeName[cell.key];

type LawColumn = "ages" | "trafficking" | "offenses" | "records";

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
 * The four law columns. Where a state's laws differ in a column, its cell lists every law with its own
 * fact, so a row never merges one law's ages with another's offenses; where they agree, it says it once.
 */
function lawCells(row: OverviewRow, locale: Locale): Record<LawColumn, ReactNode> {
  const { overviewCopy } = overviewWords[locale];
  const { notInSources } = termsWords[locale];
  if (row.level === "none") {
    const noLaw = overviewCopy.noLaw;
    return { ages: noLaw, trafficking: noLaw, offenses: noLaw, records: noLaw };
  }
  const perLaw = row.lawCoverage.map((law) => ({ citation: law.citation, texts: coverageTexts(law, locale) }));
  const cell = (column: LawColumn): ReactNode => {
    const [first, ...others] = perLaw;
    if (!first) return notInSources;
    if (others.every((law) => law.texts[column] === first.texts[column])) return first.texts[column];
    return (
      // role="list": Safari's VoiceOver stops announcing a list once its bullets are removed (see overview.css).
      <ul className="per-law" role="list">
        {perLaw.map((law) => (
          <li key={law.citation}>
            {law.citation}: {law.texts[column]}
          </li>
        ))}
      </ul>
    );
  };
  return { ages: cell("ages"), trafficking: cell("trafficking"), offenses: cell("offenses"), records: cell("records") };
}

export interface OverviewRowsProps {
  rows: OverviewRow[];
  /** How many checklist criteria there are (the "of 8"). */
  criteriaTotal: number;
  locale: Locale;
}

/** One row per state, each marked with its code so the explorer can reorder and hide it, and a row for "nothing matches". */
function OverviewRows({ rows, criteriaTotal, locale }: OverviewRowsProps) {
  const { coverageMark, coverageName, notInSources, reliefTypeName } = termsWords[locale];
  const { overviewCopy } = overviewWords[locale];
  return (
    <>
      {rows.map((row) => {
        const cells = lawCells(row, locale);
        return (
          <tr key={row.code} data-code={row.code}>
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
            <td>{row.reliefTypes.length === 0 ? overviewCopy.noRelief : row.reliefTypes.map((type) => reliefTypeName[type]).join(", ")}</td>
            <td>{cells.ages}</td>
            <td>{cells.trafficking}</td>
            <td>{cells.offenses}</td>
            <td>{cells.records}</td>
            <td>{row.latestChange ?? (row.level === "none" ? overviewCopy.noLaw : notInSources)}</td>
          </tr>
        );
      })}
      <tr data-empty="" hidden={rows.length > 0}>
        <td colSpan={SORT_KEYS.length}>{overviewCopy.noRows}</td>
      </tr>
    </>
  );
}

/**
 * The table's body, drawn once on the server as static markup: 51 rows of plain text and links that the
 * browser hydrates as one element. The explorer reorders and hides these rows; it never redraws them.
 */
export function OverviewBody(props: OverviewRowsProps) {
  return <tbody dangerouslySetInnerHTML={staticHtml(<OverviewRows {...props} />)} />;
}
