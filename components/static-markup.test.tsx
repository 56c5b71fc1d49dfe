import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ComparePickerForm } from "@/components/home/compare-picker-form";
import { MapLegend } from "@/components/map/map-legend";
import { SmallStateTargets } from "@/components/map/small-state-targets";
import { StatesTable } from "@/components/map/states-table";
import { ChangeTimeline } from "@/components/overview/change-timeline";
import { getJurisdictions } from "@/lib/data";
import { buildTimeline } from "@/lib/overview";
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

  it("writes the home page's legends, states table and compare form, and the timeline of /states, as React does, in both languages", () => {
    const states = getMapStates();
    const jurisdictions = getJurisdictions();
    for (const locale of ["en", "es"] as const) {
      const blocks = [
        <MapLegend key="legend" states={states} locale={locale} />,
        <StatesTable key="table" states={states} locale={locale} />,
        <ComparePickerForm key="form" jurisdictions={states.map((state) => state.jurisdiction)} locale={locale} />,
        <ChangeTimeline key="timeline" timeline={buildTimeline(jurisdictions)} total={jurisdictions.length} locale={locale} />,
      ];
      for (const block of blocks) expect(renderStaticMarkup(block)).toBe(renderToStaticMarkup(block));
    }
  });

  it("marks a select's default option as selected, so the form does not open on its first state", () => {
    const select = (
      <select name="a" defaultValue="" required>
        <option value="" disabled>
          Choose
        </option>
        <option value="al">Alabama</option>
      </select>
    );
    expect(renderStaticMarkup(select)).toBe(renderToStaticMarkup(select));
    expect(renderStaticMarkup(select)).toContain('<option value="" disabled="" selected="">');
  });

  it("writes a style of text values as React does", () => {
    const bar = <span style={{ inlineSize: "42.5%", backgroundColor: "red" }} />;
    expect(renderStaticMarkup(bar)).toBe(renderToStaticMarkup(bar));
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

  it("writes HTML props such as a cell's colSpan under React's names, so a cell spans the whole table", () => {
    const cells = (
      <tr>
        <td colSpan={11} rowSpan={2} headers="h">
          <time dateTime="2026-12-04">today</time>
        </td>
        <td>
          <input readOnly maxLength={3} autoComplete="off" inputMode="search" />
        </td>
      </tr>
    );
    expect(renderStaticMarkup(cells)).toBe(renderToStaticMarkup(cells));
  });

  it("refuses what static markup cannot carry, instead of dropping it silently", () => {
    expect(() => renderStaticMarkup(<button onClick={() => undefined}>Go</button>)).toThrow(/handlers/);
    expect(() => renderStaticMarkup(<p style={{ width: 3 }}>Three what?</p>)).toThrow(/styles/);
  });
});
