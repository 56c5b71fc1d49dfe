import { NextResponse, type NextRequest } from "next/server";
import { exactMatch } from "@/lib/search";
import { getSearchEntries } from "@/lib/search-index";

/** Without JavaScript, /search?q=missouri still goes straight to the one state the query names. */
export function proxy(request: NextRequest) {
  const query = request.nextUrl.searchParams.get("q");
  if (query) {
    const match = exactMatch(getSearchEntries(() => ""), query);
    if (match) return NextResponse.redirect(new URL(match.href, request.url), 303);
  }
  return NextResponse.next();
}

export const config = { matcher: "/search" };
