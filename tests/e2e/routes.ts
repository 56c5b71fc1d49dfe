/** Every English route the site has, with one example of each dynamic one; the 404 page is expected to answer 404. */
const ENGLISH_ROUTES = [
  "/",
  "/?view=grade&edition=2019",
  "/states",
  "/states/missouri",
  "/federal",
  "/compare",
  "/compare?a=mo&b=ny",
  "/check",
  "/about",
  "/search",
  "/search?q=car",
  "/changes",
  "/changes/tennessee",
  "/states/atlantis",
];

/** Each English route's Spanish twin. */
export const spanishTwin = (route: string): string => (route === "/" ? "/es" : route.startsWith("/?") ? `/es${route.slice(1)}` : `/es${route}`);

export const ROUTES = [...ENGLISH_ROUTES, ...ENGLISH_ROUTES.map(spanishTwin)];

export const isNotFound = (route: string) => route.endsWith("/states/atlantis");
