import { changesWords } from "@/components/changes/copy";
import { changeFeedXml } from "@/lib/change-feed";
import { newestFirst } from "@/lib/changes";
import { getChanges, getPlaces } from "@/lib/data";
import { SITE_URL } from "@/lib/site";

export const dynamic = "force-static";

/** The change log as an Atom feed, written at build time with absolute links to SITE_URL. */
export function GET() {
  const { changesCopy } = changesWords.en;
  const xml = changeFeedXml(newestFirst(getChanges()), getPlaces(), SITE_URL, {
    title: changesCopy.feedTitle,
    subtitle: changesCopy.feedSubtitle,
    source: changesCopy.source,
  });
  return new Response(xml, { headers: { "Content-Type": "application/atom+xml; charset=utf-8" } });
}
