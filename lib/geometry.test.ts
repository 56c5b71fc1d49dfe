import { geoPath } from "d3-geo";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import atlas from "us-atlas/states-albers-10m.json";
import { describe, expect, it } from "vitest";
import { compactPath, getStateShapes, MAP_HEIGHT, MAP_WIDTH } from "./geometry";

const statesTopology = atlas as unknown as Topology<{ states: GeometryCollection }>;

describe("getStateShapes", () => {
  const shapes = getStateShapes();

  it("draws the 50 states and DC as SVG paths with whole-number coordinates", () => {
    expect(shapes).toHaveLength(51);
    for (const shape of shapes) {
      expect(shape.d).toMatch(/^M-?\d+,-?\d+/);
      expect(shape.d).not.toMatch(/\d\.\d/);
    }
  });

  it("puts every label inside the map box", () => {
    for (const { labelAt } of shapes) {
      expect(labelAt[0]).toBeGreaterThanOrEqual(0);
      expect(labelAt[0]).toBeLessThanOrEqual(MAP_WIDTH);
      expect(labelAt[1]).toBeGreaterThanOrEqual(0);
      expect(labelAt[1]).toBeLessThanOrEqual(MAP_HEIGHT);
    }
  });

  it("keeps the whole map light", () => {
    const bytes = shapes.reduce((total, shape) => total + shape.d.length, 0);
    expect(bytes).toBeLessThan(20_000);
  });
});

/** Reads path data written by compactPath back into absolute rings. */
function decode(d: string): Array<Array<[number, number]>> {
  return d
    .split("z")
    .filter(Boolean)
    .map((ring) => {
      const [head, steps = ""] = ring.slice(1).split("l");
      const [x0, y0] = head!.split(",").map(Number);
      const numbers = [...steps.matchAll(/-?\d+/g)].map((match) => Number(match[0]));
      const points: Array<[number, number]> = [[x0!, y0!]];
      for (let i = 0; i < numbers.length; i += 2) {
        const [x, y] = points[points.length - 1]!;
        points.push([x + numbers[i]!, y + numbers[i + 1]!]);
      }
      return points;
    });
}

describe("compactPath", () => {
  it("keeps every point of a ring, in relative steps, without repeats", () => {
    expect(compactPath("M104,552L106,550L106,550L100,560L98,549Z")).toBe("M104,552l2-2-6,10-2-11z");
    expect(decode(compactPath("M10,10L20,10L20,20Z"))).toEqual([[[10, 10], [20, 10], [20, 20]]]);
  });

  it("drops rings that rounding shrank to a point or a line", () => {
    expect(compactPath("M5,5L5,5L5,5ZM1,1L2,2L1,1ZM0,0L4,0L0,4Z")).toBe("M0,0l4,0-4,4z");
  });

  it("draws the same shapes as d3-geo's absolute path data, shorter", () => {
    const path = geoPath().digits(0);
    const absolute = getStateShapes().map((shape) => shape.d);
    for (const d of absolute) {
      expect(d.length).toBeGreaterThan(0);
      for (const ring of decode(d)) expect(new Set(ring.map(String)).size).toBeGreaterThanOrEqual(3);
    }
    const missouri = feature(statesTopology, statesTopology.objects.states).features.find((state) => state.id === "29");
    const original = path(missouri!) ?? "";
    const originalPoints = [...original.matchAll(/(-?\d+),(-?\d+)/g)].map((match) => `${match[1]},${match[2]}`);
    const compactPoints = decode(compactPath(original)).flat().map(String);
    expect(new Set(compactPoints)).toEqual(new Set(originalPoints));
    expect(compactPath(original).length).toBeLessThan(original.length * 0.75);
  });
});
