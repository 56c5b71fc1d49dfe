import { geoPath } from "d3-geo";
import { feature, mesh } from "topojson-client";
import { presimplify, simplify } from "topojson-simplify";
import type { GeometryCollection, Topology } from "topojson-specification";
import statesTopology from "us-atlas/states-albers-10m.json";

/** The us-atlas shapes are already projected (Albers USA) into this box. */
export const MAP_WIDTH = 975;
export const MAP_HEIGHT = 610;

export interface StateShape {
  fips: string;
  /** SVG path data, rounded to whole units (a third of a CSS pixel on a 320 px phone). */
  d: string;
  /** Where a label fits, at the shape's centroid. */
  labelAt: [number, number];
  /** Area in square map units, used to decide whether a label fits. */
  area: number;
}

type StatesTopology = Topology<{ states: GeometryCollection; nation: GeometryCollection }>;

/**
 * Drops points whose triangle covers less than one square map unit (about a ninth of a CSS
 * pixel on a 320 px phone): the SVG is sent twice (HTML and React payload), so this halves the page.
 */
const MIN_WEIGHT = 1;

const topology = simplify(presimplify(statesTopology as unknown as StatesTopology), MIN_WEIGHT) as StatesTopology;

/** Computes every state's SVG path once, at build time, with d3-geo's identity projection. */
export function getStateShapes(): StateShape[] {
  const path = geoPath().digits(0);
  const collection = feature(topology, topology.objects.states);
  return collection.features.map((state) => {
    const [x, y] = path.centroid(state);
    return {
      fips: String(state.id),
      d: path(state) ?? "",
      labelAt: [Math.round(x), Math.round(y)],
      area: path.area(state),
    };
  });
}

/** The interior borders, drawn once so shared edges are not stroked twice. */
export function getBorderPath(): string {
  const path = geoPath().digits(0);
  return path(mesh(topology, topology.objects.states, (a, b) => a !== b)) ?? "";
}
