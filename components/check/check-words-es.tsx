"use client";

import type { ReactNode } from "react";
import * as es from "./copy.es";
import { CheckWordsProvider } from "./check-words";

/** The check's words in Spanish (see check-words-en.tsx). */
export function CheckWordsEs({ children }: { children: ReactNode }) {
  return <CheckWordsProvider words={es}>{children}</CheckWordsProvider>;
}
