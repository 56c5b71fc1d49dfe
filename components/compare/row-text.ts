import { answerName, coverageMeaning, coverageName, gradeText, inForceUnknown, legalHelpKindName, notInSources, reliefTypeName } from "@/components/copy/terms";
import { criterionReason, criterionStatusName, noLawReason } from "@/components/state/copy";
import { whoReason } from "@/components/state/who-qualifies";
import { lawFactText } from "@/components/state/law-facts";
import type { CompareRowWords } from "@/lib/compare";
import { compareCopy } from "./copy";

/** The words of the comparison rows, used on the server when the per-state data files are written. */
export const compareRowWords: CompareRowWords = {
  grade: (grade) =>
    grade?.grade && grade.score !== null ? compareCopy.gradeWithScore(gradeText(grade), grade.score) : gradeText(grade),
  coverage: (level) => `${coverageName[level]}. ${coverageMeaning[level]}`,
  who: (fact, answer, hasLaw, entry) => {
    if (!hasLaw) return `${answerName.no}. ${noLawReason}`;
    const reason = whoReason(entry, fact, answer);
    return answer === "unknown" || reason === answerName[answer] ? reason : `${answerName[answer]}. ${reason}`;
  },
  law: {
    type: (law) => (law.inForce === null ? `${reliefTypeName[law.reliefType]}. ${inForceUnknown}` : reliefTypeName[law.reliefType]),
    ages: lawFactText.ages,
    trafficking: lawFactText.trafficking,
    offenses: lawFactText.offenses,
    records: lawFactText.records,
    timing: lawFactText.timing,
    hearing: lawFactText.hearing,
    burden: lawFactText.burden,
    documentation: lawFactText.documentation,
    discretion: lawFactText.discretion,
    fees: lawFactText.fees,
    history: (law) => `${compareCopy.enacted(law.enactedYear)}${compareCopy.amended(law.amendedYears)}`,
  },
  noLaw: compareCopy.noLaw,
  notInSources,
  legalHelp: (help) => [help.name, help.phone].filter(Boolean).join(", ") + ` (${legalHelpKindName[help.kind]})`,
  criterion: (result) =>
    result.citation === null
      ? `${criterionStatusName[result.status]}. ${noLawReason}`
      : `${criterionStatusName[result.status]}. ${criterionReason[result.criterion][result.status]}`,
};
