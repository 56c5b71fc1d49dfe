"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { sitePageAddress } from "@/lib/site-links";

// Attributes rather than properties: the map's links are SVG <a> elements, whose href is not a string.
const linkOf = (target: EventTarget | null): Element | null => (target instanceof Element ? target.closest("a[href]") : null);

const addressOf = (link: Element) =>
  sitePageAddress(
    { href: link.getAttribute("href") ?? "", target: link.getAttribute("target") ?? "", hasDownload: link.hasAttribute("download") },
    new URL(window.location.href),
  );

/**
 * Every link on the site is a plain <a>, written into the page's static markup. This one listener per page
 * does what next/link did for each link: it fetches a page's data only on a clear intent (a pointer over
 * the link, a touch or keyboard focus), never because a link scrolled into view, and opens in-site pages
 * without reloading the framework. Without JavaScript the links simply work as links.
 */
export function SiteLinks() {
  const router = useRouter();
  useEffect(() => {
    const fetched = new Set<string>();
    const showIntent = (event: Event) => {
      const link = linkOf(event.target);
      const address = link ? addressOf(link) : null;
      if (!address || fetched.has(address)) return;
      fetched.add(address);
      router.prefetch(address);
    };
    const open = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const link = linkOf(event.target);
      const address = link ? addressOf(link) : null;
      if (!address) return;
      event.preventDefault();
      router.push(address);
    };
    const options = { passive: true, capture: true } as const;
    document.addEventListener("pointerover", showIntent, options);
    document.addEventListener("touchstart", showIntent, options);
    document.addEventListener("focusin", showIntent, options);
    document.addEventListener("click", open);
    return () => {
      document.removeEventListener("pointerover", showIntent, options);
      document.removeEventListener("touchstart", showIntent, options);
      document.removeEventListener("focusin", showIntent, options);
      document.removeEventListener("click", open);
    };
  }, [router]);
  return null;
}
