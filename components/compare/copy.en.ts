import { coverageName } from "@/components/copy/terms.en";
import { criterionName, stateCopy, whoQuestions } from "@/components/state/copy.en";
import type { AnswerTopic, CompareRowKey, CompareSection, CompareSlot, SummaryDifference } from "@/lib/compare";
import type { Answer, CoverageLevel } from "@/lib/coverage";
import type { ReliefType } from "@/lib/schema";

const slotName: Record<CompareSlot, string> = { a: "first state", b: "second state" };

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

const listWords = (items: string[], last: string) =>
  items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} ${last} ${items[items.length - 1]}`;

export const compareCopy = {
  metaTitle: "Compare two states",
  metaDescription:
    "Two states side by side: Polaris grades, who can clear a record from being trafficked, what the law does and how to apply.",
  heading: "Compare two states",
  intro:
    "See two states side by side: Polaris grades, who qualifies, what the law does and how to apply. Rows where the states are not the same are marked “Differs”.",
  glossaryLink: "What these words mean",
  picksHeading: "Choose the states",
  slotLabel: { a: "First state", b: "Second state" } satisfies Record<CompareSlot, string>,
  choose: (slot: CompareSlot) => `Choose the ${slotName[slot]}`,
  change: (slot: CompareSlot) => `Change the ${slotName[slot]}`,
  noneChosen: "None chosen yet",
  swap: "Swap the two states",
  swapped: (first: string | null, second: string | null) =>
    `Swapped. First state: ${first ?? "none"}. Second state: ${second ?? "none"}.`,
  chosen: (slot: CompareSlot, name: string) => `${capitalize(slotName[slot])}: ${name}.`,
  promptBoth: "Choose two states to compare. Type a state’s name or its two-letter code.",
  promptOther: (name: string) => `Choose a state to compare with ${name}.`,
  unknownState: (slot: CompareSlot, shown: string) =>
    `${capitalize(slotName[slot])}: “${shown}” is not a state we know. Use a state’s name or its two-letter code, for example Missouri or MO.`,
  sameState: (name: string) => `You chose ${name} twice. Choose a different second state.`,
  alreadyChosen: (name: string, slot: CompareSlot) => `${name} is already the ${slotName[slot]}. Choose a different state.`,
  ignored: (names: string[]) => `We ignored parts of the address we do not use: ${names.join(", ")}.`,
  loading: (name: string) => `Loading the facts for ${name}…`,
  loadFailed: (name: string) => `We could not load the facts for ${name}. Check your connection and try again.`,
  retry: "Try again",
  comparing: (first: string, second: string) => `Comparing ${first} and ${second}`,
  noScriptStatePages: "Each state's own page has every detail:",
  and: "and",
  summaryHeading: "What differs most",
  noKeyDifferences: (first: string, second: string) =>
    `${first} and ${second} do not differ on whether adults are covered, which offenses, labor trafficking, the kind of relief or arrests.`,
  differCount: (count: number, total: number) =>
    count === 1 ? `1 of ${total} facts differs. It is marked “Differs” below.` : `${count} of ${total} facts differ. They are marked “Differs” below.`,
  onlyDifferences: "Show only the facts that differ",
  noDifferencesInSection: "No differences in this part.",
  factColumn: "Fact",
  differs: "Differs",
  statePage: (name: string) => `Read all of ${name}’s page`,
  notAdvice: "This is information, not legal advice. Talk to a lawyer or legal aid before you act.",
  checklistLead:
    "Polaris grades states in these categories. These lines are our own reading of each law's sourced facts. They are not Polaris's score or grade: the Polaris grades are at the top.",
  sourcesHeading: "Sources and when we last checked",
  lastVerified: (name: string, date: string) => `${name}: facts last checked against our sources on ${date}.`,
  sourceDate: (date: string | null) => (date ? `dated ${date}` : "undated"),
  noScriptHeading: "Pick two states",
  noScriptNote:
    "JavaScript is off in this browser. You can still pick two states below to compare them, and each state’s own page works without it:",
  allStates: "All states",
  compareSubmit: "Compare",
  chooseOption: "Choose…",
  noLaw: "No trafficking-specific record relief law found",
  enacted: (year: number | null) => (year === null ? "Year enacted not found in our sources" : `Enacted ${year}`),
  amended: (years: number[]) => (years.length === 0 ? "" : `; amended ${years.join(", ")}`),
  gradeWithScore: (grade: string, score: number) => `${grade} (score ${score})`,
  sections: {
    grades: "Polaris report card grades",
    who: "Who qualifies",
    relief: "What the law does",
    checklist: "Our checklist of the Polaris categories",
    apply: "How to apply",
  } satisfies Record<CompareSection, string>,
  rows: {
    "grade-2023": "Polaris grade, 2023",
    "grade-2019": "Polaris grade, 2019",
    coverage: stateCopy.coverageHeading,
    "who-adults": whoQuestions.adults,
    "who-minors": whoQuestions.minors,
    "who-sex-trafficking": whoQuestions.sexTrafficking,
    "who-labor-trafficking": whoQuestions.laborTrafficking,
    "who-offenses": whoQuestions.anyOffense,
    "who-convictions": whoQuestions.convictions,
    "who-arrests": whoQuestions.arrests,
    "who-juvenile": whoQuestions.juvenileRecords,
    "relief-laws": stateCopy.lawFacts.citation,
    "relief-type": stateCopy.lawFacts.type,
    "relief-ages": stateCopy.lawFacts.ages,
    "relief-trafficking": stateCopy.lawFacts.trafficking,
    "relief-offenses": stateCopy.lawFacts.offenses,
    "relief-records": stateCopy.lawFacts.records,
    "relief-timing": stateCopy.lawFacts.timing,
    "relief-hearing": stateCopy.lawFacts.hearing,
    "relief-burden": stateCopy.lawFacts.burden,
    "relief-documentation": stateCopy.lawFacts.documentation,
    "relief-discretion": stateCopy.lawFacts.discretion,
    "relief-fees": "Fees under the law",
    "relief-history": stateCopy.lawFacts.history,
    "criteria-range-of-relief": criterionName["range-of-relief"],
    "criteria-arrests-and-adjudications": criterionName["arrests-and-adjudications"],
    "criteria-offenses-covered": criterionName["offenses-covered"],
    "criteria-judicial-discretion": criterionName["judicial-discretion"],
    "criteria-time-limits": criterionName["time-limits"],
    "criteria-hearing": criterionName.hearing,
    "criteria-burden-of-proof": criterionName["burden-of-proof"],
    "criteria-official-documentation": criterionName["official-documentation"],
    "apply-where": stateCopy.apply.whereToFile,
    "apply-what": stateCopy.apply.motionName,
    "apply-documents": stateCopy.apply.documents,
    "apply-fees": stateCopy.apply.fees,
    "apply-forms": stateCopy.apply.forms,
    "apply-lawyer": stateCopy.apply.lawyer,
    "apply-confidentiality": stateCopy.apply.confidentiality,
    "apply-notes": stateCopy.apply.notes,
    "apply-help": stateCopy.apply.help,
  } satisfies Record<CompareRowKey, string>,
};

const answerPhrase: Record<AnswerTopic, Record<Answer, (name: string) => string>> = {
  adults: {
    yes: (name) => `${name} covers adults`,
    no: (name) => `${name} covers only minors`,
    partly: (name) => `${name} covers some adults`,
    unknown: (name) => `our sources do not say whether ${name} covers adults`,
  },
  offenses: {
    yes: (name) => `${name} covers any offense, or all but a few`,
    partly: (name) => `${name} covers only some offenses`,
    no: (name) => `${name} covers only some offenses`,
    unknown: (name) => `our sources do not say which offenses ${name} covers`,
  },
  labor: {
    yes: (name) => `${name} covers labor trafficking`,
    no: (name) => `${name} covers sex trafficking only, not labor trafficking`,
    partly: (name) => `${name} covers labor trafficking under some of its laws`,
    unknown: (name) => `our sources do not say whether ${name} covers labor trafficking`,
  },
  arrests: {
    yes: (name) => `${name} also clears arrests without a conviction`,
    no: (name) => `${name}’s trafficking law does not clear arrests without a conviction`,
    partly: (name) => `${name} clears some arrests without a conviction`,
    unknown: (name) => `our sources do not say whether ${name} clears arrests without a conviction`,
  },
};

const reliefWords: Record<ReliefType, string> = {
  vacatur: "vacatur",
  expungement: "expungement",
  sealing: "sealing",
  other: "other relief",
};

const lawPhrase = (level: CoverageLevel, name: string) =>
  level === "none"
    ? `${name} has no trafficking-specific record relief that we found`
    : `${name} has trafficking-specific record relief (${coverageName[level].toLowerCase()})`;

const reliefPhrase = (types: ReliefType[], name: string) => `${name} offers ${listWords(types.map((type) => reliefWords[type]), "and")}`;

/** One sentence naming a difference, the first state's side first: "New York covers adults; Missouri covers only minors." */
export function summarySentence(difference: SummaryDifference, first: string, second: string): string {
  let parts: [string, string];
  switch (difference.topic) {
    case "law":
      parts = [lawPhrase(difference.a, first), lawPhrase(difference.b, second)];
      break;
    case "relief-type":
      parts = [reliefPhrase(difference.a, first), reliefPhrase(difference.b, second)];
      break;
    default: {
      const phrases = answerPhrase[difference.topic];
      parts = [phrases[difference.a](first), phrases[difference.b](second)];
    }
  }
  return `${capitalize(parts[0])}; ${parts[1]}.`;
}
