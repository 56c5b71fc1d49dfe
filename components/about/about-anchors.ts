
/** Every section's anchor and the key of its label in aboutCopy.contents, in page order. Other pages link to #grades, #method, #glossary, #data, #privacy and #errors. */
export const ABOUT_SECTIONS = [
  { id: "who", label: "who" },
  { id: "gathering", label: "gathering" },
  { id: "grades", label: "grades" },
  { id: "method", label: "method" },
  { id: "glossary", label: "glossary" },
  { id: "data", label: "data" },
  { id: "privacy", label: "privacy" },
  { id: "errors", label: "errors" },
  { id: "not-legal-advice", label: "notAdvice" },
] as const;

export type AboutSectionId = (typeof ABOUT_SECTIONS)[number]["id"];
