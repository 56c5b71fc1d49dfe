import { fleschKincaid } from "flesch-kincaid";
import { syllable } from "syllable";

/** The highest Flesch-Kincaid grade any survivor-facing text may reach. */
export const MAX_GRADE = 9;
/** The highest median grade across all survivor-facing texts. */
export const MAX_MEDIAN_GRADE = 8;

/**
 * What is left out of the measurement, and why: citations, bill numbers and statute names are
 * copied exactly as published, and proper names (states, courts, organizations) cannot be made
 * simpler, so neither says anything about how plainly we wrote. Citations and bill numbers are
 * removed; a proper name is replaced by the one-syllable word "Name", so the sentence keeps its length.
 */
const CITATION_PATTERNS: RegExp[] = [
  // A section citation with the code's name before it: "N.Y. Crim. Proc. Law § 440.10(1)(i)", "§§ 15-27-1 and 15-27-2".
  /(?:\b(?:[A-Z][\w’'.-]*\.|Code|Law|Laws|Statutes|Annotated|Rules)\s+){0,6}§§?\s*[\w.:–-]*\w(?:\([\w.]+\))*(?:(?:,\s*|\s+(?:and|or|to|through)\s+)(?:§§?\s*)?\d[\w.:–-]*(?:\([\w.]+\))*)*/g,
  // Public laws and bills: "Pub. L. 119-73", "HB 2273", "S.B. 214", "SF 2436", "AB 262".
  /\bPub\.\s*L\.\s*\d+[-–]\d+/g,
  /\b(?:[A-Z]\.?){1,3}\s?\d{1,5}\b/g,
  // Rules, articles and chapters by number: "Rule 3.850", "Article 440", "chapter 609A".
  /\b(?:Rule|Article|Chapter|chapter|Title|title|Section|section)\s+\d[\w.()–-]*/g,
  // A parenthesis that holds a citation, a date or a number, or is left empty: "(Mo. Rev. Stat.)", "(2019)", "()".
  /\((?=[^()]*(?:§|\d|Code|Stat|U\.S\.C|Law|Act|Rule)|\s*\))[^()]*\)/g,
];

/** Two or more capitalized words in a row ("National Human Trafficking Hotline"), not counting a sentence's ordinary first word. */
const SENTENCE_STARTERS = "The|A|An|If|You|Your|It|Its|This|That|These|In|Under|Only|For|Adults|Minors|Children|People|When|After|Once|Ask|Most|Some|No|Yes|To|At|On|As|But|And|Or|Then|There|We|Our";
const TITLE_CASE_NAME = new RegExp(
  `\\b(?!(?:${SENTENCE_STARTERS})\\b)[A-Z][\\w’'.-]*(?:\\s+(?:(?:of|the|and|for|on)\\s+)?[A-Z][\\w’'.-]*)+`,
  "g",
);

/** The text as measured: citations removed, proper names replaced by "Name". */
export function measurableText(text: string, names: readonly string[] = []): string {
  let result = text;
  for (const pattern of CITATION_PATTERNS) result = result.replace(pattern, " ");
  for (const name of [...names].sort((a, b) => b.length - a.length)) result = result.split(name).join("Name");
  return result.replace(TITLE_CASE_NAME, "Name").replace(/\s+([,.;:!?])/g, "$1").replace(/\s{2,}/g, " ").trim();
}

/** Hyphenated compounds ("trafficking-specific") count as their parts, as a reader takes them. */
const WORD = /[\p{L}\p{N}][\p{L}\p{N}’']*/gu;

export type ReadabilityCounts = {
  sentence: number;
  word: number;
  syllable: number;
};

/** Sentences end at ".", "!" or "?" followed by a space or the end; a colon or semicolon does not end one. */
export function countText(text: string): ReadabilityCounts {
  const sentences = text.split(/(?<=[.!?])["”’)]?\s+|(?<=[.!?])$/).filter((part) => WORD.test(part) && ((WORD.lastIndex = 0), true));
  const words = text.match(WORD) ?? [];
  return {
    sentence: Math.max(1, sentences.length),
    word: words.length,
    syllable: words.reduce((total, word) => total + Math.max(1, syllable(word)), 0),
  };
}

/** The Flesch-Kincaid grade of a text, measured after citations and proper names are left out. */
export function readingGrade(text: string, names: readonly string[] = []): number {
  return fleschKincaid(countText(measurableText(text, names)));
}

export const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length === 0 ? Number.NaN : sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
