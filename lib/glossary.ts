import type { Locale } from "./locale";

/** Glossary entries that texts link to: the relief kinds and the About page's legal terms. */
export type GlossaryTerm = "vacatur" | "expungement" | "sealing" | "adjudication" | "affirmativeDefense" | "conviction" | "motion";

/** The words that name each term in each language, most specific first. */
const PATTERNS: Record<Locale, Array<[GlossaryTerm, RegExp]>> = {
  en: [
    ["affirmativeDefense", /\baffirmative defen[cs]e\b/i],
    ["vacatur", /\bvacat(?:ur|e|ed|es|ing)\b/i],
    ["expungement", /\bexpung(?:ement|e|ed|es|ing)\b/i],
    ["sealing", /\bseal(?:ing|ed|s)?\b/i],
    ["adjudication", /\badjudications?\b/i],
    ["conviction", /\bconvictions?\b/i],
    ["motion", /\b(?:motion|petition)s?\b/i],
  ],
  es: [
    ["affirmativeDefense", /defensa afirmativa/i],
    ["vacatur", /\b(?:vacatur|anulaci[oó]n|anular|anula|anulada|anulado)\b/i],
    ["expungement", /\b(?:expungement|eliminaci[oó]n del registro|eliminar)\b/i],
    ["sealing", /\b(?:sellado|sellada|sellar|sella)\b/i],
    ["adjudication", /\badjudicaci[oó]n(?:es)?\b/i],
    ["conviction", /\bcondenas?\b/i],
    ["motion", /\b(?:moci[oó]n|petici[oó]n)(?:es)?\b/i],
  ],
};

export type TextPart = { text: string; term?: GlossaryTerm };

/** Splits a text so the first mention of each glossary term can link to its meaning; the text itself is unchanged. */
export function glossaryParts(text: string, locale: Locale): TextPart[] {
  const found: Array<{ start: number; end: number; term: GlossaryTerm }> = [];
  for (const [term, pattern] of PATTERNS[locale]) {
    const match = pattern.exec(text);
    if (!match) continue;
    const start = match.index;
    const end = start + match[0].length;
    if (found.some((other) => start < other.end && end > other.start)) continue;
    found.push({ start, end, term });
  }
  found.sort((a, b) => a.start - b.start);
  const parts: TextPart[] = [];
  let at = 0;
  for (const { start, end, term } of found) {
    if (start > at) parts.push({ text: text.slice(at, start) });
    parts.push({ text: text.slice(start, end), term });
    at = end;
  }
  if (at < text.length) parts.push({ text: text.slice(at) });
  return parts;
}

/** Where a term is explained: its entry in the About page's glossary. */
export const glossaryAnchor = (term: GlossaryTerm): string => `term-${term}`;
