import { SECTION_ORDER, type AlignedRow, type CellItem, type CompareRow, type CompareRowKey, type CompareSection, type CompareSide } from "./compare";
import { escapeHtml } from "./search-fallback";

/** Where the server writes a comparison into the static /compare page for browsers without JavaScript. */
export const NOSCRIPT_COMPARE_MARKER = '<div id="noscript-compare"></div>';

export interface CompareFallbackWords {
  heading: (first: string, second: string) => string;
  statePages: string;
  and: string;
  factColumn: string;
  differs: string;
  notInSources: string;
  sections: Record<CompareSection, string>;
  rows: Record<CompareRowKey, string>;
  checklistLead: string;
  sourcesHeading: string;
  lastVerified: (name: string, date: string) => string;
}

const link = (href: string, text: string): string =>
  href.startsWith("/")
    ? `<a href="${escapeHtml(href)}">${escapeHtml(text)}</a>`
    : `<a href="${escapeHtml(href)}" rel="noopener noreferrer" target="_blank">${escapeHtml(text)}</a>`;

const itemHtml = (item: CellItem): string =>
  `${item.citation ? `<span class="citation">${escapeHtml(item.citation)}</span>: ` : ""}${item.href ? link(item.href, item.text) : escapeHtml(item.text)}`;

function cellHtml(row: CompareRow | null, words: CompareFallbackWords): string {
  if (!row || row.items.length === 0) return escapeHtml(words.notInSources);
  const [first] = row.items;
  if (row.items.length === 1 && first && first.citation === null) return itemHtml(first);
  return `<ul class="compare-items">${row.items.map((item) => `<li>${itemHtml(item)}</li>`).join("")}</ul>`;
}

const rowHtml = (row: AlignedRow, words: CompareFallbackWords): string =>
  `<tr${row.differs ? ' class="differs"' : ""}><th scope="row">${escapeHtml(words.rows[row.key])}${
    row.differs ? ` <span class="differs-mark">${escapeHtml(words.differs)}</span>` : ""
  }</th><td>${cellHtml(row.a, words)}</td><td>${cellHtml(row.b, words)}</td></tr>`;

/**
 * The whole comparison as plain HTML, every piece of text escaped, for browsers without JavaScript: both states
 * named and linked, every fact side by side, and each side's sources date. It goes inside <noscript>.
 */
export function noscriptCompareHtml(a: CompareSide, b: CompareSide, rows: AlignedRow[], words: CompareFallbackWords): string {
  const head = `<tr><th scope="col">${escapeHtml(words.factColumn)}</th><th scope="col">${link(a.href, a.name)}</th><th scope="col">${link(b.href, b.name)}</th></tr>`;
  const sections = SECTION_ORDER.map((section) => {
    const shown = rows.filter((row) => row.section === section);
    if (shown.length === 0) return "";
    const lead = section === "checklist" ? `<p>${escapeHtml(words.checklistLead)}</p>` : "";
    return `<section class="compare-section"><h3>${escapeHtml(words.sections[section])}</h3>${lead}<div class="table-scroll"><table class="compare-table"><thead>${head}</thead><tbody>${shown
      .map((row) => rowHtml(row, words))
      .join("")}</tbody></table></div></section>`;
  }).join("");
  const sources = [a, b]
    .map(
      (side) =>
        `<div><h4>${link(side.href, side.name)}</h4><p>${escapeHtml(words.lastVerified(side.name, side.lastVerified))}</p><ol class="sources">${side.sources
          .map((source) => `<li>${link(source.url, source.title)}${source.date ? `, ${escapeHtml(source.date)}` : ""}</li>`)
          .join("")}</ol></div>`,
    )
    .join("");
  return `<div id="noscript-compare" class="compare-noscript"><h2>${escapeHtml(words.heading(a.name, b.name))}</h2><p>${escapeHtml(words.statePages)} ${link(
    a.href,
    a.name,
  )} ${escapeHtml(words.and)} ${link(b.href, b.name)}.</p>${sections}<section class="compare-sources"><h3>${escapeHtml(
    words.sourcesHeading,
  )}</h3><div class="compare-sources-columns">${sources}</div></section></div>`;
}
