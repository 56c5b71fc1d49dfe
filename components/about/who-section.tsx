import { AboutSection } from "./about-section";
import { aboutWords } from "./copy";
import { useLocale } from "@/components/i18n/use-locale";

export function WhoSection() {
  const locale = useLocale();
  const { aboutCopy } = aboutWords[locale];
  return (
    <AboutSection id="who" heading={aboutCopy.who.heading}>
      {aboutCopy.who.paragraphs.map((paragraph) => (
        <p key={paragraph}>{paragraph}</p>
      ))}
    </AboutSection>
  );
}
