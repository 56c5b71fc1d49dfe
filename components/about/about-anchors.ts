import { aboutCopy } from "./copy";

/** Every section's anchor, in page order. Other pages link to #grades, #method, #glossary, #data, #privacy and #errors. */
export const ABOUT_SECTIONS = [
  { id: "who", label: aboutCopy.contents.who },
  { id: "gathering", label: aboutCopy.contents.gathering },
  { id: "grades", label: aboutCopy.contents.grades },
  { id: "method", label: aboutCopy.contents.method },
  { id: "glossary", label: aboutCopy.contents.glossary },
  { id: "data", label: aboutCopy.contents.data },
  { id: "privacy", label: aboutCopy.contents.privacy },
  { id: "errors", label: aboutCopy.contents.errors },
  { id: "not-legal-advice", label: aboutCopy.contents.notAdvice },
] as const;

export type AboutSectionId = (typeof ABOUT_SECTIONS)[number]["id"];
