import { AboutSection } from "./about-section";
import { aboutWords } from "./copy";
import { useLocale } from "@/components/i18n/use-locale";

export function ErrorsSection() {
  const locale = useLocale();
  const { aboutCopy } = aboutWords[locale];
  return (
    <AboutSection id="errors" heading={aboutCopy.errors.heading}>
      {aboutCopy.errors.paragraphs.map((paragraph) => (
        <p key={paragraph}>{paragraph}</p>
      ))}
    </AboutSection>
  );
}
