import { termsWords } from "@/components/copy/terms";
import { MAP_HEIGHT, MAP_WIDTH } from "@/lib/geometry";
import type { Locale } from "@/lib/locale";
import type { MapState } from "@/lib/map-data";
import { mapWords } from "./copy";
import { localePath } from "@/lib/locale";

export interface UsMapProps {
  states: MapState[];
  /** Given, not read from the page: the map is rendered to a string outside React's own render (see static-markup.ts). */
  locale: Locale;
}

/** One short line on who is covered, e.g. "Minors only: prostitution-related offenses only". */
export function coverageLine(state: Pick<MapState, "coverage" | "offenses">, locale: Locale): string {
  const { coverageName } = termsWords[locale];
  const { offensePhrase } = mapWords[locale];
  const level = coverageName[state.coverage];
  if (state.coverage === "none" || state.coverage === "unclear" || !state.offenses) return level;
  return `${level}: ${offensePhrase[state.offenses]}`;
}

export function stateLinkLabel(state: MapState, locale: Locale): string {
  const { gradeText, polarisGrade } = termsWords[locale];
  const grades = (["2023", "2019"] as const)
    .map((edition) => polarisGrade(edition, gradeText(state.jurisdiction.grades[edition])))
    .join(". ");
  return `${state.name}. ${coverageLine(state, locale)}. ${grades}.`;
}

/** The US map as finished SVG: every state a real link, with a text mark so colour is never the only cue. */
export function UsMap({ states, locale }: UsMapProps) {
  const { coverageMark, gradeMark } = termsWords[locale];
  const { mapCopy } = mapWords[locale];
  return (
    <svg
      className="us-map"
      viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`}
      role="group"
      aria-labelledby="map-title"
      aria-describedby="map-desc"
    >
      <title id="map-title">{mapCopy.title}</title>
      <desc id="map-desc">{mapCopy.description}</desc>
      <defs>
        <pattern id="hatch" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="8" height="8" className="hatch-bg" />
          <line x1="0" y1="0" x2="0" y2="8" className="hatch-line" />
        </pattern>
        <pattern id="dots" width="8" height="8" patternUnits="userSpaceOnUse">
          <rect width="8" height="8" className="dots-bg" />
          <circle cx="4" cy="4" r="1.6" className="dots-dot" />
        </pattern>
        <pattern id="sparse" width="14" height="14" patternUnits="userSpaceOnUse">
          <rect width="14" height="14" className="sparse-bg" />
          <circle cx="7" cy="7" r="1.2" className="sparse-dot" />
        </pattern>
      </defs>
      {states.map((state) => (
        <a
          key={state.code}
          href={localePath(locale, state.href)}
          className={`st c-${state.coverage} g19-${state.grade2019} g23-${state.grade2023}`}
          aria-label={stateLinkLabel(state, locale)}
          data-s={state.code}
        >
          <path d={state.d} />
        </a>
      ))}
      <g className="labels" aria-hidden="true">
        {states.map((state) =>
          state.labelAt ? (
            <g key={state.code} className={`c-${state.coverage} g19-${state.grade2019} g23-${state.grade2023}`} data-l={state.code}>
              <text x={state.labelAt[0]} y={state.labelAt[1]} className="lb lc">
                {state.code} {coverageMark[state.coverage]}
              </text>
              <text x={state.labelAt[0]} y={state.labelAt[1]} className="lb l19">
                {state.code} {gradeMark(state.jurisdiction.grades["2019"])}
              </text>
              <text x={state.labelAt[0]} y={state.labelAt[1]} className="lb l23">
                {state.code} {gradeMark(state.jurisdiction.grades["2023"])}
              </text>
            </g>
          ) : null,
        )}
      </g>
    </svg>
  );
}
