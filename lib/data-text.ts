import type { Locale } from "./locale";
import type { Federal, HowToApply, Jurisdiction, ReliefLaw } from "./schema";

type Entry = Jurisdiction | Federal;
export type HowToApplyText = keyof HowToApply["es"];

/** The data's plain-language texts in a locale; the English is the reference. */
export const whoQualifiesIn = (entry: Entry, locale: Locale): string => (locale === "es" ? entry.whoQualifiesEs : entry.whoQualifies);

export const plainSummaryIn = (law: ReliefLaw, locale: Locale): string => (locale === "es" ? law.plainSummaryEs : law.plainSummary);

export const generalReliefIn = (entry: Entry, locale: Locale): string | null =>
  locale === "es" ? entry.generalRelief.summaryEs : entry.generalRelief.summary;

export const juvenileSummaryIn = (entry: Entry, locale: Locale): string =>
  locale === "es" ? entry.juvenileRelief.summaryEs : entry.juvenileRelief.summary;

export const howToApplyIn = (how: HowToApply, key: HowToApplyText, locale: Locale): string | null =>
  locale === "es" ? how.es[key] : how[key];
