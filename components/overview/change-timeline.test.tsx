// @vitest-environment jsdom
import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { getJurisdictions } from "@/lib/data";
import { buildTimeline } from "@/lib/overview";
import { ChangeTimeline } from "./change-timeline";

const jurisdictions = getJurisdictions();
const timeline = buildTimeline(jurisdictions);

describe("ChangeTimeline", () => {
  it("starts from New York's first law in 2010 and lists each year as a table row", () => {
    render(<ChangeTimeline timeline={timeline} total={jurisdictions.length} locale="en" />);
    expect(screen.getByText(/first law in our data is New York’s, enacted in 2010/)).toBeTruthy();
    const table = screen.getByRole("table", { name: /enacted and amended, year by year/i });
    const first = within(table).getByRole("rowheader", { name: "2010" }).closest("tr")!;
    expect(within(first).getByRole("link", { name: "New York" }).getAttribute("href")).toBe("/states/new-york");
    expect(first.textContent).toContain(`1 of ${jurisdictions.length}`);
    expect(within(table).getAllByRole("rowheader")).toHaveLength(timeline.years.length);
    const folded = table.closest("details")!;
    expect(folded.open).toBe(false);
    expect(within(folded).getByText("Show the year-by-year table").tagName).toBe("SUMMARY");
  });

  it("prints every count as text; the bars are hidden from screen readers", () => {
    const { container } = render(<ChangeTimeline timeline={timeline} total={jurisdictions.length} locale="en" />);
    const last = timeline.years[timeline.years.length - 1]!;
    expect(screen.getByRole("rowheader", { name: String(last.year) }).closest("tr")!.textContent).toContain(`${last.withLaw} of ${jurisdictions.length}`);
    for (const bar of container.querySelectorAll(".timeline-bar-track")) expect(bar.getAttribute("aria-hidden")).toBe("true");
  });

  it("names the states whose law has no year in our sources", () => {
    render(<ChangeTimeline timeline={timeline} total={jurisdictions.length} locale="en" />);
    if (timeline.undated.length > 0) {
      expect(screen.getByText(new RegExp(`${timeline.undated.length} more states? ha(s|ve) a law, but no year`))).toBeTruthy();
      expect(screen.getAllByRole("link", { name: timeline.undated[0]!.name }).length).toBeGreaterThan(0);
    }
  });

  it("says so when no law has a year", () => {
    render(<ChangeTimeline timeline={{ years: [], first: null, undated: [] }} total={51} locale="en" />);
    expect(screen.getByText("No law in our sources gives a year.")).toBeTruthy();
    expect(screen.queryByRole("table")).toBeNull();
  });
});
