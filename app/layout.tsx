import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { shellCopy } from "@/components/shell/copy";
import { OpenDetailsForPrint } from "@/components/shell/open-details-for-print";
import { QuickExit } from "@/components/shell/quick-exit";
import { SiteFooter } from "@/components/shell/site-footer";
import { SiteHeader } from "@/components/shell/site-header";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: `${shellCopy.productName}: ${shellCopy.tagline}`, template: `%s · ${shellCopy.productName}` },
  description: shellCopy.description,
  referrer: "no-referrer",
  robots: { index: true, follow: true },
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#1d2b3a" };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          {shellCopy.skipLink}
        </a>
        <QuickExit />
        <SiteHeader />
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter />
        <OpenDetailsForPrint />
      </body>
    </html>
  );
}
