import type { Metadata } from "next";
import { languageAlternates } from "@/components/i18n/alternates";
import { pageLocale } from "@/components/i18n/page-locale";
import type { ComponentType, ReactNode } from "react";
import { CheckWizard } from "@/components/check/check-wizard";
import { checkWords } from "@/components/check/copy";
import { getFederal, getJurisdictions } from "@/lib/data";
import { checkDetailsHref, packCheckEntry } from "@/lib/eligibility";
import "@/components/check/check.css";
import { useLocale } from "@/components/i18n/use-locale";
import { localePath } from "@/lib/locale";

export function checkMetadata(): Metadata {
  const { checkCopy } = checkWords[pageLocale()];
  return { title: checkCopy.metaTitle, description: checkCopy.metaDescription, alternates: languageAlternates("/check") };
}

/**
 * Every jurisdiction's facts go to the browser with the page, so answering never sends a request. The steps to
 * apply and the legal help (four times the size) are one file for everyone, loaded when the person starts.
 * Each language's route passes its own words (CheckWordsEn, CheckWordsEs), so the page's script carries one language.
 */
export function CheckPage({ Words }: { Words: ComponentType<{ children: ReactNode }> }) {
  const locale = useLocale();
  const { checkCopy } = checkWords[locale];
  const entries = [...getJurisdictions(), getFederal()].map(packCheckEntry);
  return (
    <div className="check-page">
      <h1>{checkCopy.heading}</h1>
      <p>{checkCopy.intro}</p>
      <p className="notice check-privacy">{checkCopy.privacy}</p>
      <noscript>
        <p className="notice">
          {checkCopy.noScript} <a href={localePath(locale, "/states")}>
            {checkCopy.noScriptLink}
          </a>.
        </p>
      </noscript>
      <Words>
        <CheckWizard entries={entries} detailsUrl={checkDetailsHref(locale)} />
      </Words>
    </div>
  );
}
