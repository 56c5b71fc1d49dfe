import type { Metadata } from "next";
import { ChangesPage } from "@/app/_routes/changes-page";
import { changesWords } from "@/components/changes/copy";
import { languageAlternates } from "@/components/i18n/alternates";
import { pageLocale } from "@/components/i18n/page-locale";

export function generateMetadata(): Metadata {
  const { changesCopy } = changesWords[pageLocale()];
  return {
    title: changesCopy.metaTitle,
    description: changesCopy.metaDescription,
    alternates: { ...languageAlternates("/changes"), types: { "application/atom+xml": "/changes.xml" } },
  };
}

export default function AllChangesPage() {
  return <ChangesPage />;
}
