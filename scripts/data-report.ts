// npm run data:report [-- --as-of YYYY-MM-DD]: how fresh each jurisdiction's data is; exits 1 when any is past its re-check date.
import { getDataFiles } from "../lib/data";
import { formatFreshness, freshnessOf, freshnessTotals } from "../lib/freshness";

const asOfIndex = process.argv.indexOf("--as-of");
const asOf = asOfIndex >= 0 ? process.argv[asOfIndex + 1] : process.argv.find((arg) => arg.startsWith("--as-of="))?.slice(8);
const today = asOf ?? new Date().toISOString().slice(0, 10);
if (!/^\d{4}-\d{2}-\d{2}$/.test(today) || Number.isNaN(Date.parse(today))) {
  console.error(`--as-of takes a date as YYYY-MM-DD, not "${today}"`);
  process.exit(2);
}

const entries = getDataFiles().map(({ entry }) => entry);
const reports = entries.map((entry) => freshnessOf(entry, today));
const totals = freshnessTotals(reports, entries.reduce((total, entry) => total + entry.relief.length, 0));
console.log(formatFreshness(reports, totals, today).join("\n"));
const overdue = reports.filter((report) => report.overdue);
if (overdue.length > 0) {
  console.error(`\n${overdue.length} past their re-check date: ${overdue.map((report) => report.name).join(", ")}`);
  process.exit(1);
}
