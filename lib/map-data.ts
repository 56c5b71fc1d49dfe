import { coverageLevel, primaryLaw, type CoverageLevel } from "./coverage";
import { getJurisdictions } from "./data";
import { getBorderPath, getStateShapes } from "./geometry";
import { gradeKey, type GradeKey } from "./grades";
import type { Jurisdiction, OffensesCovered } from "./schema";
import { stateHref } from "./slug";

/** States too small to click reliably on a phone; they also get targets beside the map. */
export const SMALL_STATES = ["DC", "RI", "DE", "CT", "NJ", "MD", "MA", "NH", "VT", "HI"] as const;

/** Where a shape's centroid is a poor spot for its label (Florida's falls near the coast). */
const LABEL_NUDGE: Record<string, [number, number]> = { FL: [18, 22], MI: [12, 18], LA: [-10, 0], KY: [8, 2], VA: [10, 4] };

/** Below this area (square map units) a state's label does not fit inside it. */
const LABEL_MIN_AREA = 1100;

export interface MapState {
  code: string;
  name: string;
  href: string;
  d: string;
  /** Null where the label does not fit inside the shape. */
  labelAt: [number, number] | null;
  coverage: CoverageLevel;
  offenses: OffensesCovered | null;
  grade2019: GradeKey;
  grade2023: GradeKey;
  jurisdiction: Jurisdiction;
}

const nudge = ([x, y]: [number, number], by: [number, number] = [0, 0]): [number, number] => [x + by[0], y + by[1]];

export function getMapStates(): MapState[] {
  const shapes = new Map(getStateShapes().map((shape) => [shape.fips, shape]));
  return getJurisdictions().map((jurisdiction) => {
    const shape = shapes.get(jurisdiction.fips);
    if (!shape) throw new Error(`No map shape for ${jurisdiction.name} (FIPS ${jurisdiction.fips})`);
    const small = (SMALL_STATES as readonly string[]).includes(jurisdiction.code);
    return {
      code: jurisdiction.code,
      name: jurisdiction.name,
      href: stateHref(jurisdiction.slug),
      d: shape.d,
      labelAt: small || shape.area < LABEL_MIN_AREA ? null : nudge(shape.labelAt, LABEL_NUDGE[jurisdiction.code]),
      coverage: coverageLevel(jurisdiction),
      offenses: primaryLaw(jurisdiction)?.offensesCovered ?? null,
      grade2019: gradeKey(jurisdiction.grades["2019"]),
      grade2023: gradeKey(jurisdiction.grades["2023"]),
      jurisdiction,
    };
  });
}

export { getBorderPath };
