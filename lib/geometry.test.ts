import { describe, expect, it } from "vitest";
import { getStateShapes, MAP_HEIGHT, MAP_WIDTH } from "./geometry";

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
    expect(bytes).toBeLessThan(40_000);
  });
});
