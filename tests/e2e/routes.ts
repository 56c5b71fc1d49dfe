/** Every route the site has, with one example of each dynamic one; the 404 page is expected to answer 404. */
export const ROUTES = [
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
  "/states/atlantis",
];

export const isNotFound = (route: string) => route === "/states/atlantis";
