import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { SmallStateTargets } from "@/components/map/small-state-targets";
import { UsMap } from "@/components/map/us-map";
import { getMapStates } from "@/lib/map-data";
import { renderStaticMarkup } from "./static-markup";

describe("renderStaticMarkup", () => {
  it("writes the map and its small-state targets exactly as React's own server renderer does", () => {
    const states = getMapStates();
    const map = (
      <>
        <UsMap states={states} locale="en" />
        <SmallStateTargets states={states} locale="en" />
      </>
    );
    const html = renderStaticMarkup(map);
    expect(html).toBe(renderToStaticMarkup(map));
    expect(html).toContain('<a href="/states/missouri" class="st ');
    expect(html).toContain('viewBox="0 0 975 610"');
  });

  it("escapes text and attributes and renames React's props", () => {
    const element = (
      <label htmlFor="x" className={'a"b'} tabIndex={-1} data-s="<s>" aria-hidden="true" hidden>
        Tom &amp; {"<Jerry>"} {3}
        <svg viewBox="0 0 1 1">
          <path strokeWidth={2} d="M0,0" />
        </svg>
        <br />
      </label>
    );
    expect(renderStaticMarkup(element)).toBe(renderToStaticMarkup(element));
  });

  it("refuses what static markup cannot carry, instead of dropping it silently", () => {
    expect(() => renderStaticMarkup(<button onClick={() => undefined}>Go</button>)).toThrow(/handlers/);
    expect(() => renderStaticMarkup(<p style={{ color: "red" }}>Red</p>)).toThrow(/styles/);
  });
});
