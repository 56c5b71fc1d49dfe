import type { Locale } from "@/lib/locale";
import * as en from "./law-facts.en";
import * as es from "./law-facts.es";

export type LawFactWords = typeof en;

/** Each law fact in words, in each language. */
export const lawFactWords: Record<Locale, LawFactWords> = { en, es };
