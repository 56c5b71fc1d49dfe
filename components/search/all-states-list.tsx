import Link from "next/link";
import { termsWords } from "@/components/copy/terms";
import { getJurisdictions } from "@/lib/data";
import { stateHref } from "@/lib/slug";
import { useLocale } from "@/components/i18n/use-locale";

/** Every state as a plain list of links: the fallback when search cannot help. */
export function AllStatesList() {
  const locale = useLocale();
  const { federalConvictions } = termsWords[locale];
  return (
    <ul className="all-states-list">
      {getJurisdictions().map((jurisdiction) => (
        <li key={jurisdiction.code}>
          <Link href={stateHref(jurisdiction.slug)}>{jurisdiction.name}</Link>
        </li>
      ))}
      <li>
        <Link href="/federal">{federalConvictions}</Link>
      </li>
    </ul>
  );
}
