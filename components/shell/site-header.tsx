import { HeaderSearch } from "@/components/search/header-search";
import { LanguageLink } from "./language-link";
import { shellWords } from "./copy";
import { useLocale } from "@/components/i18n/use-locale";
import { localePath } from "@/lib/locale";

/**
 * The brand, then the search and the main links. On a phone the search and links fold into a
 * <details> menu, which opens without JavaScript; on wider screens they are always shown.
 */
export function SiteHeader() {
  const locale = useLocale();
  const { shellCopy } = shellWords[locale];
  const copy = shellCopy;
  return (
    <header className="site-header">
      <div className="brand">
        <a href={localePath(locale, "/")} className="brand-name">
          {copy.productName}
        </a>
        <span className="brand-tagline">{copy.tagline}</span>
      </div>
      <details className="site-menu">
        <summary>{copy.menu}</summary>
        <div className="site-menu-content">
          <HeaderSearch />
          <nav aria-label={copy.nav.label} className="site-nav">
            <ul>
              <li>
                <a href={localePath(locale, "/")}>{copy.nav.map}</a>
              </li>
              <li>
                <a href={localePath(locale, "/states")}>{copy.nav.states}</a>
              </li>
              <li>
                <a href={localePath(locale, "/compare")}>{copy.nav.compare}</a>
              </li>
              <li>
                <a href={localePath(locale, "/check")}>{copy.nav.check}</a>
              </li>
              <li>
                <a href={localePath(locale, "/about")}>{copy.nav.about}</a>
              </li>
              <li>
                <LanguageLink lang={copy.otherLanguage.lang} label={copy.otherLanguage.label} className="language-link">
                  {copy.otherLanguage.name}
                </LanguageLink>
              </li>
            </ul>
          </nav>
        </div>
      </details>
    </header>
  );
}
