import type { PendingBill } from "@/lib/schema";
import { stateWords } from "./copy";
import { ExternalLink } from "./external-link";
import { useLocale } from "@/components/i18n/use-locale";

export function PendingBills({ bills }: { bills: PendingBill[] }) {
  const locale = useLocale();
  const { stateCopy } = stateWords[locale];
  if (bills.length === 0) return null;
  return (
    <aside className="notice pending" aria-labelledby="pending-heading">
      <h2 id="pending-heading" className="small-heading">
        {stateCopy.mayChangeHeading}
      </h2>
      <p>{stateCopy.mayChangeLead}</p>
      <ul>
        {bills.map((bill) => (
          <li key={bill.bill}>
            <strong>{bill.bill}</strong>: {bill.wouldChange} {stateCopy.billStatus(bill.status, bill.statusDate)} (
            <ExternalLink href={bill.source.url}>{bill.source.title}</ExternalLink>)
          </li>
        ))}
      </ul>
    </aside>
  );
}
