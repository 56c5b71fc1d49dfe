import type { Answer, CoverageLevel } from "@/lib/coverage";
import type { Criterion, CriterionStatus } from "@/lib/criteria";

export const stateCopy = {
  metaTitle: (name: string) => `${name}: clearing a record from being trafficked`,
  federalMetaTitle: "Federal convictions: the Trafficking Survivors Relief Act",
  federalMetaDescription:
    "Since January 2026, survivors can ask a federal court to vacate some federal convictions and expunge some arrests (18 U.S.C. § 3771A).",
  metaDescription: (name: string, level: string) => `${name}: ${level}. Who can clear a criminal record from being trafficked, what relief does and how to apply, with citations.`,
  coverageHeading: "Who the law covers",
  gradesHeading: "Polaris report card grades",
  gradeNotInSources: "Not in our sources",
  gradeWhy: "why",
  gradeSourceLabel: "source",
  polarisReport: "Polaris's report",
  gradeScore: (score: number) => `score ${score}`,
  summaryHeading: (name: string) => `At a glance: can survivors clear their records in ${name}?`,
  couldIQualify: "Could I qualify?",
  getHelp: "Get help",
  contentsHeading: "On this page",
  generalShort: "General record relief",
  showSources: (count: number) => (count === 1 ? "Show the 1 source" : `Show all ${count} sources`),
  showHistory: "How this law has changed",
  lastVerified: (date: string) => `Last checked against our sources on ${date}.`,
  changesLink: "See what changed",
  juvenileHeading: "Juvenile records",
  juvenileStatus: {
    covered: "Yes: a law here can clear juvenile court records.",
    none: "No: our sources say there is no such law here.",
    "not-found": "Not found in our sources. We searched the juvenile code.",
  },
  juvenileSearched: "What we searched:",
  verification: {
    label: "How we checked this law",
    "statute-text": "Against the law's own text",
    "official-summary": "Against an official summary (legislature, agency or court), not the law's own text",
    "secondary": "Only against secondary sources, such as guides or news. Check the law itself before you rely on it",
    read: "the text we read",
  },
  notAdvice: "This is information, not legal advice. Talk to a lawyer or legal aid before you act.",
  confidence: {
    high: "How sure we are: high. Primary sources, such as the statute itself, confirm the main facts.",
    medium: "How sure we are: medium. Some facts rest on summaries rather than the statute itself.",
    low: "How sure we are: low. We could not read the law itself, and our sources are thin or disagree. Check with a lawyer before you rely on this page.",
  },
  findHelp: "Where to get help",
  mayChangeHeading: "May change soon",
  mayChangeLead: "Bills that would change the answer here:",
  billStatus: (status: string, date: string) => `Last known status (${date}): ${status}`,
  measuresHeading: "How the law measures up",
  measuresLead:
    "Polaris grades states in these categories. This checklist is our own reading of the sourced facts, not Polaris's grade.",
  measuresCount: (met: number, total: number) => `Meets ${met} of ${total}`,
  whoHeading: "Who qualifies",
  whoLead: "Each line says what the law here covers. Compare it with your own case.",
  reliefHeading: "What relief does here",
  glossaryLink: "What these words mean",
  lawFacts: {
    citation: "Law",
    type: "Kind of relief",
    ages: "Ages covered",
    trafficking: "Trafficking covered",
    offenses: "Offenses covered",
    records: "Records covered",
    timing: "Deadlines and waiting periods",
    hearing: "Hearing",
    burden: "What you must prove",
    documentation: "Official documents of trafficking",
    discretion: "Must the court grant it?",
    fees: "Fees",
    history: "Enacted and amended",
  },
  applyHeading: "How to apply",
  apply: {
    whereToFile: "Where to file",
    motionName: "What to file",
    forms: "Court forms",
    documents: "Documents that help",
    fees: "Fees",
    lawyer: "Lawyers",
    confidentiality: "Privacy of your case",
    notes: "Good to know",
    help: "Legal help",
  },
  generalHeading: "If the trafficking law does not fit: general record relief",
  noLawLead: (name: string) =>
    `We found no law in ${name} that clears records because of trafficking. The general record-relief options below may still help.`,
  sourcesHeading: "Sources",
  sourceDate: (date: string | null) => (date ? `dated ${date}` : "undated"),
  notesHeading: "Notes for researchers",
  affirmativeDefenseHeading: "A defense at trial (not record relief)",
  actionsHeading: "More",
  compareWith: (name: string) => `Compare ${name} with another state`,
  previous: (name: string) => `Previous: ${name}`,
  next: (name: string) => `Next: ${name}`,
  federalNote: "Federal convictions are never cleared by a state law.",
  federalLink: "See federal convictions",
  statuteLink: "Read the law",
};

export const verdict: Record<CoverageLevel, (name: string) => string> = {
  broad: (name) => `Yes. In ${name}, survivors who were adults at the time can ask a court to clear records for any offense, or all but a few, that happened because they were trafficked.`,
  partial: (name) => `Partly. In ${name}, adult survivors can clear some records, but only for certain offenses.`,
  "minors-only": (name) => `Only if you were under 18 at the time. ${name}'s trafficking relief does not cover adults.`,
  none: (name) => `We found no trafficking-specific way to clear records in ${name}. General record relief may still help.`,
  unclear: (name) => `Maybe. ${name} has a law, but our sources do not say clearly who or which offenses it covers.`,
};

export const criterionName: Record<Criterion, string> = {
  "range-of-relief": "Range of relief",
  "arrests-and-adjudications": "Arrests and adjudications",
  "offenses-covered": "Offenses covered",
  "judicial-discretion": "Judicial discretion",
  "time-limits": "Time limits and waiting periods",
  hearing: "Hearing",
  "burden-of-proof": "Burden of proof",
  "official-documentation": "Official documentation",
};

export const criterionStatusName: Record<CriterionStatus, string> = {
  meets: "Meets",
  "falls-short": "Falls short",
  unknown: "Not found in our sources",
};

export const criterionReason: Record<Criterion, Record<CriterionStatus, string>> = {
  "range-of-relief": {
    meets: "Offers vacatur, which cancels the conviction itself.",
    "falls-short": "Offers expungement or sealing, not vacatur.",
    unknown: "Our sources do not say what kind of relief it is.",
  },
  "arrests-and-adjudications": {
    meets: "Reaches records beyond convictions, such as arrests or juvenile records.",
    "falls-short": "Covers convictions only.",
    unknown: "Our sources do not say which records it reaches.",
  },
  "offenses-covered": {
    meets: "Covers any offense, or all but a few.",
    "falls-short": "Covers only some offenses.",
    unknown: "Our sources do not say which offenses it covers.",
  },
  "judicial-discretion": {
    meets: "The court must grant relief once the conditions are met.",
    "falls-short": "The court may refuse even when the conditions are met.",
    unknown: "Our sources do not say whether the court must grant it.",
  },
  "time-limits": {
    meets: "No deadline or waiting period.",
    "falls-short": "Has a deadline, a waiting period or a due-diligence rule.",
    unknown: "Our sources do not say whether there are time limits.",
  },
  hearing: {
    meets: "A court hearing is not always required.",
    "falls-short": "A court hearing is required.",
    unknown: "Our sources do not say whether a hearing is required.",
  },
  "burden-of-proof": {
    meets: "You must show it is more likely than not (preponderance of the evidence).",
    "falls-short": "A stricter standard of proof applies.",
    unknown: "Our sources do not name the standard of proof.",
  },
  "official-documentation": {
    meets: "Official documents of trafficking are not required.",
    "falls-short": "Official documents of trafficking are required.",
    unknown: "Our sources do not say whether official documents are required.",
  },
};

export const noLawReason: string = "No trafficking-specific record relief law was found.";

const partlyOffenses: Record<"listed-offenses" | "prostitution-related-only", string> = {
  "prostitution-related-only": "prostitution-related offenses",
  "listed-offenses": "the offenses a law lists",
};

/** "Only prostitution-related offenses." for a state whose laws cover only some offenses. */
export const onlySomeOffenses = (scopes: Array<keyof typeof partlyOffenses>): string =>
  `Only ${[...new Set(scopes)].map((scope) => partlyOffenses[scope]).join(", or ")}.`;

/** Each checklist line is a fact about the law, never a question about the reader ("Covers people who were 18 or older: No"). */
export const whoQuestions = {
  adults: "Covers people who were 18 or older at the time",
  minors: "Covers people who were under 18 at the time",
  sexTrafficking: "Covers sex trafficking",
  laborTrafficking: "Covers labor trafficking",
  anyOffense: "Covers any offense",
  convictions: "Clears convictions",
  arrests: "Clears arrests that did not lead to a conviction",
  juvenileRecords: "Clears juvenile records",
};

export type WhoQuestion = keyof typeof whoQuestions;

export const whoReasons: Record<WhoQuestion, Partial<Record<Answer, string>>> = {
  adults: {
    yes: "A law here covers people who were adults at the time.",
    no: "Adults are not covered: relief here is only for people who were under 18 at the time.",
    unknown: "Our sources do not say whether adults are covered.",
  },
  minors: {
    yes: "People who were under 18 at the time are covered.",
    no: "Not covered.",
    unknown: "Our sources do not say which ages are covered.",
  },
  sexTrafficking: {
    yes: "Survivors of sex trafficking are covered.",
    no: "The law does not mention sex trafficking.",
    unknown: "Our sources do not say whether sex trafficking is covered.",
  },
  laborTrafficking: {
    yes: "Survivors of labor trafficking are covered.",
    no: "Only sex trafficking is covered, not labor trafficking.",
    unknown: "Our sources do not say whether labor trafficking is covered.",
  },
  anyOffense: {
    yes: "Any offense, or all but a few, that happened because you were trafficked.",
    partly: "Only some offenses.",
    unknown: "Our sources do not say which offenses are covered.",
  },
  convictions: {
    yes: "Convictions can be cleared.",
    no: "Convictions are not covered.",
    unknown: "Our sources do not say whether convictions are covered.",
  },
  arrests: {
    yes: "Arrests and other records without a conviction are covered.",
    no: "Arrests without a conviction are not covered by this law; general relief may help.",
    unknown: "Our sources do not say whether arrests are covered.",
  },
  juvenileRecords: {
    yes: "Juvenile court records are covered.",
    no: "Juvenile records are not covered by this law.",
    unknown: "Our sources do not say whether juvenile records are covered.",
  },
};
