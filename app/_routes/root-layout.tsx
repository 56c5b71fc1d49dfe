import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { LocaleProvider } from "@/components/i18n/locale-context";
import { setPageLocale } from "@/components/i18n/page-locale";
import { shellWords } from "@/components/shell/copy";
import { OpenDetailsForPrint } from "@/components/shell/open-details-for-print";
import { QuickExit } from "@/components/shell/quick-exit";
import { SiteFooter } from "@/components/shell/site-footer";
import { LanguageLink } from "@/components/shell/language-link";
import { SiteHeader } from "@/components/shell/site-header";
import { SiteLinks } from "@/components/shell/site-links";
import type { Locale } from "@/lib/locale";
import { SITE_URL } from "@/lib/site";
import "../globals.css";

export function rootMetadata(locale: Locale): Metadata {
  const { shellCopy } = shellWords[locale];
  return {
    metadataBase: new URL(SITE_URL),
    title: { default: `${shellCopy.productName}: ${shellCopy.tagline}`, template: `%s · ${shellCopy.productName}` },
    description: shellCopy.description,
    referrer: "no-referrer",
    robots: { index: true, follow: true },
  };
}

export const rootViewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#1d2b3a" };

/** The page shell in one language: quick exit first, then the header, the page and the footer. */
export function SiteRootLayout({ locale, children }: { locale: Locale; children: ReactNode }) {
  setPageLocale(locale);
  const { shellCopy } = shellWords[locale];
  return (
    <html lang={locale}>
      <body>
        <LocaleProvider locale={locale}>
          <a className="skip-link" href="#main">
            {shellCopy.skipLink}
          </a>
          <QuickExit locale={locale} />
          <SiteHeader />
          <main id="main" tabIndex={-1}>
            {shellCopy.referenceNotice ? (
              <p className="reference-notice">
                {shellCopy.referenceNotice.text}{" "}
                <LanguageLink lang={shellCopy.otherLanguage.lang}>{shellCopy.referenceNotice.link}</LanguageLink>
              </p>
            ) : null}
            {children}
          </main>
          <SiteFooter />
          <OpenDetailsForPrint />
          <SiteLinks />
        </LocaleProvider>
      </body>
    </html>
  );
}
