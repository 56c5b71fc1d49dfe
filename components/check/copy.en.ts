import type { AgeAnswer, Fit, OffenseAnswer, Outcome, Reason, RecordAnswer, TraffickingAnswer } from "@/lib/eligibility";
import type { RecordKind, TraffickingType } from "@/lib/schema";

type Specific<T> = Exclude<T, "not-sure">;

/** "a", "a and b", "a, b and c". */
export const listText = (items: string[]): string =>
  items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;

const recordKindName: Record<RecordKind, string> = {
  convictions: "convictions",
  arrests: "arrests",
  "juvenile-adjudications": "juvenile records",
  "non-conviction-records": "records of cases that ended without a conviction",
};

const recordAnswerPlural: Record<Specific<RecordAnswer>, string> = {
  conviction: "convictions",
  arrest: "arrests that did not end in a conviction",
  juvenile: "juvenile records",
};

const otherType: Record<TraffickingType, TraffickingType> = { sex: "labor", labor: "sex" };

const coveredRecords = (covered: RecordKind[]) => listText([...new Set(covered.map((kind) => recordKindName[kind]))]);

/** One or two short sentences per reason, shown under a law's verdict. */
export function reasonText(reason: Reason): string {
  switch (reason.code) {
    case "adults-not-covered":
      return "Adults are not covered. This law only helps people who were under 18 at the time.";
    case "trafficking-not-covered":
      return `It only covers ${reason.covered} trafficking. It does not cover ${otherType[reason.covered]} trafficking.`;
    case "offense-not-covered":
      return "It only covers prostitution and offenses tied to it.";
    case "record-not-covered":
      return `It does not clear ${recordAnswerPlural[reason.record]}. It clears ${coveredRecords(reason.covered)}.`;
    case "depends-age":
      return "It depends on your age at the time. It only helps people who were under 18.";
    case "depends-trafficking":
      return `It depends on the kind of trafficking. It only covers ${reason.covered} trafficking. The offense must have come from it.`;
    case "depends-offense-prostitution":
      return "It depends on the offense. It only covers prostitution and offenses tied to it.";
    case "depends-offense-list":
      return "It depends on the offense. Only the offenses on the law's list count. The state page has the list.";
    case "depends-offense-exceptions":
      return "It depends on the offense. The law leaves out some offenses, most often violent or serious ones.";
    case "depends-record":
      return `It depends on the kind of record. It only clears ${coveredRecords(reason.covered)}.`;
    case "unknown-in-force":
      return "Our sources don't show that this law still applies today.";
    case "unknown-ages":
      return "Our sources don't say which ages it covers.";
    case "unknown-trafficking":
      return "Our sources don't say which kinds of trafficking it covers.";
    case "unknown-offenses":
      return "Our sources don't say which offenses it covers.";
    case "unknown-records":
      return "Our sources don't say which records it covers.";
    case "some-offenses-excluded":
      return "The law leaves out some offenses, most often violent or serious ones. The state page says which.";
    case "may-not-clear-record":
      return "This is another kind of help, such as a pardon. It may not clear your record.";
  }
}

const dependsTopic: Partial<Record<Reason["code"], string>> = {
  "depends-age": "your age at the time",
  "depends-trafficking": "the kind of trafficking",
  "depends-offense-prostitution": "the offense",
  "depends-offense-list": "the offense",
  "depends-offense-exceptions": "the offense",
  "depends-record": "the kind of record",
};

function becauseText(reason: Reason): string {
  switch (reason.code) {
    case "adults-not-covered":
      return "adults are not covered";
    case "trafficking-not-covered":
      return `it covers only ${reason.covered} trafficking`;
    case "offense-not-covered":
      return "it covers only prostitution-related offenses";
    case "record-not-covered":
      return `it does not cover ${recordAnswerPlural[reason.record]}`;
    default:
      return reasonText(reason);
  }
}

/** The verdict in words: "Likely fits", "May fit — depends on …", "Does not fit — because …". */
export function fitHeadline(fit: Fit, reasons: Reason[]): string {
  if (fit === "likely-fits") return fitName[fit];
  if (fit === "does-not-fit") {
    const first = reasons.find((reason) => reason.kind === "fails");
    return first ? `${fitName[fit]} — because ${becauseText(first)}` : fitName[fit];
  }
  const topics = [...new Set(reasons.flatMap((reason) => dependsTopic[reason.code] ?? []))];
  const parts = [
    ...(topics.length > 0 ? [`depends on ${listText(topics)}`] : []),
    ...(reasons.some((reason) => reason.kind === "unknown") ? ["our sources don't say"] : []),
  ];
  return `${fitName[fit]} — ${parts.join("; ")}`;
}

export const fitName: Record<Fit, string> = {
  "likely-fits": "Likely fits",
  "may-fit": "May fit",
  "does-not-fit": "Does not fit",
};

/** A text mark beside each verdict, so colour is never the only cue. */
export const fitMark: Record<Fit, string> = {
  "likely-fits": "✓",
  "may-fit": "?",
  "does-not-fit": "✗",
};

/** How the result names a place: a state by name, federal law as such. */
export interface PlaceWords {
  /** "Missouri" or "Federal law". */
  title: string;
  /** "in Missouri" or "under federal law". */
  where: string;
  /** "the Missouri page" or "the federal law page". */
  page: string;
}

export const placeWords = (code: string, name: string): PlaceWords =>
  code === "US"
    ? { title: "Federal law", where: "under federal law", page: "the federal law page" }
    : { title: name, where: `in ${name}`, page: `the ${name} page` };

export const outcomeLead: Record<Outcome, (where: string) => string> = {
  fits: (where) => `At least one way to clear a record ${where} likely fits your answers.`,
  "may-fit": (where) => `A way to clear a record ${where} may fit you. It depends on the points below.`,
  "none-fit": (where) => `None of the trafficking laws ${where} fit your answers. Other ways to clear a record may still help you.`,
  "no-laws": (where) => `We found no law ${where} that clears records because of trafficking. Other ways to clear a record may still help you.`,
};

export interface QuestionCopy<T extends string> {
  title: string;
  legend: string;
  hint: string;
  options: Record<T, string>;
  /** The answer in a few words, for the review list. */
  short: Record<T, string>;
}

const notSure = "Not sure";

export const questionCopy: {
  age: QuestionCopy<AgeAnswer>;
  trafficking: QuestionCopy<TraffickingAnswer>;
  offense: QuestionCopy<OffenseAnswer>;
  record: QuestionCopy<RecordAnswer>;
} = {
  age: {
    title: "Your age",
    legend: "How old were you when the offense happened?",
    hint: "Some laws only help people who were under 18 at the time.",
    options: { "under-18": "Under 18", adult: "18 or older", "not-sure": notSure },
    short: { "under-18": "Under 18", adult: "18 or older", "not-sure": notSure },
  },
  trafficking: {
    title: "The trafficking",
    legend: "What kind of trafficking happened to you?",
    hint: "Sex trafficking means being forced, tricked or pressured into commercial sex, or being under 18 in it. Labor trafficking means being forced, tricked or pressured to work.",
    options: { sex: "Sex trafficking", labor: "Labor trafficking", both: "Both", "not-sure": notSure },
    short: { sex: "Sex trafficking", labor: "Labor trafficking", both: "Both sex and labor trafficking", "not-sure": notSure },
  },
  offense: {
    title: "The offense",
    legend: "What was the offense on the record?",
    hint: "If there is more than one, do the check once for each.",
    options: {
      prostitution: "Prostitution or related (for example loitering or soliciting)",
      drugs: "Drugs",
      theft: "Theft or property",
      fraud: "Fraud or false documents",
      other: "Something else",
      "not-sure": notSure,
    },
    short: {
      prostitution: "Prostitution-related",
      drugs: "Drugs",
      theft: "Theft or property",
      fraud: "Fraud or false documents",
      other: "Something else",
      "not-sure": notSure,
    },
  },
  record: {
    title: "The record",
    legend: "What kind of record is it?",
    hint: "A conviction means you pleaded guilty or were found guilty.",
    options: {
      conviction: "A conviction",
      arrest: "An arrest or charge that did not end in a conviction",
      juvenile: "A juvenile court record",
      "not-sure": notSure,
    },
    short: { conviction: "A conviction", arrest: "An arrest without a conviction", juvenile: "A juvenile record", "not-sure": notSure },
  },
};

export const checkCopy = {
  metaTitle: "Could I qualify? A private check",
  metaDescription:
    "Answer a few questions to see which trafficking record-relief laws may fit your case, in your state or under federal law. Your answers never leave your device.",
  heading: "Could I qualify?",
  intro:
    "Answer a few questions to see which ways to clear a record from being trafficked may fit your case. Only the first question is needed.",
  privacy:
    "Private: your answers stay on this device. Nothing is sent or saved, and they are gone when you leave or close this page.",
  notAdvice: "This is information, not legal advice. Talk to a lawyer or legal aid before you act.",
  noScript: "This check needs JavaScript, which is off in this browser. Each state's page has the same facts:",
  noScriptLink: "see all states",
  stepCount: (step: number, total: number) => `Step ${step} of ${total}`,
  optional: "You can skip this question.",
  back: "Back",
  next: "Next",
  court: {
    title: "Where the case was",
    legend: "Which court handled the case?",
    hint: "Most cases are in a state court. This question is needed.",
    state: "A state court (including a city, county or town court)",
    federal: "A federal court (a United States court)",
    stateLabel: "Which state?",
    choose: "Choose a state or DC",
    missingCourt: "Choose the kind of court that handled the case.",
    missingState: "Choose the state where the case was.",
    federalName: "A federal court",
  },
  review: {
    title: "Check your answers",
    lead: "Change any answer, or see what may fit.",
    court: "Court",
    notAnswered: "Not answered",
    change: "Change",
    changeWhat: (what: string) => `your answer: ${what}`,
    submit: "See what may fit",
  },
  prefilled: "We filled in the answers from the link you opened. Check them below.",
  ignoredParam: (name: string, value: string) => `We did not recognise ${name}=“${value}” in the link, so that question is left unanswered.`,
  details: {
    loading: "Loading the steps to apply and where to get help…",
    failed: "The steps to apply and where to get help did not load. Check your connection, then try again.",
    retry: "Try again",
    placePage: (place: string) => `Read the page on ${place}`,
  },
  result: {
    title: (place: string) => `Your result: ${place}`,
    lawsHeading: (where: string) => `Ways to clear a record ${where}`,
    lawPage: (page: string) => `About this law on ${page}`,
    nextHeading: "What to do next",
    nextNoFit: "These laws do not fit your answers, so their filing steps are not shown. Here is what you can do instead.",
    stepGeneral: (where: string) => `Ask about the general ways to clear a record ${where}. They are open to anyone, not just survivors.`,
    stepHelp: "Talk to a lawyer or a legal aid group. Many help for free. They can look at your whole record.",
    stepFederal: "Do you also have a federal conviction? The federal law may help with that one.",
    federalLink: "See federal convictions",
    stepFederalCase: "A state law can never clear a federal conviction. Ask a lawyer about a pardon or other federal options.",
    applyHeading: (where: string) => `How to apply ${where}`,
    whereToFile: "Where to file",
    documents: "Documents that help",
    notInSources: "Not found in our sources",
    allSteps: (where: string) => `All the steps to apply ${where}`,
    helpHeading: "Where to get legal help",
    generalHeading: (where: string) => `General record relief ${where}`,
    generalMissing: "Not found in our sources.",
    generalMore: (where: string) => `More about general record relief ${where}`,
    sheetButton: "Take this to a lawyer or advocate",
    sheetHint: "One page to print or show, made from your answers on this device.",
    changeAnswers: "Change my answers",
    startOver: "Start over",
  },
  sheet: {
    title: (place: string) => `For a lawyer or advocate: ${place}`,
    lead: "Print this page, save it as a PDF, or show it on your phone. It is made on this device from your answers. Nothing is sent or saved.",
    made: (date: string) => `Made on ${date} from the answers below.`,
    answersHeading: "The answers given",
    lawsHeading: (where: string) => `Laws that may fit ${where}, and why`,
    noLawFits: (where: string) => `No trafficking law ${where} fits these answers.`,
    ruledOutHeading: "Laws that do not fit these answers",
    deadlines: "Deadlines and waiting periods",
    lawFees: "Fees under this law",
    lawText: "Text of the law",
    readLaw: (citation: string) => `Read ${citation}`,
    applyHeading: (where: string) => `How to apply ${where}`,
    whereToFile: "Where to file",
    whatToFile: "What to file",
    documents: "Documents that help",
    fees: "Fees",
    forms: "Court forms",
    generalHeading: (where: string) => `General record relief ${where}`,
    helpHeading: (where: string) => `Legal help ${where}`,
    sources: (date: string, address: string) => `Facts last checked against our sources on ${date}. Every source is listed at ${address}`,
    print: "Print or save as PDF",
    clear: "Clear answers",
    cleared: "Your answers are cleared. Nothing was saved.",
    backToResult: "Back to the result",
  },
  copyLink: {
    button: "Copy a link to these answers",
    warning: "The link holds your answers. Anyone who sees it, or this browser's history, can read them.",
    copied: "Link copied. It holds your answers, so keep it private.",
    manual: "Copy this link yourself: select it and copy.",
    label: "Link to these answers",
  },
};
