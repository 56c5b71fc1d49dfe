import { EXIT_URL, SHIFT_PRESSES, SHIFT_WINDOW_MS } from "@/lib/quick-exit";
import { AboutSection } from "./about-section";
import { aboutWords } from "./copy";
import { useLocale } from "@/components/i18n/use-locale";


/** What quick exit does and does not protect against, taken from the quick-exit settings themselves. */
export function PrivacySection() {
  const copy = aboutWords[useLocale()].aboutCopy.privacy;
  const host = new URL(EXIT_URL).hostname.replace(/^www\./, "");
  return (
    <AboutSection id="privacy" heading={copy.heading}>
      <p>{copy.quickExit(SHIFT_PRESSES, SHIFT_WINDOW_MS / 1000, host)}</p>
      <p>{copy.nothingKept}</p>
      <p>{copy.historyLimit}</p>
      <p className="notice">
        <strong>{copy.honest}</strong>
      </p>
    </AboutSection>
  );
}
