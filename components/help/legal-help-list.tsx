import { termsWords } from "@/components/copy/terms";
import { ExternalLink } from "@/components/state/external-link";
import type { HelpEntry } from "@/lib/eligibility";
import { telHref } from "@/lib/phone";
import { helpWords, type HelpWords } from "./copy";
import { useLocale } from "@/components/i18n/use-locale";

const freeText = (free: boolean | null, helpCopy: HelpWords["helpCopy"]) =>
  free === null ? helpCopy.free.unknown : free ? helpCopy.free.yes : helpCopy.free.no;

function Phone({ phone }: { phone: string }) {
  const href = telHref(phone);
  return href ? <a href={href}>{phone}</a> : <>{phone}</>;
}

/** Each organization with what its source gives: address, phone (a tel: link), languages, whether it is free, and when we checked. */
export function LegalHelpList({ help }: { help: HelpEntry[] }) {
  const locale = useLocale();
  const { legalHelpKindName } = termsWords[locale];
  const { helpCopy } = helpWords[locale];
  if (help.length === 0) return <p>{helpCopy.noneListed}</p>;
  return (
    <ul className="legal-help">
      {help.map((entry) => (
        <li key={entry.name}>
          <p className="legal-help-name">
            <strong>{entry.url ? <ExternalLink href={entry.url}>{entry.name}</ExternalLink> : entry.name}</strong> ({legalHelpKindName[entry.kind]})
          </p>
          <dl className="legal-help-facts">
            {entry.phone ? (
              <div>
                <dt>{helpCopy.phone}</dt>
                <dd>
                  <Phone phone={entry.phone} />
                </dd>
              </div>
            ) : null}
            {entry.address ? (
              <div>
                <dt>{helpCopy.address}</dt>
                <dd>{entry.address}</dd>
              </div>
            ) : null}
            {entry.languages ? (
              <div>
                <dt>{helpCopy.languages}</dt>
                <dd>{entry.languages.join(", ")}</dd>
              </div>
            ) : null}
          </dl>
          <p className="legal-help-meta">
            {freeText(entry.free, helpCopy)}. {helpCopy.checked(entry.checkedOn)} (<ExternalLink href={entry.sourceUrl}>{helpCopy.source}</ExternalLink>)
          </p>
        </li>
      ))}
    </ul>
  );
}
