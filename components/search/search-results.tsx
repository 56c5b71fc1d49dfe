"use client";

import { useEffect } from "react";
import { useLocationSearch } from "@/components/url-state";
import { exactMatch, searchStates, type SearchEntry } from "@/lib/search";
import { searchWords } from "./copy";
import { SearchBox } from "./search-box";
import { useLocale } from "@/components/i18n/use-locale";

/** The /search page's results, read from ?q= in the browser so the page itself stays static. */
export function SearchResults({ entries }: { entries: SearchEntry[] }) {
  const locale = useLocale();
  const { searchCopy } = searchWords[locale];
  const search = useLocationSearch();
  const query = search === null ? null : (new URLSearchParams(search).get("q") ?? "");
  const match = query === null ? null : exactMatch(entries, query);

  useEffect(() => {
    if (match) window.location.replace(match.href);
  }, [match]);

  if (query === null || match) return null;
  const shown = query.trim().slice(0, 60);
  const results = searchStates(entries, query, 12);
  return (
    <div className="search-page-results">
      <SearchBox entries={entries} defaultValue={shown} label={searchCopy.searchAgain} />
      {shown === "" ? (
        <p role="status">{searchCopy.emptyQuery}</p>
      ) : results.length === 0 ? (
        <p role="status">{searchCopy.noMatch(shown)}</p>
      ) : (
        <>
          <h2>{searchCopy.resultsHeading(shown)}</h2>
          <ul className="result-links">
            {results.map((result) => (
              <li key={result.entry.code}>
                <a href={result.entry.href}>{result.entry.name}</a> <span className="muted">{result.entry.summary}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
