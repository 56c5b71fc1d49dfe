import type { ChangeEntry } from "./schema";
import { stateHref } from "./slug";

/** A place the change log can be filtered by: a state, DC or federal law. */
export interface Place {
  code: string;
  name: string;
  slug: string;
}

/** The change log page for one place. */
export const changesHref = (slug?: string): string => (slug ? `/changes/${slug}` : "/changes");

/** The log newest first: by date, and of the same date the one written last first. */
export const newestFirst = (changes: readonly ChangeEntry[]): ChangeEntry[] =>
  changes
    .map((change, index) => ({ change, index }))
    .sort((a, b) => b.change.date.localeCompare(a.change.date) || b.index - a.index)
    .map(({ change }) => change);

/** A place's changes, in the order given. */
export const changesOf = (changes: readonly ChangeEntry[], code: string): ChangeEntry[] =>
  changes.filter((change) => change.jurisdiction === code);

/** The place a change is about, for its name and page. */
export function placeOf(places: readonly Place[], change: ChangeEntry): Place {
  const place = places.find((candidate) => candidate.code === change.jurisdiction);
  if (!place) throw new Error(`change ${change.id}: unknown jurisdiction ${change.jurisdiction}`);
  return place;
}

/** A field's value as a reader sees it: text as it is, lists joined, nothing as null. */
export function fieldValueText(value: unknown, nothing: string): string {
  if (value === null || value === undefined) return nothing;
  if (typeof value === "string") return value;
  if (Array.isArray(value)) return value.map((item) => fieldValueText(item, nothing)).join(", ");
  return JSON.stringify(value);
}

export const placePageHref = (place: Place): string => stateHref(place.slug);
