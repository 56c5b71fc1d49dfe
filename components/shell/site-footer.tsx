import Link from "@/components/shell/intent-link";
import { shellWords } from "./copy";
import { useLocale } from "@/components/i18n/use-locale";
import { localePath } from "@/lib/locale";

export function SiteFooter() {
  const locale = useLocale();
  const { shellCopy } = shellWords[locale];
  const copy = shellCopy.footer;
  return (
    <footer className="site-footer">
      <p className="disclaimer">{copy.disclaimer}</p>
      <p>
        {copy.hotlineLead} <a href="tel:18883737888">{copy.call}</a>, <a href="sms:233733">{copy.text}</a>.
      </p>
      <ul className="footer-links">
        <li>
          <Link href={localePath(locale, "/about")}>{copy.about}</Link>
        </li>
        <li>
          <Link href={localePath(locale, "/about#data")}>{copy.data}</Link>
        </li>
        <li>
          <Link href={localePath(locale, "/federal")}>{copy.federal}</Link>
        </li>
        <li>
          <Link href={localePath(locale, "/changes")}>{copy.changes}</Link>
        </li>
      </ul>
    </footer>
  );
}
