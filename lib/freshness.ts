import type { Federal, Jurisdiction } from "./schema";

type Entry = Jurisdiction | Federal;

/** A jurisdiction is re-checked at least this often. */
export const RECHECK_MONTHS = 12;
/** After a pending bill's session ends, its outcome is due this many days later. */
export const BILL_OUTCOME_GRACE_DAYS = 30;

const DAY_MS = 86_400_000;
const toTime = (date: string): number => Date.parse(`${date}T00:00:00Z`);
const toDate = (time: number): string => new Date(time).toISOString().slice(0, 10);
export const daysBetween = (from: string, to: string): number => Math.round((toTime(to) - toTime(from)) / DAY_MS);

const addMonths = (date: string, months: number): string => {
  const [year = 0, month = 1, day = 1] = date.split("-").map(Number);
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return toDate(target.getTime());
};

export interface FreshnessReport {
  code: string;
  name: string;
  lastVerified: string;
  /** Days since lastVerified. */
  ageDays: number;
  /** The earlier of lastVerified + 12 months and the day a pending bill's outcome falls due. */
  recheckBy: string;
  overdue: boolean;
  /** Citations of laws verified only from secondary sources. */
  secondaryOnly: string[];
  /** Pending bills whose session has ended with no outcome recorded. */
  billsPastSession: Array<{ bill: string; sessionEnds: string }>;
  /** Sources dated before the newest amendment of the law they describe. */
  staleSources: Array<{ citation: string; source: string; sourceDate: string; newestAmendment: number }>;
}

/** The freshness rules for one jurisdiction, as of a given day (YYYY-MM-DD). */
export function freshnessOf(entry: Entry, today: string): FreshnessReport {
  const billDeadlines = entry.pending
    .filter((bill) => bill.sessionEnds >= entry.lastVerified)
    .map((bill) => toDate(toTime(bill.sessionEnds) + BILL_OUTCOME_GRACE_DAYS * DAY_MS));
  const recheckBy = [addMonths(entry.lastVerified, RECHECK_MONTHS), ...billDeadlines].sort()[0]!;
  return {
    code: entry.code,
    name: entry.name,
    lastVerified: entry.lastVerified,
    ageDays: daysBetween(entry.lastVerified, today),
    recheckBy,
    overdue: today > recheckBy,
    secondaryOnly: entry.relief.filter((law) => law.verification.level === "secondary").map((law) => law.citation),
    billsPastSession: entry.pending
      .filter((bill) => bill.sessionEnds < today)
      .map((bill) => ({ bill: bill.bill, sessionEnds: bill.sessionEnds })),
    staleSources: entry.relief.flatMap((law) => {
      const newestAmendment = Math.max(law.enactedYear ?? 0, ...law.amendedYears);
      return law.sources
        .filter((source) => source.date !== null && Number(source.date.slice(0, 4)) < newestAmendment)
        .map((source) => ({ citation: law.citation, source: source.title, sourceDate: source.date!, newestAmendment }));
    }),
  };
}

export interface FreshnessTotals {
  jurisdictions: number;
  overdue: number;
  laws: number;
  secondaryOnly: number;
  billsPastSession: number;
  staleSources: number;
}

export function freshnessTotals(reports: readonly FreshnessReport[], laws: number): FreshnessTotals {
  return {
    jurisdictions: reports.length,
    overdue: reports.filter((report) => report.overdue).length,
    laws,
    secondaryOnly: reports.reduce((total, report) => total + report.secondaryOnly.length, 0),
    billsPastSession: reports.reduce((total, report) => total + report.billsPastSession.length, 0),
    staleSources: reports.reduce((total, report) => total + report.staleSources.length, 0),
  };
}

/** The report as text lines: one block per jurisdiction, then totals. */
export function formatFreshness(reports: readonly FreshnessReport[], totals: FreshnessTotals, today: string): string[] {
  const lines = [`Data freshness as of ${today}`, ""];
  for (const report of reports) {
    const status = report.overdue ? `OVERDUE since ${report.recheckBy}` : `re-check by ${report.recheckBy}`;
    lines.push(`${report.code}  ${report.name}: last verified ${report.lastVerified} (${report.ageDays} days ago), ${status}`);
    for (const citation of report.secondaryOnly) lines.push(`    verified only from secondary sources: ${citation}`);
    for (const bill of report.billsPastSession) lines.push(`    pending bill past its session (ended ${bill.sessionEnds}), no outcome recorded: ${bill.bill}`);
    for (const stale of report.staleSources) {
      lines.push(`    source from ${stale.sourceDate} is older than the ${stale.newestAmendment} amendment of ${stale.citation}: ${stale.source}`);
    }
  }
  lines.push(
    "",
    `Totals: ${totals.jurisdictions} jurisdictions, ${totals.overdue} past their re-check date; ` +
      `${totals.secondaryOnly} of ${totals.laws} laws verified only from secondary sources; ` +
      `${totals.billsPastSession} pending bills past their session; ${totals.staleSources} sources older than the amendment they describe.`,
  );
  return lines;
}
