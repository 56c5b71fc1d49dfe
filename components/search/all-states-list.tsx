import { termsWords } from "@/components/copy/terms";
import { getJurisdictions } from "@/lib/data";
import { stateHref } from "@/lib/slug";
import { useLocale } from "@/components/i18n/use-locale";
import { localePath } from "@/lib/locale";

/** Every state as a plain list of links: the fallback when search cannot help. */
export function AllStatesList() {
  const locale = useLocale();
  const { federalConvictions } = termsWords[locale];
  return (
    <ul className="all-states-list">
      {getJurisdictions().map((jurisdiction) => (
        <li key={jurisdiction.code}>
          <a href={localePath(locale, stateHref(jurisdiction.slug))}>{jurisdiction.name}</a>
        </li>
      ))}
      <li>
        <a href={localePath(locale, "/federal")}>{federalConvictions}</a>
      </li>
    </ul>
  );
}
