"use client";

import type { ReactNode } from "react";
import * as en from "./copy.en";
import { CheckWordsProvider } from "./check-words";

/**
 * The check's words in English, around the check the page renders as its child. Each language is its own client
 * entry, apart from the check itself, so a page's script carries only its own language's words.
 */
export function CheckWordsEn({ children }: { children: ReactNode }) {
  return <CheckWordsProvider words={en}>{children}</CheckWordsProvider>;
}
