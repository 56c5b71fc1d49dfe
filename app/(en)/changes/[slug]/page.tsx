import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ChangesPage } from "@/app/_routes/changes-page";
import { changesWords } from "@/components/changes/copy";
import { languageAlternates } from "@/components/i18n/alternates";
import { pageLocale } from "@/components/i18n/page-locale";
import { changesHref } from "@/lib/changes";
import { getPlaces } from "@/lib/data";

export const dynamicParams = false;

export function generateStaticParams() {
  return getPlaces().map((place) => ({ slug: place.slug }));
}

type Props = { params: Promise<{ slug: string }> };

const placeBySlug = (slug: string) => getPlaces().find((place) => place.slug === slug);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const place = placeBySlug((await params).slug);
  if (!place) return {};
  const { changesCopy } = changesWords[pageLocale()];
  return {
    title: changesCopy.stateHeading(place.name),
    description: changesCopy.stateIntro(place.name),
    alternates: { ...languageAlternates(changesHref(place.slug)), types: { "application/atom+xml": "/changes.xml" } },
  };
}

export default async function PlaceChangesPage({ params }: Props) {
  const place = placeBySlug((await params).slug);
  if (!place) notFound();
  return <ChangesPage place={place} />;
}
