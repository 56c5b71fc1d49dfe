"use client";

import { useRef, useState, type ReactNode } from "react";
import { setLocationSearch, useLocationSearch } from "@/components/url-state";
import { formatMapView, parseMapView, type MapView } from "@/lib/map-view";
import type { EditionYear } from "@/lib/schema";
import { termsWords } from "@/components/copy/terms";
import { mapWords } from "./copy";
import { useLocale } from "@/components/i18n/use-locale";

export interface CalloutFacts {
  name: string;
  line: string;
  grade2019: string;
  grade2023: string;
}

export interface MapExplorerProps {
  /** Callout facts by USPS code. */
  callouts: Record<string, CalloutFacts>;
  children: ReactNode;
}

interface Callout {
  code: string;
  x: number;
  y: number;
}

/** The map's interaction layer: the colouring switch (kept in the URL) and the hover/focus callout. */
export function MapExplorer({ callouts, children }: MapExplorerProps) {
  const locale = useLocale();
  const { polarisGrade } = termsWords[locale];
  const { mapCopy } = mapWords[locale];
  const search = useLocationSearch();
  const view: MapView = parseMapView(new URLSearchParams(search ?? ""));
  const [callout, setCallout] = useState<Callout | null>(null);
  const frame = useRef<HTMLDivElement>(null);

  const choose = (next: Pick<MapView, "view" | "edition">) => setLocationSearch(formatMapView(next));

  const show = (target: EventTarget | null) => {
    const link = target instanceof Element ? target.closest<HTMLElement | SVGElement>("[data-s]") : null;
    const box = frame.current?.getBoundingClientRect();
    if (!link || !box) return;
    const rect = link.getBoundingClientRect();
    setCallout({ code: link.getAttribute("data-s") ?? "", x: rect.left + rect.width / 2 - box.left, y: rect.top - box.top });
  };

  const facts = callout ? callouts[callout.code] : undefined;
  const viewClass = view.view === "coverage" ? "view-coverage" : `view-grade view-g${view.edition === "2019" ? "19" : "23"}`;
  const grade = facts ? (view.edition === "2019" ? facts.grade2019 : facts.grade2023) : "";

  return (
    <div className={`map-explorer ${viewClass}`}>
      <fieldset className="map-switch">
        <legend>{mapCopy.switchLegend}</legend>
        <label>
          <input type="radio" name="map-view" checked={view.view === "coverage"} onChange={() => choose({ view: "coverage", edition: view.edition })} />{" "}
          {mapCopy.coverageOption}
        </label>
        <label>
          <input type="radio" name="map-view" checked={view.view === "grade"} onChange={() => choose({ view: "grade", edition: view.edition })} />{" "}
          {mapCopy.gradeOption}
        </label>
        <label className="edition-select">
          {mapCopy.editionLabel}{" "}
          <select
            value={view.edition}
            onChange={(event) => choose({ view: "grade", edition: event.target.value as EditionYear })}
          >
            <option value="2023">2023</option>
            <option value="2019">2019</option>
          </select>
        </label>
      </fieldset>
      {view.ignored.length > 0 ? (
        <p className="notice" role="status">
          {view.ignored.map((param) => mapCopy.ignoredParam(param.name, param.value)).join(" ")}
        </p>
      ) : null}
      <div
        className="map-frame"
        ref={frame}
        onMouseOver={(event) => show(event.target)}
        onFocus={(event) => show(event.target)}
        onMouseLeave={() => setCallout(null)}
        onBlur={() => setCallout(null)}
        onKeyDown={(event) => {
          if (event.key === "Escape") setCallout(null);
        }}
      >
        {children}
        {callout && facts ? (
          <div className="callout" style={{ left: callout.x, top: callout.y }} aria-hidden="true">
            <strong>{facts.name}</strong>
            <span>{facts.line}</span>
            <span>{view.view === "grade" ? polarisGrade(view.edition, grade) : polarisGrade("2023", facts.grade2023)}</span>
          </div>
        ) : null}
      </div>
    </div>
  );
}
