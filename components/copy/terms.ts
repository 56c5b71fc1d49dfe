import type { Locale } from "@/lib/locale";
import * as en from "./terms.en";
import * as es from "./terms.es";

export type TermsWords = typeof en;

/** These words in each language. The English is the reference; the Spanish must have every word the English has. */
export const termsWords: Record<Locale, TermsWords> = { en, es };
