import type { Metadata } from "next";
import { languageAlternates } from "@/components/i18n/alternates";
import { pageLocale } from "@/components/i18n/page-locale";
import { stateWords } from "@/components/state/copy";
import { JurisdictionPage } from "@/components/state/jurisdiction-page";
import { changesOf, newestFirst } from "@/lib/changes";
import { getChanges, getEditions, getFederal } from "@/lib/data";

export function generateMetadata(): Metadata {
  const { stateCopy } = stateWords[pageLocale()];
  return { title: stateCopy.federalMetaTitle, description: stateCopy.federalMetaDescription, alternates: languageAlternates("/federal") };
}

export default function FederalPage() {
  return <JurisdictionPage entry={getFederal()} editions={getEditions()} changes={changesOf(newestFirst(getChanges()), "US")} />;
}
