import type { Metadata } from "next";
import Link from "@/components/shell/intent-link";
import { ChangeTimeline } from "@/components/overview/change-timeline";
import { overviewCopy } from "@/components/overview/copy";
import { OverviewExplorer } from "@/components/overview/overview-explorer";
import { CRITERIA } from "@/lib/criteria";
import { getJurisdictions } from "@/lib/data";
import { buildOverviewRow, buildTimeline } from "@/lib/overview";
import "@/components/overview/overview.css";

export const metadata: Metadata = {
  title: overviewCopy.metaTitle,
  description: overviewCopy.metaDescription,
};

export default function StatesPage() {
  const jurisdictions = getJurisdictions();
  return (
    <>
      <h1>{overviewCopy.heading}</h1>
      <p>{overviewCopy.intro}</p>
      <ul className="overview-links">
        <li>
          <a href="/about#method">{overviewCopy.methodLink}</a>
        </li>
        <li>
          <a href="/about#grades">{overviewCopy.gradesLink}</a>
        </li>
      </ul>
      <section aria-labelledby="overview-heading">
        <h2 id="overview-heading">{overviewCopy.tableHeading}</h2>
        <OverviewExplorer rows={jurisdictions.map(buildOverviewRow)} criteriaTotal={CRITERIA.length} />
      </section>
      <ChangeTimeline timeline={buildTimeline(jurisdictions)} total={jurisdictions.length} />
      <p className="federal-note">
        {overviewCopy.federalNote} <Link href="/federal">{overviewCopy.federalLink}</Link>
      </p>
    </>
  );
}
