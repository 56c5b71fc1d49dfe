import { readFile } from "node:fs/promises";
import path from "node:path";
import { NextResponse, type NextRequest } from "next/server";
import { searchWords } from "@/components/search/copy";
import { localeOfPath, type Locale } from "@/lib/locale";
import { getSiteSearchEntries } from "@/components/search/site-search-entries";
import { exactMatch } from "@/lib/search";
import { NOSCRIPT_RESULTS_MARKER, noscriptResultsHtml } from "@/lib/search-fallback";

/**
 * /search?q= without JavaScript: an exact match goes straight to its state; otherwise the matches are
 * written into the static /search page's <noscript> block, so the page itself stays prerendered.
 * The page is read from the build on disk, never fetched, so no request depends on the Host header.
 */
export async function proxy(request: NextRequest) {
  const query = request.nextUrl.searchParams.get("q");
  if (query === null || request.headers.has("rsc")) return NextResponse.next();
  const locale = localeOfPath(request.nextUrl.pathname);
  const { searchCopy } = searchWords[locale];
  const entries = getSiteSearchEntries(locale);
  const match = exactMatch(entries, query);
  if (match) {
    // Next needs an absolute Location; it stays on the host this request came to.
    const target = request.nextUrl.clone();
    target.pathname = match.href;
    target.search = "";
    return NextResponse.redirect(target, 303);
  }
  const html = await prerenderedSearchPage(locale);
  if (!html?.includes(NOSCRIPT_RESULTS_MARKER)) return NextResponse.next();
  const results = noscriptResultsHtml(entries, query, { heading: searchCopy.resultsHeading, noMatch: searchCopy.noMatch });
  return new NextResponse(html.replace(NOSCRIPT_RESULTS_MARKER, results), {
    status: 200,
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" },
  });
}

const searchPages = new Map<Locale, Promise<string | null>>();

function prerenderedSearchPage(locale: Locale): Promise<string | null> {
  const file = path.join(process.cwd(), ".next", "server", "app", locale === "es" ? "es" : "", "search.html");
  if (!searchPages.has(locale)) searchPages.set(locale, readFile(file, "utf8").catch(() => null));
  return searchPages.get(locale)!;
}

export const config = { matcher: ["/search", "/es/search"] };
