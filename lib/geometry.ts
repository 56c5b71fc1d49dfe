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
  /** SVG path data in whole units (a third of a CSS pixel on a 320 px phone), relative after each ring's start. */
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

/**
 * Rewrites d3-geo's absolute, whole-unit path data ("M104,552L106,550L106,550Z") in its shortest form: each
 * ring starts absolute and goes on in relative steps ("M104,552l2-2z"), repeated points are dropped, and so
 * are rings that rounding shrank to fewer than three distinct points (nothing visible). Shapes are unchanged.
 */
export function compactPath(d: string): string {
  const rings = d.split(/Z/i).map((ring) =>
    [...ring.matchAll(/[ML](-?\d+),(-?\d+)/g)].map((match) => [Number(match[1]), Number(match[2])] as const),
  );
  /** A relative step; a minus sign separates numbers by itself, so only non-negative ones need a separator. */
  const joined = (value: number, separator: string) => (value < 0 ? String(value) : `${separator}${value}`);
  let out = "";
  for (const ring of rings) {
    const points = ring.filter((point, index) => index === 0 || point[0] !== ring[index - 1]![0] || point[1] !== ring[index - 1]![1]);
    if (new Set(points.map(([x, y]) => `${x},${y}`)).size < 3) continue;
    const [start, ...rest] = points;
    out += `M${start![0]},${start![1]}l`;
    let previous = start!;
    rest.forEach((point, index) => {
      out += joined(point[0] - previous[0], index === 0 ? "" : " ") + joined(point[1] - previous[1], ",");
      previous = point;
    });
    out += "z";
  }
  return out;
}

/** Computes every state's SVG path once, at build time, with d3-geo's identity projection. */
export function getStateShapes(): StateShape[] {
  const path = geoPath().digits(0);
  const collection = feature(topology, topology.objects.states);
  return collection.features.map((state) => {
    const [x, y] = path.centroid(state);
    return {
      fips: String(state.id),
      d: compactPath(path(state) ?? ""),
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
