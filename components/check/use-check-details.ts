"use client";

import { useCallback, useRef, useState } from "react";
import type { CheckDetails } from "@/lib/eligibility";

export type DetailsStatus = "idle" | "loading" | "loaded" | "failed";

/**
 * Loads the check's details file (every jurisdiction's steps to apply and legal help) once, when asked:
 * the same file for everyone, so the request says nothing about the answers. A failed load can be retried.
 */
export function useCheckDetails(url: string) {
  const [status, setStatus] = useState<DetailsStatus>("idle");
  const [byCode, setByCode] = useState<Record<string, CheckDetails> | null>(null);
  const status$ = useRef<DetailsStatus>("idle");

  const start = useCallback(() => {
    const settle = (next: DetailsStatus) => {
      status$.current = next;
      setStatus(next);
    };
    settle("loading");
    fetch(url)
      .then((response) => (response.ok ? (response.json() as Promise<Record<string, CheckDetails>>) : Promise.reject(new Error(`${response.status}`))))
      .then((loaded) => {
        setByCode(loaded);
        settle("loaded");
      })
      .catch(() => settle("failed"));
  }, [url]);

  /** Starts the load the first time only; after a failure, only the person's own retry tries again. */
  const load = useCallback(() => {
    if (status$.current === "idle") start();
  }, [start]);
  const retry = useCallback(() => {
    if (status$.current === "failed") start();
  }, [start]);

  return { status, byCode, load, retry };
}
