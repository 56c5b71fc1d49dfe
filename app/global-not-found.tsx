import type { Metadata } from "next";
import NotFound from "@/app/(en)/not-found";
import { rootMetadata, SiteRootLayout } from "@/app/_routes/root-layout";
import { searchWords } from "@/components/search/copy";

export const metadata: Metadata = { ...rootMetadata("en"), title: searchWords.en.searchCopy.notFoundHeading };

/** An address that matches no page, in either language; the header links to the Spanish site. */
export default function GlobalNotFound() {
  return (
    <SiteRootLayout locale="en">
      <NotFound />
    </SiteRootLayout>
  );
}
