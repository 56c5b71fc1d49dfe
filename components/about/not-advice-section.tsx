import { AboutSection } from "./about-section";
import { aboutWords } from "./copy";
import { useLocale } from "@/components/i18n/use-locale";

export function NotAdviceSection() {
  const locale = useLocale();
  const { aboutCopy } = aboutWords[locale];
  return (
    <AboutSection id="not-legal-advice" heading={aboutCopy.notAdvice.heading}>
      {aboutCopy.notAdvice.paragraphs.map((paragraph) => (
        <p key={paragraph}>{paragraph}</p>
      ))}
    </AboutSection>
  );
}
