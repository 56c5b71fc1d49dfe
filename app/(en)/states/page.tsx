import type { Metadata } from "next";
import { languageAlternates } from "@/components/i18n/alternates";
import { pageLocale } from "@/components/i18n/page-locale";
import { ChangeTimeline } from "@/components/overview/change-timeline";
import { overviewWords } from "@/components/overview/copy";
import { OverviewExplorer } from "@/components/overview/overview-explorer";
import { OverviewBody } from "@/components/overview/overview-rows";
import { CRITERIA } from "@/lib/criteria";
import { getJurisdictions } from "@/lib/data";
import { buildOverviewRow, buildTimeline, overviewRowKeys } from "@/lib/overview";
import "@/components/overview/overview.css";
import { useLocale } from "@/components/i18n/use-locale";
import { localePath } from "@/lib/locale";
import { staticHtml } from "@/components/static-markup";

export function generateMetadata(): Metadata {
  const { overviewCopy } = overviewWords[pageLocale()];
  return { title: overviewCopy.metaTitle, description: overviewCopy.metaDescription, alternates: languageAlternates("/states") };
}

export default function StatesPage() {
  const locale = useLocale();
  const { overviewCopy } = overviewWords[locale];
  const jurisdictions = getJurisdictions();
  const rows = jurisdictions.map(buildOverviewRow);
  return (
    <>
      <h1>{overviewCopy.heading}</h1>
      <p>{overviewCopy.intro}</p>
      <ul className="overview-links">
        <li>
          <a href={localePath(locale, "/about#method")}>{overviewCopy.methodLink}</a>
        </li>
        <li>
          <a href={localePath(locale, "/about#grades")}>{overviewCopy.gradesLink}</a>
        </li>
      </ul>
      <section aria-labelledby="overview-heading">
        <h2 id="overview-heading">{overviewCopy.tableHeading}</h2>
        <OverviewExplorer rows={overviewRowKeys(rows)} body={<OverviewBody rows={rows} criteriaTotal={CRITERIA.length} locale={locale} />} />
      </section>
      {/* Static markup: some 300 elements that no script changes, hydrated as one. */}
      <div dangerouslySetInnerHTML={staticHtml(<ChangeTimeline timeline={buildTimeline(jurisdictions)} total={jurisdictions.length} locale={locale} />)} />
      <p className="federal-note">
        {overviewCopy.federalNote} <a href={localePath(locale, "/federal")}>{overviewCopy.federalLink}</a>
      </p>
    </>
  );
}
