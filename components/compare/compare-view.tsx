"use client";

import { useEffect, useRef, useState } from "react";
import { SearchBox } from "@/components/search/search-box";
import {
  alignRows,
  chosenCodes,
  compareDataHref,
  formatComparePair,
  isCompareSide,
  parseComparePair,
  swapPair,
  type CodePair,
  type CompareSide,
  type CompareSlot,
  type ParsedPair,
  type StateRef,
} from "@/lib/compare";
import type { StateCode } from "@/lib/schema";
import type { SearchEntry } from "@/lib/search";
import { CompareSources } from "./compare-sources";
import { CompareSummary } from "./compare-summary";
import { CompareTable } from "./compare-table";
import { compareWords, type CompareWords } from "./copy";
import { useLocale } from "@/components/i18n/use-locale";

export interface CompareViewProps {
  /** Search entries for the states only (no federal entry), built on the server. */
  entries: SearchEntry[];
  states: StateRef[];
}

type Loaded = CompareSide | "failed";

const SLOTS: readonly CompareSlot[] = ["a", "b"];
const otherSlot = (slot: CompareSlot): CompareSlot => (slot === "a" ? "b" : "a");

function urlProblems(parsed: ParsedPair, nameOf: (code: StateCode) => string, compareCopy: CompareWords["compareCopy"]): string[] {
  const problems = SLOTS.flatMap((slot) => {
    const param = parsed[slot];
    if (param.status === "unknown") return [compareCopy.unknownState(slot, param.shown)];
    if (param.status === "same") return [compareCopy.sameState(nameOf(param.code))];
    return [];
  });
  return parsed.ignored.length > 0 ? [...problems, compareCopy.ignored(parsed.ignored)] : problems;
}

/**
 * The interactive comparison: reads ?a=&b= in the browser (the page itself is static), fetches each state's
 * small data file from this site, and keeps the address in step so it can be shared and Back/Forward work.
 */
export function CompareView({ entries, states }: CompareViewProps) {
  const locale = useLocale();
  const { compareCopy } = compareWords[locale];
  /** Null until the address has been read in the browser. */
  const [choice, setChoice] = useState<{ pair: CodePair; parsed: ParsedPair | null } | null>(null);
  const [notice, setNotice] = useState("");
  const [loaded, setLoaded] = useState<Partial<Record<StateCode, Loaded>>>({});
  const [onlyDifferences, setOnlyDifferences] = useState(false);
  const requested = useRef(new Set<StateCode>());

  useEffect(() => {
    const read = () => {
      const parsed = parseComparePair(window.location.search, states);
      setChoice({ pair: chosenCodes(parsed), parsed });
      setNotice("");
    };
    read();
    window.addEventListener("popstate", read);
    return () => window.removeEventListener("popstate", read);
  }, [states]);

  const pair = choice?.pair;
  useEffect(() => {
    if (!pair) return;
    for (const code of [pair.a, pair.b]) {
      if (code === null || requested.current.has(code)) continue;
      requested.current.add(code);
      const settle = (result: Loaded) => setLoaded((current) => ({ ...current, [code]: result }));
      fetch(compareDataHref(code, locale))
        .then((response) => (response.ok ? (response.json() as Promise<unknown>) : null))
        .then((data) => settle(isCompareSide(data, code) ? data : "failed"))
        .catch(() => settle("failed"));
    }
  }, [pair, loaded, locale]);

  if (!choice || !pair) return null;

  const nameOf = (code: StateCode) => states.find((state) => state.code === code)?.name ?? code;

  const go = (next: CodePair, message: string) => {
    setChoice({ pair: next, parsed: null });
    setNotice(message);
    window.history.pushState(null, "", formatComparePair(next));
  };

  const choose = (slot: CompareSlot) => (entry: SearchEntry) => {
    const state = states.find((candidate) => candidate.code === entry.code);
    if (!state) return;
    if (state.code === pair[otherSlot(slot)]) {
      setNotice(compareCopy.alreadyChosen(state.name, otherSlot(slot)));
      return;
    }
    if (state.code === pair[slot]) {
      setNotice(compareCopy.chosen(slot, state.name));
      return;
    }
    go({ ...pair, [slot]: state.code }, compareCopy.chosen(slot, state.name));
  };

  const swap = () => {
    const next = swapPair(pair);
    go(next, compareCopy.swapped(next.a && nameOf(next.a), next.b && nameOf(next.b)));
  };

  const retry = (code: StateCode) => {
    requested.current.delete(code);
    setLoaded((current) => {
      const rest = { ...current };
      delete rest[code];
      return rest;
    });
  };

  const problems = choice.parsed ? urlProblems(choice.parsed, nameOf, compareCopy) : [];
  const chosen = SLOTS.map((slot) => pair[slot]).filter((code): code is StateCode => code !== null);
  const prompt =
    chosen.length === 0 ? compareCopy.promptBoth : chosen.length === 1 ? compareCopy.promptOther(nameOf(chosen[0]!)) : null;
  const sideA = pair.a ? loaded[pair.a] : undefined;
  const sideB = pair.b ? loaded[pair.b] : undefined;
  const bothReady = typeof sideA === "object" && typeof sideB === "object";
  const rows = bothReady ? alignRows(sideA.rows, sideB.rows) : [];

  const picker = (slot: CompareSlot) => {
    const code = pair[slot];
    return (
      <div className="compare-picker">
        <p className="compare-current">
          {compareCopy.slotLabel[slot]}: <strong>{code ? nameOf(code) : compareCopy.noneChosen}</strong>
        </p>
        <SearchBox
          entries={entries}
          label={code ? compareCopy.change(slot) : compareCopy.choose(slot)}
          onChoose={choose(slot)}
          className="compare-search"
        />
      </div>
    );
  };

  return (
    <div className="compare-view">
      {problems.length > 0 ? (
        <div className="notice compare-problems" role="alert">
          <ul>
            {problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <section aria-labelledby="compare-picks-heading" className="compare-picks">
        <h2 id="compare-picks-heading" className="visually-hidden">
          {compareCopy.picksHeading}
        </h2>
        <div className="compare-pickers">
          {picker("a")}
          <button type="button" className="secondary compare-swap" onClick={swap} disabled={chosen.length === 0}>
            <span aria-hidden="true">⇄</span> {compareCopy.swap}
          </button>
          {picker("b")}
        </div>
        <p role="status" className="compare-status">
          {notice}
        </p>
        {prompt ? <p className="compare-prompt">{prompt}</p> : null}
      </section>
      {chosen.map((code) =>
        loaded[code] === "failed" ? (
          <p key={code} className="notice">
            {compareCopy.loadFailed(nameOf(code))}{" "}
            <button type="button" className="secondary" onClick={() => retry(code)}>
              {compareCopy.retry}
            </button>
          </p>
        ) : loaded[code] === undefined ? (
          <p key={code} className="muted">
            {compareCopy.loading(nameOf(code))}
          </p>
        ) : null,
      )}
      {bothReady ? (
        <>
          <CompareSummary a={sideA} b={sideB} rows={rows} />
          <p className="compare-filter">
            <label>
              <input type="checkbox" checked={onlyDifferences} onChange={(event) => setOnlyDifferences(event.target.checked)} />{" "}
              {compareCopy.onlyDifferences}
            </label>
          </p>
          <CompareTable a={sideA} b={sideB} rows={rows} onlyDifferences={onlyDifferences} />
          <CompareSources a={sideA} b={sideB} />
        </>
      ) : null}
    </div>
  );
}
