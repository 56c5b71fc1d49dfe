import type { Locale } from "@/lib/locale";
import * as en from "./copy.en";
import * as es from "./copy.es";

export type HelpWords = typeof en;

/** These words in each language. The English is the reference; the Spanish must have every word the English has. */
export const helpWords: Record<Locale, HelpWords> = { en, es };
