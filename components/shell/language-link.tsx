"use client";

import { usePathname } from "next/navigation";
import type { ReactNode } from "react";
import { otherLocalePath } from "@/lib/locale";

/**
 * A link to this page in the other language. Without JavaScript it keeps the page (and state);
 * with it, the query and fragment too (the compared pair, the map's view), read at the moment of the click.
 */
export function LanguageLink({ lang, label, className, children }: { lang: string; label?: string; className?: string; children: ReactNode }) {
  const { path } = otherLocalePath(usePathname());
  return (
    <a
      href={path}
      hrefLang={lang}
      lang={lang}
      aria-label={label}
      className={className}
      onClick={(event) => {
        event.currentTarget.href = `${otherLocalePath(window.location.pathname).path}${window.location.search}${window.location.hash}`;
      }}
    >
      {children}
    </a>
  );
}
