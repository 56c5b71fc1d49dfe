import type { Metadata } from "next";
import { JurisdictionPage } from "@/components/state/jurisdiction-page";
import { getEditions, getFederal } from "@/lib/data";

export const metadata: Metadata = {
  title: "Federal convictions: the Trafficking Survivors Relief Act",
  description:
    "Since January 2026, survivors can ask a federal court to vacate some federal convictions and expunge some arrests (18 U.S.C. § 3771A).",
};

export default function FederalPage() {
  return <JurisdictionPage entry={getFederal()} editions={getEditions()} />;
}
