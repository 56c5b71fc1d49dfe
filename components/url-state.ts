"use client";

import { useSyncExternalStore } from "react";

const CHANGE = "urlstatechange";

function subscribe(onChange: () => void) {
  window.addEventListener("popstate", onChange);
  window.addEventListener(CHANGE, onChange);
  return () => {
    window.removeEventListener("popstate", onChange);
    window.removeEventListener(CHANGE, onChange);
  };
}

/**
 * The page's query string, read in the browser so prerendered pages stay static.
 * Null while prerendering and hydrating, so server and first client render agree.
 */
export function useLocationSearch(): string | null {
  return useSyncExternalStore(subscribe, () => window.location.search, () => null);
}

/** Changes the query string; "push" adds a history entry so Back returns to the previous state. */
export function setLocationSearch(search: string, mode: "push" | "replace" = "replace") {
  const url = `${window.location.pathname}${search}${window.location.hash}`;
  if (mode === "push") window.history.pushState(null, "", url);
  else window.history.replaceState(null, "", url);
  window.dispatchEvent(new Event(CHANGE));
}
