import { localeOfPath } from "./locale";

/** What the page-link decision needs to know of an `<a>`. */
export interface LinkFacts {
  /** The link's href attribute, resolved against the current address. */
  href: string;
  target: string;
  hasDownload: boolean;
}

/**
 * The in-site address a link opens, when the site can open it itself (fetching only the next page's
 * data), or null when the browser should follow it as usual: another host, a new tab, a download,
 * a file (JSON, CSV, the feed), a jump within the same page, or the other language (its own document).
 */
export function sitePageAddress(link: LinkFacts, current: URL): string | null {
  let url: URL;
  try {
    url = new URL(link.href, current);
  } catch {
    return null;
  }
  if (url.origin !== current.origin || link.hasDownload || (link.target !== "" && link.target !== "_self")) return null;
  if (/\.[a-z0-9]+$/i.test(url.pathname)) return null;
  if (url.pathname === current.pathname && url.search === current.search && url.hash !== "") return null;
  if (localeOfPath(url.pathname) !== localeOfPath(current.pathname)) return null;
  return `${url.pathname}${url.search}${url.hash}`;
}
