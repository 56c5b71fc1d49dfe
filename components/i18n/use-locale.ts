import * as React from "react";
import type { Locale } from "@/lib/locale";
import { LocaleContext } from "./locale-context";
import { pageLocale } from "./page-locale";

/**
 * The locale of the page, in any component: server components read it from the render's store
 * (set by the layout), client components from the LocaleProvider. React's server build has no
 * useContext, so which of the two applies never changes within one build of a component.
 */
export function useLocale(): Locale {
  const readContext = "useContext" in React && LocaleContext ? React.useContext : null;
  return readContext && LocaleContext ? readContext(LocaleContext) : pageLocale();
}
