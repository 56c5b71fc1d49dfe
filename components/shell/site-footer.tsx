import { shellWords } from "./copy";
import { useLocale } from "@/components/i18n/use-locale";
import { localePath } from "@/lib/locale";
import { NationalHelp } from "@/components/help/national-help";

export function SiteFooter() {
  const locale = useLocale();
  const { shellCopy } = shellWords[locale];
  const copy = shellCopy.footer;
  return (
    <footer className="site-footer">
      <p className="disclaimer">{copy.disclaimer}</p>
      <NationalHelp id="footer-help-heading" />
      <ul className="footer-links">
        <li>
          <a href={localePath(locale, "/about")}>{copy.about}</a>
        </li>
        <li>
          <a href={localePath(locale, "/about#data")}>{copy.data}</a>
        </li>
        <li>
          <a href={localePath(locale, "/federal")}>{copy.federal}</a>
        </li>
        <li>
          <a href={localePath(locale, "/changes")}>{copy.changes}</a>
        </li>
      </ul>
    </footer>
  );
}
