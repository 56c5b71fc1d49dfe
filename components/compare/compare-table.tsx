import { useEffect, useState } from "react";
import { termsWords } from "@/components/copy/terms";
import { ExternalLink } from "@/components/state/external-link";
import { SECTION_ORDER, type AlignedRow, type CellItem, type CompareRow, type CompareSide } from "@/lib/compare";
import { compareWords } from "./copy";
import { useLocale } from "@/components/i18n/use-locale";
import { localePath } from "@/lib/locale";
import { useWideLayout } from "./use-wide-layout";

export interface CompareTableProps {
  a: CompareSide;
  b: CompareSide;
  rows: AlignedRow[];
  onlyDifferences: boolean;
}

const itemKey = (item: CellItem) => `${item.citation ?? ""}|${item.text}|${item.href ?? ""}`;

function ItemText({ item }: { item: CellItem }) {
  return item.href ? <ExternalLink href={item.href}>{item.text}</ExternalLink> : <>{item.text}</>;
}

/** One side's value for one fact: plain text, or a list when several laws or links answer it. */
function CellValue({ row }: { row: CompareRow | null }) {
  const locale = useLocale();
  const { notInSources } = termsWords[locale];
  if (!row || row.items.length === 0) return <span className="unknown">{notInSources}</span>;
  const [first] = row.items;
  if (row.items.length === 1 && first && first.citation === null) {
    return (
      <span className={row.value === "unknown" ? "unknown" : undefined}>
        <ItemText item={first} />
      </span>
    );
  }
  return (
    <ul className="compare-items">
      {row.items.map((item) => (
        <li key={itemKey(item)}>
          {item.citation ? <span className="citation">{item.citation}: </span> : null}
          <ItemText item={item} />
        </li>
      ))}
    </ul>
  );
}

function FactLabel({ row }: { row: AlignedRow }) {
  const locale = useLocale();
  const { compareCopy } = compareWords[locale];
  return (
    <>
      {compareCopy.rows[row.key]}
      {row.differs ? (
        <>
          {" "}
          <span className="differs-mark">{compareCopy.differs}</span>
        </>
      ) : null}
    </>
  );
}

/**
 * How many sections to draw: one more after each frame is shown. Laying out all five at once (some 40 facts
 * side by side) held a phone's main thread for 120-170 ms right after the two states loaded; a section at a
 * time keeps each step short, and the first facts show sooner.
 */
function useSectionsDrawn(total: number): number {
  const [drawn, setDrawn] = useState(1);
  useEffect(() => {
    if (drawn >= total) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // A timeout set from an animation frame runs once that frame is laid out and painted.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setDrawn((count) => count + 1));
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [drawn, total]);
  return drawn;
}

/**
 * The two states fact by fact, one part per section: a real table on wide screens and on paper,
 * and the same facts as stacked, labelled pairs on phones.
 */
export function CompareTable({ a, b, rows, onlyDifferences }: CompareTableProps) {
  const locale = useLocale();
  const { compareCopy } = compareWords[locale];
  const wide = useWideLayout();
  const drawn = useSectionsDrawn(SECTION_ORDER.length);
  return (
    <div className="compare-sections" aria-busy={drawn < SECTION_ORDER.length}>
      {SECTION_ORDER.slice(0, drawn).map((section) => {
        const headingId = `compare-section-${section}`;
        const shown = rows.filter((row) => row.section === section && (!onlyDifferences || row.differs));
        return (
          <section key={section} aria-labelledby={headingId} className="compare-section">
            <h2 id={headingId}>{compareCopy.sections[section]}</h2>
            {section === "checklist" ? <p>{compareCopy.checklistLead}</p> : null}
            {shown.length === 0 ? (
              <p>{compareCopy.noDifferencesInSection}</p>
            ) : wide ? (
              <div className="table-scroll">
                <table className="compare-table" aria-labelledby={headingId}>
                  <thead>
                    <tr>
                      <th scope="col">{compareCopy.factColumn}</th>
                      <th scope="col">
                        <a href={localePath(locale, a.href)}>{a.name}</a>
                      </th>
                      <th scope="col">
                        <a href={localePath(locale, b.href)}>{b.name}</a>
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {shown.map((row) => (
                      <tr key={row.key} className={row.differs ? "differs" : undefined}>
                        <th scope="row">
                          <FactLabel row={row} />
                        </th>
                        <td>
                          <CellValue row={row.a} />
                        </td>
                        <td>
                          <CellValue row={row.b} />
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            ) : (
              <dl className="compare-pairs">
                {shown.map((row) => (
                  <div key={row.key} className={row.differs ? "pair differs" : "pair"}>
                    <dt>
                      <FactLabel row={row} />
                    </dt>
                    <dd>
                      <span className="pair-state">{a.name}</span>
                      <CellValue row={row.a} />
                    </dd>
                    <dd>
                      <span className="pair-state">{b.name}</span>
                      <CellValue row={row.b} />
                    </dd>
                  </div>
                ))}
              </dl>
            )}
          </section>
        );
      })}
    </div>
  );
}
