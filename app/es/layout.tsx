import type { ReactNode } from "react";
import { rootMetadata, rootViewport, SiteRootLayout } from "@/app/_routes/root-layout";

export const metadata = rootMetadata("es");
export const viewport = rootViewport;

export default function SpanishLayout({ children }: { children: ReactNode }) {
  return <SiteRootLayout locale="es">{children}</SiteRootLayout>;
}
