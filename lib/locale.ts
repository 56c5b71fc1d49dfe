/** The site's languages: English at the root, Spanish under /es. English is the reference text. */
export const LOCALES = ["en", "es"] as const;
export type Locale = (typeof LOCALES)[number];

export const isLocale = (value: unknown): value is Locale => LOCALES.includes(value as Locale);

/** "/states/missouri" in a locale: unchanged in English, "/es/states/missouri" in Spanish. */
export function localePath(locale: Locale, path: string): string {
  if (locale === "en") return path;
  if (path === "/") return "/es";
  return path.startsWith("/") ? `/es${path}` : path;
}

/** The locale a path belongs to. */
export const localeOfPath = (pathname: string): Locale => (pathname === "/es" || pathname.startsWith("/es/") ? "es" : "en");

/** The same page in the other language: "/es/states/texas" ↔ "/states/texas". */
export function otherLocalePath(pathname: string): { locale: Locale; path: string } {
  if (localeOfPath(pathname) === "es") return { locale: "en", path: pathname.slice(3) || "/" };
  return { locale: "es", path: localePath("es", pathname) };
}
