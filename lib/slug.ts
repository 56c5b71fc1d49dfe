import type { StateCode } from "./schema";

/** "District of Columbia" → "district-of-columbia". The one place slugs are made. */
export function slugify(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z]+/g, "-")
    .replace(/^-|-$/g, "");
}

/** The one place a state page's URL is built. */
export const stateHref = (slug: string): string => (slug === "federal" ? "/federal" : `/states/${slug}`);

export const compareHref = (a: StateCode | null, b: StateCode | null): string => {
  const params = new URLSearchParams();
  if (a) params.set("a", a.toLowerCase());
  if (b) params.set("b", b.toLowerCase());
  const query = params.toString();
  return query ? `/compare?${query}` : "/compare";
};
