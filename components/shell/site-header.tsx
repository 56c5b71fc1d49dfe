import Link from "next/link";
import { HeaderSearch } from "@/components/search/header-search";
import { shellCopy } from "./copy";

/**
 * The brand, then the search and the main links. On a phone the search and links fold into a
 * <details> menu, which opens without JavaScript; on wider screens they are always shown.
 */
export function SiteHeader() {
  const copy = shellCopy;
  return (
    <header className="site-header">
      <div className="brand">
        <Link href="/" className="brand-name">
          {copy.productName}
        </Link>
        <span className="brand-tagline">{copy.tagline}</span>
      </div>
      <details className="site-menu">
        <summary>{copy.menu}</summary>
        <div className="site-menu-content">
          <HeaderSearch />
          <nav aria-label={copy.nav.label} className="site-nav">
            <ul>
              <li>
                <Link href="/">{copy.nav.map}</Link>
              </li>
              <li>
                <Link href="/states">{copy.nav.states}</Link>
              </li>
              <li>
                <Link href="/compare">{copy.nav.compare}</Link>
              </li>
              <li>
                <Link href="/check">{copy.nav.check}</Link>
              </li>
              <li>
                <Link href="/about">{copy.nav.about}</Link>
              </li>
            </ul>
          </nav>
        </div>
      </details>
    </header>
  );
}
