"use client";
import * as React from "react";
import type { ReactNode } from "react";
import type { Locale } from "@/lib/locale";

// createContext does not exist in React's server build, so the context exists only where client components run.
const LocaleContext = "createContext" in React ? React.createContext<Locale>("en") : null;

/** Gives client components the page's locale. Placed once, in each root layout. */
export function LocaleProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  return LocaleContext ? <LocaleContext.Provider value={locale}>{children}</LocaleContext.Provider> : children;
}

export { LocaleContext };
