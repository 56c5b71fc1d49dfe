import { readFile } from "node:fs/promises";
import path from "node:path";
import { NextResponse, type NextRequest } from "next/server";
import { compareCopy } from "@/components/compare/copy";
import { compareRowWords } from "@/components/compare/row-text";
import { notInSources } from "@/components/copy/terms";
import { searchCopy } from "@/components/search/copy";
import { getSiteSearchEntries } from "@/components/search/site-search-entries";
import { alignRows, buildCompareSide, chosenCodes, parseComparePair } from "@/lib/compare";
import { NOSCRIPT_COMPARE_MARKER, noscriptCompareHtml } from "@/lib/compare-fallback";
import { getJurisdictions } from "@/lib/data";
import { exactMatch } from "@/lib/search";
import { NOSCRIPT_RESULTS_MARKER, noscriptResultsHtml } from "@/lib/search-fallback";

/**
 * The one piece of per-request code, for browsers without JavaScript. The pages stay prerendered: what a
 * request asks for is written into the static page's <noscript> block, which React leaves alone.
 * - /search?q=: an exact match goes straight to its state; otherwise the matches are listed.
 * - /compare?a=&b=: the whole comparison of the two states, so a shared link shows its answer.
 * Pages are read from the build on disk, never fetched, so no request depends on the Host header.
 */
export async function proxy(request: NextRequest) {
  if (request.headers.has("rsc")) return NextResponse.next();
  return request.nextUrl.pathname === "/compare" ? compare(request) : search(request);
}

async function search(request: NextRequest) {
  const query = request.nextUrl.searchParams.get("q");
  if (query === null) return NextResponse.next();
  const entries = getSiteSearchEntries();
  const match = exactMatch(entries, query);
  if (match) {
    // Next needs an absolute Location; it stays on the host this request came to.
    const target = request.nextUrl.clone();
    target.pathname = match.href;
    target.search = "";
    return NextResponse.redirect(target, 303);
  }
  const results = noscriptResultsHtml(entries, query, { heading: searchCopy.resultsHeading, noMatch: searchCopy.noMatch });
  return withNoscript("search.html", NOSCRIPT_RESULTS_MARKER, results);
}

async function compare(request: NextRequest) {
  const jurisdictions = getJurisdictions();
  const pair = chosenCodes(parseComparePair(request.nextUrl.search, jurisdictions));
  const first = jurisdictions.find((jurisdiction) => jurisdiction.code === pair.a);
  const second = jurisdictions.find((jurisdiction) => jurisdiction.code === pair.b);
  if (!first || !second) return NextResponse.next();
  const a = buildCompareSide(first, compareRowWords);
  const b = buildCompareSide(second, compareRowWords);
  const html = noscriptCompareHtml(a, b, alignRows(a.rows, b.rows), {
    heading: compareCopy.comparing,
    statePages: compareCopy.noScriptStatePages,
    and: compareCopy.and,
    factColumn: compareCopy.factColumn,
    differs: compareCopy.differs,
    notInSources,
    sections: compareCopy.sections,
    rows: compareCopy.rows,
    checklistLead: compareCopy.checklistLead,
    sourcesHeading: compareCopy.sourcesHeading,
    lastVerified: compareCopy.lastVerified,
  });
  return withNoscript("compare.html", NOSCRIPT_COMPARE_MARKER, html);
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

export const config = { matcher: ["/search", "/compare"] };
