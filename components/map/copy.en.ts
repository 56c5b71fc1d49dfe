import type { OffensesCovered } from "@/lib/schema";

export const mapCopy = {
  title: "Map: who each state's record relief law covers",
  description:
    "Each state is a link to its page. In the coverage view the letter on each state repeats its colour: B broad, P partial, M minors only, N none found, ? unclear. In the grade view it shows the Polaris grade where a source states it, the score where only a score is known, and a dot where the grade is not in our sources.",
  switchLegend: "Colour the map by",
  coverageOption: "Who is covered",
  gradeOption: "Polaris grade",
  editionLabel: "Report card edition",
  legendCoverage: "Who is covered",
  legendGrade: (edition: string) => `Polaris grade, ${edition} edition`,
  states: (count: number) => (count === 1 ? "1 state" : `${count} states`),
  gradeWhy: "Why most states show no grade",
  smallStatesHeading: "Small states",
  ignoredParam: (name: string, value: string) => `We did not recognise ${name}=“${value}” in the address, so the map shows its default view.`,
  tableHeading: "All states and DC",
  tableCaption: "Every state's coverage level and Polaris grades, with links to each state's page",
  skipTable: "Skip the list of states",
  columns: { state: "State", coverage: "Who is covered", line: "In short", grade2019: "Polaris 2019", grade2023: "Polaris 2023" },
  federalNote: "A federal conviction is never cleared by a state law. Since January 2026, a federal law lets survivors ask to vacate some federal convictions.",
  federalLink: "Read about federal convictions",
  chooseTwo: "Compare two states",
};

export const offensePhrase: Record<OffensesCovered, string> = {
  "any-offense": "any offense",
  "any-offense-with-exceptions": "most offenses",
  "listed-offenses": "listed offenses only",
  "prostitution-related-only": "prostitution-related offenses only",
};
