import { termsWords } from "@/components/copy/terms";
import { SMALL_STATES, type MapState } from "@/lib/map-data";
import { mapWords } from "./copy";
import { stateLinkLabel } from "./us-map";
import { localePath, type Locale } from "@/lib/locale";

/** Large, labelled targets for states too small to tap on the map. */
export function SmallStateTargets({ states, locale }: { states: MapState[]; locale: Locale }) {
  const { coverageMark, gradeMark } = termsWords[locale];
  const { mapCopy } = mapWords[locale];
  const small = SMALL_STATES.map((code) => states.find((state) => state.code === code)).filter(
    (state): state is MapState => state !== undefined,
  );
  return (
    <div className="small-states">
      <h3 className="small-states-heading">{mapCopy.smallStatesHeading}</h3>
      <ul>
        {small.map((state) => (
          <li key={state.code}>
            <a
              href={localePath(locale, state.href)}
              className={`chip st c-${state.coverage} g19-${state.grade2019} g23-${state.grade2023}`}
              data-s={state.code}
            >
              <span className="chip-code">{state.code}</span>
              <span className="chip-mark lc">{coverageMark[state.coverage]}</span>
              <span className="chip-mark l19">{gradeMark(state.jurisdiction.grades["2019"])}</span>
              <span className="chip-mark l23">{gradeMark(state.jurisdiction.grades["2023"])}</span>
              <span className="visually-hidden"> {stateLinkLabel(state, locale)}</span>
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
