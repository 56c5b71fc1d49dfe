"use client";

import { useEffect, useRef, useState } from "react";
import { countShiftPress, EXIT_URL, historyDepth, SHIFT_PRESSES, type ShiftCounter } from "@/lib/quick-exit";
import type { Locale } from "@/lib/locale";
import { shellWords } from "./copy";

/**
 * Blanks the page first. Then, if this page pushed history entries (the check's steps), steps back over each,
 * forgetting what it held, so neither Back nor Forward can bring answers back. Last it replaces the first
 * entry with a weather site, so Back does not return to this page.
 */
export function leaveNow() {
  document.documentElement.classList.add("exiting");
  document.title = "";
  let left = false;
  const leave = () => {
    if (left) return;
    left = true;
    window.history.replaceState(null, "", "/");
    window.location.replace(EXIT_URL);
  };
  const rewind = () => {
    if (left) return;
    if (historyDepth(window.history.state) === 0) return leave();
    window.history.replaceState(null, "");
    window.addEventListener("popstate", rewind, { once: true });
    window.history.back();
  };
  // Should the browser never report a step back, leave anyway.
  window.setTimeout(leave, 1500);
  rewind();
}

export function QuickExit({ locale }: { locale: Locale }) {
  const copy = shellWords[locale].shellCopy.quickExit;
  // Shown on each page load until dismissed: remembering the dismissal would mean storing a trace of the visit.
  const [hintOpen, setHintOpen] = useState(true);
  const [status, setStatus] = useState("");
  const counter = useRef<ShiftCounter>({ count: 0, lastAt: 0 });
  const otherKeyDown = useRef(false);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== "Shift") otherKeyDown.current = true;
    };
    const onKeyUp = (event: KeyboardEvent) => {
      const usedAsModifier = event.key === "Shift" && otherKeyDown.current;
      if (event.key === "Shift" || !event.shiftKey) otherKeyDown.current = false;
      const next = countShiftPress(counter.current, { key: event.key, usedAsModifier }, Date.now());
      counter.current = next;
      if (next.count >= SHIFT_PRESSES) {
        leaveNow();
      } else if (next.count > 0) {
        setStatus(copy.pressesLeft(SHIFT_PRESSES - next.count));
      }
    };
    window.addEventListener("keydown", onKeyDown, true);
    window.addEventListener("keyup", onKeyUp, true);
    return () => {
      window.removeEventListener("keydown", onKeyDown, true);
      window.removeEventListener("keyup", onKeyUp, true);
    };
  }, [copy]);

  return (
    <>
      <aside className="quick-exit" aria-label={copy.regionLabel}>
        <a
          className="quick-exit-button"
          href={EXIT_URL}
          rel="noopener noreferrer nofollow"
          onClick={(event) => {
            event.preventDefault();
            leaveNow();
          }}
        >
          <span className="visually-hidden">{copy.hiddenPrefix}</span>
          {copy.button}
        </a>
        <p className="visually-hidden" role="status">
          {status}
        </p>
        <div className="exit-overlay" aria-hidden="true">
          {copy.leaving}
        </div>
      </aside>
      {hintOpen ? (
        <aside className="quick-exit-hint" aria-label={copy.hintLabel}>
          {/* Each hint promises only what is true: the shortcut and the history replacement need JavaScript. */}
          <noscript>
            <p>{copy.hintNoScript}</p>
          </noscript>
          <p className="needs-script">
            {copy.hint}{" "}
            <button type="button" className="link-button" onClick={() => setHintOpen(false)}>
              {copy.dismissHint}
            </button>
          </p>
        </aside>
      ) : null}
    </>
  );
}
