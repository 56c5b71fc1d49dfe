import { ExternalLink } from "@/components/state/external-link";
import { helpWords } from "./copy";
import { useLocale } from "@/components/i18n/use-locale";

export const FNUSA_URL = "https://freedomnetworkusa.org/advocacy/survivor-reentry-project/";

/** The national options, shown on every page: the hotline (call or text) and the Survivor Reentry Project. Not a landmark, since a page may show it twice. */
export function NationalHelp({ headingLevel = 2, id }: { headingLevel?: 2 | 3 | 4; id: string }) {
  const locale = useLocale();
  const { helpCopy } = helpWords[locale];
  const copy = helpCopy.national;
  const Heading = `h${headingLevel}` as const;
  return (
    <div className="national-help">
      <Heading id={id}>{copy.heading}</Heading>
      <ul>
        <li>
          <strong>{copy.hotlineName}</strong>: <a href="tel:18883737888">{copy.call}</a> · <a href="sms:233733">{copy.text}</a>. {copy.hotlineNote}
        </li>
        <li>
          <strong>
            <ExternalLink href={FNUSA_URL}>{copy.fnusaName}</ExternalLink>
          </strong>
          . {copy.fnusaNote}
        </li>
      </ul>
    </div>
  );
}
