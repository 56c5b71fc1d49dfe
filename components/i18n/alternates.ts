import type { Metadata } from "next";
import { localePath } from "@/lib/locale";
import { pageLocale } from "./page-locale";

/** The page's canonical address and its twin in the other language (hreflang), from its English path. */
export function languageAlternates(path: string): Metadata["alternates"] {
  return {
    canonical: localePath(pageLocale(), path),
    languages: { en: path, es: localePath("es", path), "x-default": path },
  };
}
