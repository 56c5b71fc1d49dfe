import { cache } from "react";
import type { Locale } from "@/lib/locale";

/**
 * The locale of the page being rendered on the server. React's cache() gives each render its own
 * store, so a Spanish layout and page can set it once and every server component below reads it,
 * without passing a locale through every component. Client components cannot read it: they are
 * given the locale as a prop.
 */
const store = cache((): { locale: Locale } => ({ locale: "en" }));

export const setPageLocale = (locale: Locale): void => {
  store().locale = locale;
};

export const pageLocale = (): Locale => store().locale;
