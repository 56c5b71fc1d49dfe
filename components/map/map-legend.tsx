import { termsWords } from "@/components/copy/terms";
import { countBy, COVERAGE_LEVELS } from "@/lib/coverage";
import { GRADE_KEYS } from "@/lib/grades";
import type { MapState } from "@/lib/map-data";
import { mapWords } from "./copy";
import { localePath, type Locale } from "@/lib/locale";

/** Marks for the classes without a letter; the map itself shows each state's own score. */
const GRADE_MARKS: Record<string, string> = { none: "–", score: "#", unknown: "·" };

/** Legends for every colouring, each with how many states fall in each class; CSS shows the one in use. */
export function MapLegend({ states, locale }: { states: MapState[]; locale: Locale }) {
  const { coverageMark, coverageMeaning, coverageName, gradeName } = termsWords[locale];
  const { mapCopy } = mapWords[locale];
  const coverage = countBy(COVERAGE_LEVELS, states.map((state) => state.coverage));
  const editions = [
    { edition: "2023", className: "legend-g23", counts: countBy(GRADE_KEYS, states.map((state) => state.grade2023)), prefix: "g23" },
    { edition: "2019", className: "legend-g19", counts: countBy(GRADE_KEYS, states.map((state) => state.grade2019)), prefix: "g19" },
  ];
  return (
    <div className="legends">
      <div className="legend legend-coverage">
        <h3>{mapCopy.legendCoverage}</h3>
        <ul>
          {coverage.map(({ key, count }) => (
            <li key={key}>
              <span className={`swatch c-${key}`} aria-hidden="true">
                {coverageMark[key]}
              </span>
              <span>
                <strong>{coverageName[key]}</strong>: {mapCopy.states(count)}. {coverageMeaning[key]}
              </span>
            </li>
          ))}
        </ul>
      </div>
      {editions.map(({ edition, className, counts, prefix }) => (
        <div className={`legend ${className}`} key={edition}>
          <h3>{mapCopy.legendGrade(edition)}</h3>
          <ul>
            {counts
              .filter(({ key, count }) => count > 0 || ["A", "B", "C", "D", "F"].includes(key))
              .map(({ key, count }) => (
                <li key={key}>
                  <span className={`swatch ${prefix}-${key}`} aria-hidden="true">
                    {GRADE_MARKS[key] ?? key}
                  </span>
                  <span>
                    <strong>{gradeName[key]}</strong>: {mapCopy.states(count)}
                  </span>
                </li>
              ))}
          </ul>
          <p>
            <a href={localePath(locale, "/about#grades")}>{mapCopy.gradeWhy}</a>
          </p>
        </div>
      ))}
    </div>
  );
}
