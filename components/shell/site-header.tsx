import Link from "@/components/shell/intent-link";
import { HeaderSearch } from "@/components/search/header-search";
import { shellCopy } from "./copy";

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
    </header>
  );
}
