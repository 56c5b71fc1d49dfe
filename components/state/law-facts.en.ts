import { notInSources } from "@/components/copy/terms.en";

/** The words each law fact is told in; `law-facts.ts` picks among them. */
export const lawFactPhrases = {
  notInSources,
  records: {
    convictions: "convictions",
    arrests: "arrests",
    "juvenile-adjudications": "juvenile court records",
    "non-conviction-records": "other records without a conviction (dismissed or acquitted cases)",
  },
  offenses: {
    "any-offense": "Any offense",
    "any-offense-with-exceptions": "Any offense, with some exceptions",
    "listed-offenses": "Only the offenses the law lists",
    "prostitution-related-only": "Only prostitution-related offenses",
  },
  ages: { "all-ages": "Any age: adults and people who were under 18", "minors-only": "Only people who were under 18 at the time. Adults are not covered" },
  trafficking: { both: "Sex trafficking and labor trafficking", sex: "Sex trafficking only", labor: "Labor trafficking only" },
  timing: { yes: "Yes, there are time rules", no: "No deadline or waiting period" },
  hearing: { required: "A court hearing is required", "not-required": "No hearing is required", discretionary: "The court may hold a hearing, but it is not always required" },
  burden: {
    preponderance: "Preponderance of the evidence: you show it is more likely than not",
    "clear-and-convincing": "Clear and convincing evidence: a higher bar than more likely than not",
    "beyond-reasonable-doubt": "Beyond a reasonable doubt",
    other: "Another standard",
  },
  documentation: {
    required: "Required: you must show official documents of your trafficking",
    "not-required": "Not required",
    "optional-creates-presumption":
      "Not required, but official documents (for example from a court, police or a federal agency) make the court presume you were trafficked",
  },
  discretion: { mandatory: "Yes: the court must grant it once you meet the conditions", discretionary: "No: the judge decides, even when you meet the conditions" },
  fees: { waived: "No fee, or the fee can be waived", apply: "Fees apply" },
  withDetails: (lead: string, details: string | null): string => (details ? `${lead}. ${details}` : lead),
};
