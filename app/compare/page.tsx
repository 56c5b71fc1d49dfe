import type { Metadata } from "next";
import Link from "next/link";
import { CompareFallbackForm } from "@/components/compare/compare-fallback-form";
import { CompareView } from "@/components/compare/compare-view";
import { compareCopy } from "@/components/compare/copy";
import type { StateRef } from "@/lib/compare";
import { getJurisdictions } from "@/lib/data";
import { getSiteSearchEntries } from "@/components/search/site-search-entries";
import "@/components/compare/compare.css";

export const metadata: Metadata = { title: compareCopy.metaTitle, description: compareCopy.metaDescription };

export default function ComparePage() {
  const states: StateRef[] = getJurisdictions().map(({ code, slug, name }) => ({ code, slug, name }));
  const stateCodes = new Set<string>(states.map((state) => state.code));
  const entries = getSiteSearchEntries().filter((entry) => stateCodes.has(entry.code));
  return (
    <>
      <h1>{compareCopy.heading}</h1>
      <p>{compareCopy.intro}</p>
      <p>
        <Link href="/about#glossary">{compareCopy.glossaryLink}</Link>
      </p>
      <div className="compare-area">
        <CompareView entries={entries} states={states} />
      </div>
      <noscript>
        <div id="noscript-compare" />
        <CompareFallbackForm states={states} />
      </noscript>
    </>
  );
}
