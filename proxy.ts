import { readFile } from "node:fs/promises";
import path from "node:path";
import { NextResponse, type NextRequest } from "next/server";
import { compareWords } from "@/components/compare/copy";
import { compareRowWords } from "@/components/compare/row-text";
import { termsWords } from "@/components/copy/terms";
import { searchWords } from "@/components/search/copy";
import { getSiteSearchEntries } from "@/components/search/site-search-entries";
import { alignRows, buildCompareSide, chosenCodes, parseComparePair } from "@/lib/compare";
import { NOSCRIPT_COMPARE_MARKER, noscriptCompareHtml } from "@/lib/compare-fallback";
import { getJurisdictions } from "@/lib/data";
import { localeOfPath, localePath, type Locale } from "@/lib/locale";
import { exactMatch } from "@/lib/search";
import { NOSCRIPT_RESULTS_MARKER, noscriptResultsHtml } from "@/lib/search-fallback";

/**
 * The one piece of per-request code, for browsers without JavaScript, in both languages. The pages stay
 * prerendered: what a request asks for is written into the static page's <noscript> block, which React leaves alone.
 * - /search?q=: an exact match goes straight to its state; otherwise the matches are listed.
 * - /compare?a=&b=: the whole comparison of the two states, so a shared link shows its answer.
 * Pages are read from the build on disk, never fetched, so no request depends on the Host header.
 */
export async function proxy(request: NextRequest) {
  if (request.headers.has("rsc")) return NextResponse.next();
  const locale = localeOfPath(request.nextUrl.pathname);
  return request.nextUrl.pathname.endsWith("/compare") ? compare(request, locale) : search(request, locale);
}

/** The prerendered page's file under .next/server/app: "search.html" or "es/search.html". */
const pageFile = (name: string, locale: Locale) => (locale === "es" ? path.join("es", name) : name);

async function search(request: NextRequest, locale: Locale) {
  const query = request.nextUrl.searchParams.get("q");
  if (query === null) return NextResponse.next();
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
  const results = noscriptResultsHtml(entries, query, { heading: searchCopy.resultsHeading, noMatch: searchCopy.noMatch });
  return withNoscript(pageFile("search.html", locale), NOSCRIPT_RESULTS_MARKER, results);
}

async function compare(request: NextRequest, locale: Locale) {
  const jurisdictions = getJurisdictions();
  const pair = chosenCodes(parseComparePair(request.nextUrl.search, jurisdictions));
  const first = jurisdictions.find((jurisdiction) => jurisdiction.code === pair.a);
  const second = jurisdictions.find((jurisdiction) => jurisdiction.code === pair.b);
  if (!first || !second) return NextResponse.next();
  const { compareCopy } = compareWords[locale];
  const words = compareRowWords(locale);
  const side = (jurisdiction: (typeof jurisdictions)[number]) => {
    const built = buildCompareSide(jurisdiction, words);
    return { ...built, href: localePath(locale, built.href) };
  };
  const a = side(first);
  const b = side(second);
  const html = noscriptCompareHtml(a, b, alignRows(a.rows, b.rows), {
    heading: compareCopy.comparing,
    statePages: compareCopy.noScriptStatePages,
    and: compareCopy.and,
    factColumn: compareCopy.factColumn,
    differs: compareCopy.differs,
    notInSources: termsWords[locale].notInSources,
    sections: compareCopy.sections,
    rows: compareCopy.rows,
    checklistLead: compareCopy.checklistLead,
    sourcesHeading: compareCopy.sourcesHeading,
    lastVerified: compareCopy.lastVerified,
  });
  return withNoscript(pageFile("compare.html", locale), NOSCRIPT_COMPARE_MARKER, html);
}

async function withNoscript(file: string, marker: string, content: string) {
  const html = await prerenderedPage(file);
  if (!html?.includes(marker)) return NextResponse.next();
  return new NextResponse(html.replace(marker, content), {
    status: 200,
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" },
  });
}

const pages = new Map<string, Promise<string | null>>();

function prerenderedPage(file: string): Promise<string | null> {
  let page = pages.get(file);
  if (!page) {
    page = readFile(path.join(process.cwd(), ".next", "server", "app", file), "utf8").catch(() => null);
    pages.set(file, page);
  }
  return page;
}

export const config = { matcher: ["/search", "/compare", "/es/search", "/es/compare"] };
