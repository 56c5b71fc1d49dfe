import { termsWords } from "@/components/copy/terms";
import type { MapState } from "@/lib/map-data";
import { mapWords } from "./copy";
import { coverageLine } from "./us-map";
import { localePath, type Locale } from "@/lib/locale";

/** The same information as the map, as a table: for screen readers, keyboards and no JavaScript. Sent as static markup. */
export function StatesTable({ states, locale }: { states: MapState[]; locale: Locale }) {
  const { coverageMark, gradeText } = termsWords[locale];
  const { mapCopy } = mapWords[locale];
  const columns = mapCopy.columns;
  return (
    <table className="states-table">
      <caption>{mapCopy.tableCaption}</caption>
      <thead>
        <tr>
          <th scope="col">{columns.state}</th>
          <th scope="col">{columns.coverage}</th>
          <th scope="col">{columns.grade2023}</th>
          <th scope="col">{columns.grade2019}</th>
        </tr>
      </thead>
      <tbody>
        {states.map((state) => (
          <tr key={state.code}>
            <th scope="row">
              <a href={localePath(locale, state.href)}>{state.name}</a>
            </th>
            <td>
              <span className={`swatch c-${state.coverage}`} aria-hidden="true">
                {coverageMark[state.coverage]}
              </span>{" "}
              {coverageLine(state, locale)}
            </td>
            <td>{gradeText(state.jurisdiction.grades["2023"])}</td>
            <td>{gradeText(state.jurisdiction.grades["2019"])}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
