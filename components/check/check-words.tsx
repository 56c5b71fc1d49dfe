"use client";

import { createContext, useContext, type ReactNode } from "react";
import type { CheckWords } from "./copy";

const CheckWordsContext = createContext<CheckWords | null>(null);

/** Gives the check's components their words in the page's one language (see check-words-en.tsx). */
export function CheckWordsProvider({ words, children }: { words: CheckWords; children: ReactNode }) {
  return <CheckWordsContext.Provider value={words}>{children}</CheckWordsContext.Provider>;
}

export function useCheckWords(): CheckWords {
  const words = useContext(CheckWordsContext);
  if (!words) throw new Error("The check's components need a CheckWordsProvider");
  return words;
}
