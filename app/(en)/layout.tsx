import type { ReactNode } from "react";
import { rootMetadata, rootViewport, SiteRootLayout } from "@/app/_routes/root-layout";

export const metadata = rootMetadata("en");
export const viewport = rootViewport;

export default function EnglishLayout({ children }: { children: ReactNode }) {
  return <SiteRootLayout locale="en">{children}</SiteRootLayout>;
}
