import Link from "@/components/shell/intent-link";
import { federalConvictions } from "@/components/copy/terms";
import { getJurisdictions } from "@/lib/data";
import { stateHref } from "@/lib/slug";

/** Every state as a plain list of links: the fallback when search cannot help. */
export function AllStatesList() {
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
