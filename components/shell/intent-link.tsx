"use client";

import Link from "next/link";
import { useState, type ComponentProps } from "react";

/**
 * next/link that never prefetches because a link scrolled into view: the next page's data is fetched only
 * on a clear intent (pointer over the link, a touch on it or keyboard focus), so nobody pays for pages
 * they never open. Use it wherever next/link would be used; `prefetch={false}` turns off even that.
 */
export default function IntentLink({ prefetch, onMouseEnter, onTouchStart, onFocus, ...props }: ComponentProps<typeof Link>) {
  const [intent, setIntent] = useState(false);
  // Once someone shows intent, Link's own prefetch takes over (the link is in view, so it fetches at once).
  const showIntent = () => setIntent(prefetch !== false);
  return (
    <Link
      {...props}
      prefetch={intent ? prefetch : false}
      onMouseEnter={(event) => {
        onMouseEnter?.(event);
        showIntent();
      }}
      onTouchStart={(event) => {
        onTouchStart?.(event);
        showIntent();
      }}
      onFocus={(event) => {
        onFocus?.(event);
        showIntent();
      }}
    />
  );
}
