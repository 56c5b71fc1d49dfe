import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { termsWords } from "@/components/copy/terms";
import { stateWords } from "@/components/state/copy";
import { JurisdictionPage } from "@/components/state/jurisdiction-page";
import { coverageLevel } from "@/lib/coverage";
import { changesOf, newestFirst } from "@/lib/changes";
import { getChanges, getEditions, getJurisdictionBySlug, getJurisdictions } from "@/lib/data";
import { stateHref } from "@/lib/slug";
import { languageAlternates } from "@/components/i18n/alternates";
import { pageLocale } from "@/components/i18n/page-locale";

export const dynamicParams = false;

export function generateStaticParams() {
  return getJurisdictions().map((jurisdiction) => ({ slug: jurisdiction.slug }));
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const jurisdiction = getJurisdictionBySlug((await params).slug);
  if (!jurisdiction) return {};
  const { coverageName } = termsWords[pageLocale()];
  const { stateCopy } = stateWords[pageLocale()];
  const title = stateCopy.metaTitle(jurisdiction.name);
  const description = stateCopy.metaDescription(jurisdiction.name, coverageName[coverageLevel(jurisdiction)]);
  return {
    title,
    description,
    openGraph: { title, description, type: "article" },
    alternates: languageAlternates(stateHref(jurisdiction.slug)),
  };
}

export default async function StatePage({ params }: Props) {
  const { slug } = await params;
  const jurisdiction = getJurisdictionBySlug(slug);
  if (!jurisdiction) notFound();
  const all = getJurisdictions();
  const index = all.indexOf(jurisdiction);
  return (
    <JurisdictionPage
      entry={jurisdiction}
      editions={getEditions()}
      changes={changesOf(newestFirst(getChanges()), jurisdiction.code)}
      previous={all[(index - 1 + all.length) % all.length]}
      next={all[(index + 1) % all.length]}
    />
  );
}
