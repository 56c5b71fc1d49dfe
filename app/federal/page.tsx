import type { Metadata } from "next";
import { stateCopy } from "@/components/state/copy";
import { JurisdictionPage } from "@/components/state/jurisdiction-page";
import { getEditions, getFederal } from "@/lib/data";

export const metadata: Metadata = { title: stateCopy.federalMetaTitle, description: stateCopy.federalMetaDescription };

export default function FederalPage() {
  return <JurisdictionPage entry={getFederal()} editions={getEditions()} />;
}
