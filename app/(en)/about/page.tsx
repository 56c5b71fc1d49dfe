import type { Metadata } from "next";
import { languageAlternates } from "@/components/i18n/alternates";
import { pageLocale } from "@/components/i18n/page-locale";
import { AboutContents } from "@/components/about/about-contents";
import { aboutWords } from "@/components/about/copy";
import { DataSection } from "@/components/about/data-section";
import { ErrorsSection } from "@/components/about/errors-section";
import { GatheringSection } from "@/components/about/gathering-section";
import { GlossarySection } from "@/components/about/glossary-section";
import { GradesSection } from "@/components/about/grades-section";
import { MethodSection } from "@/components/about/method-section";
import { NotAdviceSection } from "@/components/about/not-advice-section";
import { PrivacySection } from "@/components/about/privacy-section";
import { WhoSection } from "@/components/about/who-section";
import { getEditions, getJurisdictions } from "@/lib/data";
import { summarizeDataset } from "@/lib/overview";
import "@/components/about/about.css";
import { useLocale } from "@/components/i18n/use-locale";

export function generateMetadata(): Metadata {
  const { aboutCopy } = aboutWords[pageLocale()];
  return { title: aboutCopy.metaTitle, description: aboutCopy.metaDescription, alternates: languageAlternates("/about") };
}

export default function AboutPage() {
  const locale = useLocale();
  const { aboutCopy } = aboutWords[locale];
  const summary = summarizeDataset(getJurisdictions());
  return (
    <>
      <h1>{aboutCopy.heading}</h1>
      <p className="about-lead">{aboutCopy.lead}</p>
      <AboutContents />
      <WhoSection />
      <GatheringSection summary={summary} />
      <GradesSection editions={getEditions()} summary={summary} />
      <MethodSection summary={summary} />
      <GlossarySection />
      <DataSection />
      <PrivacySection />
      <ErrorsSection />
      <NotAdviceSection />
    </>
  );
}
