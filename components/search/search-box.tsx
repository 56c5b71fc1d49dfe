"use client";

import { useRouter } from "next/navigation";
import { useId, useMemo, useState, type KeyboardEvent } from "react";
import { searchWords } from "./copy";
import { useLocale } from "@/components/i18n/use-locale";
import { localePath } from "@/lib/locale";
import { exactMatch, searchStates, type SearchEntry } from "@/lib/search";

export interface SearchBoxProps {
  entries: SearchEntry[];
  /** Visible label; defaults to "Find a state". */
  label?: string;
  /** Called with the chosen entry instead of opening its page. */
  onChoose?: (entry: SearchEntry) => void;
  /** Name of the query field when the box works as a plain GET form. */
  name?: string;
  defaultValue?: string;
  className?: string;
}

/** A WAI-ARIA combobox: type, move with the arrow keys, Enter opens, Escape closes. Nothing typed leaves the browser. */
export function SearchBox({ entries, label: givenLabel, onChoose, name = "q", defaultValue = "", className }: SearchBoxProps) {
  const locale = useLocale();
  const { searchCopy } = searchWords[locale];
  const label = givenLabel ?? searchCopy.label;
  const router = useRouter();
  const id = useId();
  const listId = `${id}-list`;
  const [query, setQuery] = useState(defaultValue);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const results = useMemo(() => searchStates(entries, query), [entries, query]);
  const showList = open && query.trim() !== "";
  const optionId = (index: number) => `${id}-option-${index}`;

  const choose = (entry: SearchEntry) => {
    setOpen(false);
    setActive(-1);
    if (onChoose) {
      setQuery("");
      onChoose(entry);
    } else {
      router.push(entry.href);
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      setOpen(true);
      if (results.length === 0) return;
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((current) => (current + step + results.length) % results.length);
    } else if (event.key === "Enter") {
      // Only a highlighted option or a query that names one state outright opens a page; a close spelling never does.
      const chosen = results[active]?.entry ?? exactMatch(entries, query);
      if (showList && chosen) {
        event.preventDefault();
        choose(chosen);
      } else if (onChoose) {
        event.preventDefault();
      }
    } else if (event.key === "Escape") {
      if (showList) {
        event.preventDefault();
        setOpen(false);
        setActive(-1);
      } else {
        setQuery("");
      }
    }
  };

  let status = "";
  if (showList) status = results.length > 0 ? searchCopy.resultsCount(results.length) : searchCopy.noMatch(query.trim().slice(0, 60));

  return (
    <form
      role="search"
      aria-labelledby={`${id}-label`}
      action={localePath(locale, "/search")}
      method="get"
      className={`search-box ${className ?? ""}`}
      onSubmit={(event) => {
        // With JavaScript nothing typed is sent: submitting opens the state the query names outright (or the
        // highlighted option); anything weaker, even a single close spelling, lists the candidates to choose from.
        event.preventDefault();
        if (onChoose) return;
        const highlighted = results[active];
        const named = exactMatch(entries, query);
        if (highlighted) choose(highlighted.entry);
        else if (named) choose(named);
        else if (results.length > 0) {
          setOpen(true);
          setActive(0);
        }
      }}
    >
      <label id={`${id}-label`} htmlFor={`${id}-input`}>
        {label}
      </label>
      <div className="search-row">
        <input
          id={`${id}-input`}
          name={name}
          type="text"
          role="combobox"
          autoComplete="off"
          autoCapitalize="off"
          spellCheck={false}
          placeholder={searchCopy.placeholder}
          aria-autocomplete="list"
          aria-expanded={showList}
          aria-controls={listId}
          aria-activedescendant={showList && active >= 0 ? optionId(active) : undefined}
          value={query}
          maxLength={200}
          onChange={(event) => {
            setQuery(event.target.value);
            setOpen(true);
            setActive(-1);
          }}
          onKeyDown={onKeyDown}
          onFocus={() => setOpen(true)}
          onBlur={() => setOpen(false)}
        />
        {onChoose ? null : <button type="submit">{searchCopy.submit}</button>}
      </div>
      <ul id={listId} role="listbox" aria-label={label} className="search-results" hidden={!showList || results.length === 0}>
        {showList
          ? results.map((result, index) => (
              <li
                key={result.entry.code}
                id={optionId(index)}
                role="option"
                aria-selected={index === active}
                className={index === active ? "active" : undefined}
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => choose(result.entry)}
              >
                <span className="option-name">{result.entry.name}</span>{" "}
                <span className="option-summary">{result.entry.summary}</span>
              </li>
            ))
          : null}
      </ul>
      <p role="status" className={showList && results.length === 0 ? "search-status" : "visually-hidden"}>
        {status}
      </p>
    </form>
  );
}
