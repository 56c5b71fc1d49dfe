import type { Metadata } from "next";
import Link from "@/components/shell/intent-link";
import { CheckWizard } from "@/components/check/check-wizard";
import { checkCopy } from "@/components/check/copy";
import { getFederal, getJurisdictions } from "@/lib/data";
import { packCheckEntry } from "@/lib/eligibility";
import "@/components/check/check.css";

export const metadata: Metadata = { title: checkCopy.metaTitle, description: checkCopy.metaDescription };

/** Every jurisdiction goes to the browser with the page, so answering never sends a request. */
export default function CheckPage() {
  const entries = [...getJurisdictions(), getFederal()].map(packCheckEntry);
  return (
    <div className="check-page">
      <h1>{checkCopy.heading}</h1>
      <p>{checkCopy.intro}</p>
      <p className="notice check-privacy">{checkCopy.privacy}</p>
      <noscript>
        <p className="notice">
          {checkCopy.noScript} <Link href="/states" prefetch={false}>
            {checkCopy.noScriptLink}
          </Link>.
        </p>
      </noscript>
      <CheckWizard entries={entries} />
    </div>
  );
}
