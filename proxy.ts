import { NextResponse, type NextRequest } from "next/server";
import { searchCopy } from "@/components/search/copy";
import { getSiteSearchEntries } from "@/components/search/site-search-entries";
import { exactMatch } from "@/lib/search";
import { NOSCRIPT_RESULTS_MARKER, noscriptResultsHtml } from "@/lib/search-fallback";

/**
 * /search?q= without JavaScript: an exact match goes straight to its state; otherwise the matches are
 * written into the static /search page's <noscript> block, so the page itself stays prerendered.
 */
export async function proxy(request: NextRequest) {
  const query = request.nextUrl.searchParams.get("q");
  if (query === null || request.headers.has("rsc")) return NextResponse.next();
  const entries = getSiteSearchEntries();
  const match = exactMatch(entries, query);
  if (match) return NextResponse.redirect(new URL(match.href, request.url), 303);
  const page = await fetch(new URL("/search", request.url));
  const html = await page.text();
  if (!page.ok || !html.includes(NOSCRIPT_RESULTS_MARKER)) return NextResponse.next();
  const results = noscriptResultsHtml(entries, query, { heading: searchCopy.resultsHeading, noMatch: searchCopy.noMatch });
  return new NextResponse(html.replace(NOSCRIPT_RESULTS_MARKER, results), {
    status: 200,
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" },
  });
}

export const config = { matcher: "/search" };
