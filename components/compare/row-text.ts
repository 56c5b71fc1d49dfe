import { termsWords } from "@/components/copy/terms";
import { stateWords } from "@/components/state/copy";
import { whoReason } from "@/components/state/who-qualifies";
import { lawFactWords } from "@/components/state/law-facts";
import type { Locale } from "@/lib/locale";
import type { CompareRowWords } from "@/lib/compare";
import { compareWords } from "./copy";

/** The words of the comparison rows, used on the server when the per-state data files are written. */
export function compareRowWords(locale: Locale): CompareRowWords {
  const { answerName, coverageMeaning, coverageName, gradeText, inForceUnknown, legalHelpKindName, notInSources, reliefTypeName } = termsWords[locale];
  const { criterionReason, criterionStatusName, noLawReason } = stateWords[locale];
  const { lawFactText } = lawFactWords[locale];
  const { compareCopy } = compareWords[locale];
  return {
  locale,
  grade: (grade) =>
    grade?.grade && grade.score !== null ? compareCopy.gradeWithScore(gradeText(grade), grade.score) : gradeText(grade),
  coverage: (level) => `${coverageName[level]}. ${coverageMeaning[level]}`,
  who: (fact, answer, hasLaw, entry) => {
    if (!hasLaw) return `${answerName.no}. ${noLawReason}`;
    const reason = whoReason(entry, fact, answer, locale);
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
}
