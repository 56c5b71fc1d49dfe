import { notInSources } from "@/components/copy/terms.en";
import type { RecordKind, ReliefLaw } from "@/lib/schema";

const recordName: Record<RecordKind, string> = {
  convictions: "convictions",
  arrests: "arrests",
  "juvenile-adjudications": "juvenile court records",
  "non-conviction-records": "other records without a conviction (dismissed or acquitted cases)",
};

const offensesName = {
  "any-offense": "Any offense",
  "any-offense-with-exceptions": "Any offense, with some exceptions",
  "listed-offenses": "Only the offenses the law lists",
  "prostitution-related-only": "Only prostitution-related offenses",
};

const withDetails = (lead: string, details: string | null) => (details ? `${lead}. ${details}` : lead);

type LawFact = "ages" | "trafficking" | "offenses" | "records" | "timing" | "hearing" | "burden" | "documentation" | "discretion" | "fees";

/** Each law fact in words; null facts read "Not found in our sources". */
export const lawFactText: Record<LawFact, (law: ReliefLaw) => string> = {
  ages: (law: ReliefLaw) =>
    law.agesCovered === null
      ? notInSources
      : law.agesCovered === "all-ages"
        ? "Any age: adults and people who were under 18"
        : "Only people who were under 18 at the time. Adults are not covered",
  trafficking: (law: ReliefLaw) =>
    law.traffickingTypes === null
      ? notInSources
      : law.traffickingTypes.length === 2
        ? "Sex trafficking and labor trafficking"
        : law.traffickingTypes[0] === "sex"
          ? "Sex trafficking only"
          : "Labor trafficking only",
  offenses: (law: ReliefLaw) =>
    law.offensesCovered === null ? (law.offenseDetails ?? notInSources) : withDetails(offensesName[law.offensesCovered], law.offenseDetails),
  records: (law: ReliefLaw) => {
    if (law.recordsCovered === null) return notInSources;
    const names = law.recordsCovered.map((kind) => recordName[kind]);
    const text = names.join(", ");
    return text.charAt(0).toUpperCase() + text.slice(1);
  },
  timing: (law: ReliefLaw) => {
    if (law.timing.hasDeadlineOrWait === null) return law.timing.details ?? notInSources;
    const lead = law.timing.hasDeadlineOrWait ? "Yes, there are time rules" : "No deadline or waiting period";
    return withDetails(lead, law.timing.details);
  },
  hearing: (law: ReliefLaw) =>
    law.hearing === null
      ? notInSources
      : { required: "A court hearing is required", "not-required": "No hearing is required", discretionary: "The court may hold a hearing, but it is not always required" }[law.hearing],
  burden: (law: ReliefLaw) => {
    const standard = law.burdenOfProof.standard;
    if (standard === null) return law.burdenOfProof.details ?? notInSources;
    const lead = {
      preponderance: "Preponderance of the evidence: you show it is more likely than not",
      "clear-and-convincing": "Clear and convincing evidence: a higher bar than more likely than not",
      "beyond-reasonable-doubt": "Beyond a reasonable doubt",
      other: "Another standard",
    }[standard];
    return withDetails(lead, law.burdenOfProof.details);
  },
  documentation: (law: ReliefLaw) =>
    law.officialDocumentationRequired === null
      ? notInSources
      : {
          required: "Required: you must show official documents of your trafficking",
          "not-required": "Not required",
          "optional-creates-presumption": "Not required, but official documents (for example from a court, police or a federal agency) make the court presume you were trafficked",
        }[law.officialDocumentationRequired],
  discretion: (law: ReliefLaw) =>
    law.judicialDiscretion === null
      ? notInSources
      : law.judicialDiscretion === "mandatory"
        ? "Yes: the court must grant it once you meet the conditions"
        : "No: the judge decides, even when you meet the conditions",
  fees: (law: ReliefLaw) => {
    if (law.feesWaived === null) return law.feesDetails ?? notInSources;
    return withDetails(law.feesWaived ? "No fee, or the fee can be waived" : "Fees apply", law.feesDetails);
  },
};
