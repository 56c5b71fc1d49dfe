import Link from "next/link";
import { NationalHelp } from "@/components/help/national-help";
import { shellCopy } from "./copy";

export function SiteFooter() {
  const copy = shellCopy.footer;
  return (
    <footer className="site-footer">
      <p className="disclaimer">{copy.disclaimer}</p>
      <NationalHelp id="footer-help-heading" />
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
