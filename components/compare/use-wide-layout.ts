"use client";

import { useSyncExternalStore } from "react";

/** Where the comparison reads as a table; below it, as stacked pairs (compare.css keeps the same breakpoint). */
const WIDE = "(min-width: 48rem)";

let printing = false;

function subscribe(onChange: () => void) {
  const wide = window.matchMedia(WIDE);
  // Paper gets the table whatever the screen: React redraws in the microtask after beforeprint, before the print layout.
  const beforePrint = () => {
    printing = true;
    onChange();
  };
  const afterPrint = () => {
    printing = false;
    onChange();
  };
  wide.addEventListener("change", onChange);
  window.addEventListener("beforeprint", beforePrint);
  window.addEventListener("afterprint", afterPrint);
  return () => {
    wide.removeEventListener("change", onChange);
    window.removeEventListener("beforeprint", beforePrint);
    window.removeEventListener("afterprint", afterPrint);
  };
}

/**
 * True where the comparison is drawn as a table, false where as stacked pairs. Drawing only the layout the screen
 * shows, instead of both with one hidden by CSS, halves what a phone builds when two states load.
 */
export function useWideLayout(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => printing || window.matchMedia(WIDE).matches,
    () => true,
  );
}
