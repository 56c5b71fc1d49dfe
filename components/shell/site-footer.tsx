import Link from "@/components/shell/intent-link";
import { shellCopy } from "./copy";

export function SiteFooter() {
  const copy = shellCopy.footer;
  return (
    <footer className="site-footer">
      <p className="disclaimer">{copy.disclaimer}</p>
      <p>
        {copy.hotlineLead} <a href="tel:18883737888">{copy.call}</a>, <a href="sms:233733">{copy.text}</a>.
      </p>
      <ul className="footer-links">
        <li>
          <Link href="/about">{copy.about}</Link>
        </li>
        <li>
          <Link href="/about#data">{copy.data}</Link>
        </li>
        <li>
          <Link href="/federal">{copy.federal}</Link>
        </li>
      </ul>
    </footer>
  );
}
