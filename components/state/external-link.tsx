import type { ReactNode } from "react";
import { externalLinkNote } from "@/components/copy/terms";

/** A link to another site: opens without telling that site where the reader came from. */
export function ExternalLink({ href, children }: { href: string; children: ReactNode }) {
  if (href.startsWith("/")) return <a href={href}>{children}</a>;
  return (
    <a href={href} rel="noopener noreferrer" target="_blank">
      {children}
      <span className="visually-hidden">{externalLinkNote}</span>
    </a>
  );
}
