import { EDITION_YEARS, LATEST_EDITION } from "./grades";
import type { EditionYear } from "./schema";

export type MapColouring = "coverage" | "grade";

export interface MapView {
  view: MapColouring;
  edition: EditionYear;
  /** Parameters we could not use, so the page can say what it ignored. */
  ignored: Array<{ name: string; value: string }>;
}

export const DEFAULT_MAP_VIEW: MapView = { view: "coverage", edition: LATEST_EDITION, ignored: [] };

const isEdition = (value: string): value is EditionYear => (EDITION_YEARS as readonly string[]).includes(value);

/** Reads ?view=grade&edition=2019; unknown values fall back to the defaults and are reported. */
export function parseMapView(params: URLSearchParams): MapView {
  const ignored: MapView["ignored"] = [];
  const rawView = params.get("view");
  const rawEdition = params.get("edition");
  let view: MapColouring = "coverage";
  if (rawView === "grade" || rawView === "coverage") view = rawView;
  else if (rawView !== null) ignored.push({ name: "view", value: rawView.slice(0, 40) });
  let edition = LATEST_EDITION;
  if (rawEdition !== null && isEdition(rawEdition)) edition = rawEdition;
  else if (rawEdition !== null) ignored.push({ name: "edition", value: rawEdition.slice(0, 40) });
  return { view, edition, ignored };
}

/** The query string for a view; the default view has none, so plain "/" stays canonical. */
export function formatMapView(view: Pick<MapView, "view" | "edition">): string {
  if (view.view === "coverage") return "";
  return view.edition === LATEST_EDITION ? "?view=grade" : `?view=grade&edition=${view.edition}`;
}
