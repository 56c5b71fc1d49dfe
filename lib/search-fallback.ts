import { searchStates, type SearchEntry } from "./search";

/** Where the server writes matches into the static /search page for browsers without JavaScript. */
export const NOSCRIPT_RESULTS_MARKER = '<div id="noscript-results"></div>';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

export interface FallbackWords {
  heading: (query: string) => string;
  noMatch: (query: string) => string;
}

/**
 * The matches as plain HTML, every piece of text escaped, for the no-JavaScript search page.
 * It goes inside <noscript>, which React leaves alone when it hydrates the page.
 */
export function noscriptResultsHtml(entries: readonly SearchEntry[], query: string, words: FallbackWords): string {
  const shown = escapeHtml(query.trim().slice(0, 60));
  const results = searchStates(entries, query, 12);
  if (results.length === 0) return `<div id="noscript-results"><p>${words.noMatch(shown)}</p></div>`;
  const items = results
    .map(({ entry }) => `<li><a href="${escapeHtml(entry.href)}">${escapeHtml(entry.name)}</a> <span class="muted">${escapeHtml(entry.summary)}</span></li>`)
    .join("");
  return `<div id="noscript-results"><h2>${words.heading(shown)}</h2><ul class="result-links">${items}</ul></div>`;
}
