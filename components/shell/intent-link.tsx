"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import type { ComponentProps } from "react";

/**
 * next/link that never prefetches because a link scrolled into view: the next page's data is fetched only
 * on a clear intent (pointer over the link, a touch on it or keyboard focus), so nobody pays for pages
 * they never open. Use it wherever next/link would be used; `prefetch={false}` turns off even that.
 */
export default function IntentLink({ href, prefetch: allowed, onMouseEnter, onTouchStart, onFocus, ...props }: ComponentProps<typeof Link>) {
  const router = useRouter();
  const prefetch = () => {
    if (allowed !== false && typeof href === "string" && href.startsWith("/")) router.prefetch(href);
  };
  return (
    <Link
      {...props}
      href={href}
      prefetch={false}
      onMouseEnter={(event) => {
        onMouseEnter?.(event);
        prefetch();
      }}
      onTouchStart={(event) => {
        onTouchStart?.(event);
        prefetch();
      }}
      onFocus={(event) => {
        onFocus?.(event);
        prefetch();
      }}
    />
  );
}
