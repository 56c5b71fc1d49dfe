import type { Locale } from "@/lib/locale";
import { pageLocale } from "./page-locale";

const BY_LOCALE = Symbol("byLocale");

export type Localized<T extends object> = T & { readonly [BY_LOCALE]: Record<Locale, T> };

/**
 * Words in both languages behind one name. In a server component, reading a property gives the
 * words of the page's locale (see page-locale.ts), so components read `stateCopy.heading` as before.
 * Client components, which cannot see the page's locale, pick explicitly with `inLocale(copy, locale)`.
 */
export function localized<T extends object>(byLocale: Record<Locale, T>): Localized<T> {
  const current = () => byLocale[pageLocale()];
  return new Proxy(byLocale.en, {
    get: (_target, key) => (key === BY_LOCALE ? byLocale : Reflect.get(current(), key)),
    has: (_target, key) => Reflect.has(current(), key),
    ownKeys: () => Reflect.ownKeys(current()),
    getOwnPropertyDescriptor: (_target, key) => Reflect.getOwnPropertyDescriptor(current(), key),
  }) as Localized<T>;
}

/** The words of one locale, for client components and for code that knows its locale. */
export const inLocale = <T extends object>(words: Localized<T>, locale: Locale): T => words[BY_LOCALE][locale];
