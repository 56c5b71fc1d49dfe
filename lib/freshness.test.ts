import { describe, expect, it } from "vitest";
import { makeJurisdiction, makeLaw } from "@/tests/fixtures/jurisdiction";
import { formatFreshness, freshnessOf, freshnessTotals } from "./freshness";

const source = { url: "https://example.org/a", title: "An old guide", date: "2019-05", supports: "x" };
const bill = (sessionEnds: string) => ({
  bill: "HB 1",
  wouldChange: "x",
  status: "In committee",
  statusDate: "2026-02",
  sessionEnds,
  source,
});

describe("freshnessOf, with a fixed today", () => {
  it("is due for a re-check twelve months after it was verified", () => {
    const entry = makeJurisdiction({ lastVerified: "2026-12-03" });
    expect(freshnessOf(entry, "2027-12-03")).toMatchObject({ ageDays: 365, recheckBy: "2027-12-03", overdue: false });
    expect(freshnessOf(entry, "2027-12-04").overdue).toBe(true);
  });

  it("falls due 30 days after a pending bill's session ends, and lists the bill once the session is over", () => {
    const entry = makeJurisdiction({ lastVerified: "2026-12-03", pending: [bill("2027-05-15")] });
    expect(freshnessOf(entry, "2027-05-01")).toMatchObject({ recheckBy: "2027-06-14", overdue: false, billsPastSession: [] });
    expect(freshnessOf(entry, "2027-06-15")).toMatchObject({
      overdue: true,
      billsPastSession: [{ bill: "HB 1", sessionEnds: "2027-05-15" }],
    });
  });

  it("lists laws verified only from secondary sources, and sources older than the newest amendment", () => {
    const entry = makeJurisdiction({
      relief: [
        makeLaw({ citation: "Code § 1", verification: { level: "secondary", url: "https://example.org/a", checkedOn: "2026-12-03" } }),
        makeLaw({ citation: "Code § 2", enactedYear: 2015, amendedYears: [2021], sources: [source] }),
      ],
    });
    const report = freshnessOf(entry, "2026-12-03");
    expect(report.secondaryOnly).toEqual(["Code § 1"]);
    expect(report.staleSources).toEqual([{ citation: "Code § 2", source: "An old guide", sourceDate: "2019-05", newestAmendment: 2021 }]);
  });

  it("prints a block per jurisdiction and totals that name what is overdue", () => {
    const reports = [
      freshnessOf(makeJurisdiction({ code: "OH", name: "Ohio", lastVerified: "2026-12-03" }), "2028-12-03"),
      freshnessOf(makeJurisdiction({ code: "TX", name: "Texas", slug: "texas", lastVerified: "2028-06-01" }), "2028-12-03"),
    ];
    const text = formatFreshness(reports, freshnessTotals(reports, 2), "2028-12-03").join("\n");
    expect(text).toContain("OH  Ohio: last verified 2026-12-03 (731 days ago), OVERDUE since 2027-12-03");
    expect(text).toContain("TX  Texas: last verified 2028-06-01 (185 days ago), re-check by 2029-06-01");
    expect(text).toContain("Totals: 2 jurisdictions, 1 past their re-check date");
  });
});
