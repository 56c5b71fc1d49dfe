import { Feed } from "feed";
import { placeOf, placePageHref, type Place } from "./changes";
import type { ChangeEntry } from "./schema";

export interface FeedWords {
  title: string;
  subtitle: string;
  source: string;
}

/** The change log as an Atom 1.0 feed with absolute links; the newest change dates the feed. */
export function changeFeedXml(changes: readonly ChangeEntry[], places: readonly Place[], siteUrl: string, words: FeedWords): string {
  const newest = changes.reduce((latest, change) => (change.date > latest ? change.date : latest), "2026-01-01");
  const feed = new Feed({
    title: words.title,
    description: words.subtitle,
    id: `${siteUrl}/changes`,
    link: `${siteUrl}/changes`,
    language: "en",
    feedLinks: { atom: `${siteUrl}/changes.xml` },
    updated: new Date(`${newest}T00:00:00Z`),
    copyright: "Record Relief Map. Information, not legal advice.",
    author: { name: "Record Relief Map", link: siteUrl },
  });
  for (const change of changes) {
    const place = placeOf(places, change);
    feed.addItem({
      id: `${siteUrl}/changes/${place.slug}#${change.id}`,
      title: `${place.name}: ${change.summary}`,
      link: `${siteUrl}${placePageHref(place)}`,
      description: change.summary,
      content: `${change.summary} ${words.source} ${change.source.title} (${change.source.url})`,
      date: new Date(`${change.date}T00:00:00Z`),
    });
  }
  return feed.atom1();
}
