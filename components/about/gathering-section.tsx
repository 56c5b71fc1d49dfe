import type { DatasetSummary } from "@/lib/overview";
import { AboutSection } from "./about-section";
import { aboutWords } from "./copy";
import { useLocale } from "@/components/i18n/use-locale";

/** How the facts were found and checked, with the counts taken from the data. */
export function GatheringSection({ summary }: { summary: DatasetSummary }) {
  const locale = useLocale();
  const { aboutCopy } = aboutWords[locale];
  const copy = aboutCopy.gathering;
  return (
    <AboutSection id="gathering" heading={copy.heading}>
      {copy.paragraphs.map((paragraph) => (
        <p key={paragraph}>{paragraph}</p>
      ))}
      <p>
        {copy.sourceCount(summary.sourceCount)}
        {summary.verified ? ` ${copy.verified(summary.verified.from, summary.verified.to)}` : null}
      </p>
      <p>{copy.confidenceLead}</p>
      <ul>
        {summary.confidence.map(({ key, count }) => (
          <li key={key}>{copy.confidenceCount(copy.confidenceName[key] ?? key, count)}</li>
        ))}
      </ul>
    </AboutSection>
  );
}
