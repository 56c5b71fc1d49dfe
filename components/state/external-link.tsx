import type { ReactNode } from "react";
import { termsWords } from "@/components/copy/terms";
import { useLocale } from "@/components/i18n/use-locale";

/** A link to another site: opens without telling that site where the reader came from. */
export function ExternalLink({ href, children }: { href: string; children: ReactNode }) {
  const locale = useLocale();
  const { externalLinkNote } = termsWords[locale];
  if (href.startsWith("/")) return <a href={href}>{children}</a>;
  return (
    <a href={href} rel="noopener noreferrer" target="_blank">
      {children}
      <span className="visually-hidden">{externalLinkNote}</span>
    </a>
  );
}
