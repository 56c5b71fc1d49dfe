import type { Locale } from "@/lib/locale";
import type { ReliefLaw } from "@/lib/schema";
import * as en from "./law-facts.en";
import * as es from "./law-facts.es";

type Phrases = typeof en.lawFactPhrases;
type LawFact = "ages" | "trafficking" | "offenses" | "records" | "timing" | "hearing" | "burden" | "documentation" | "discretion" | "fees";

/** Each law fact in words from one language's phrases; null facts read "Not found in our sources". */
function lawFactTexts(words: Phrases): Record<LawFact, (law: ReliefLaw) => string> {
  const { notInSources, withDetails } = words;
  return {
    ages: (law) => (law.agesCovered === null ? notInSources : words.ages[law.agesCovered]),
    trafficking: (law) =>
      law.traffickingTypes === null
        ? notInSources
        : words.trafficking[law.traffickingTypes.length === 2 ? "both" : law.traffickingTypes[0]!],
    offenses: (law) =>
      law.offensesCovered === null ? (law.offenseDetails ?? notInSources) : withDetails(words.offenses[law.offensesCovered], law.offenseDetails),
    records: (law) => {
      if (law.recordsCovered === null) return notInSources;
      const text = law.recordsCovered.map((kind) => words.records[kind]).join(", ");
      return text.charAt(0).toUpperCase() + text.slice(1);
    },
    timing: (law) =>
      law.timing.hasDeadlineOrWait === null
        ? (law.timing.details ?? notInSources)
        : withDetails(words.timing[law.timing.hasDeadlineOrWait ? "yes" : "no"], law.timing.details),
    hearing: (law) => (law.hearing === null ? notInSources : words.hearing[law.hearing]),
    burden: (law) => {
      const standard = law.burdenOfProof.standard;
      return standard === null ? (law.burdenOfProof.details ?? notInSources) : withDetails(words.burden[standard], law.burdenOfProof.details);
    },
    documentation: (law) => (law.officialDocumentationRequired === null ? notInSources : words.documentation[law.officialDocumentationRequired]),
    discretion: (law) => (law.judicialDiscretion === null ? notInSources : words.discretion[law.judicialDiscretion]),
    fees: (law) =>
      law.feesWaived === null ? (law.feesDetails ?? notInSources) : withDetails(words.fees[law.feesWaived ? "waived" : "apply"], law.feesDetails),
  };
}

/** The law-fact phrases in each language; the Spanish must have every phrase the English has. */
export const lawFactPhrases: Record<Locale, Phrases> = { en: en.lawFactPhrases, es: es.lawFactPhrases };

/** Each law fact in words, in each language. */
export const lawFactWords: Record<Locale, { lawFactText: ReturnType<typeof lawFactTexts> }> = {
  en: { lawFactText: lawFactTexts(en.lawFactPhrases) },
  es: { lawFactText: lawFactTexts(es.lawFactPhrases) },
};
