import { AboutSection } from "./about-section";
import { aboutCopy } from "./copy";

export function NotAdviceSection() {
  return (
    <AboutSection id="not-legal-advice" heading={aboutCopy.notAdvice.heading}>
      {aboutCopy.notAdvice.paragraphs.map((paragraph) => (
        <p key={paragraph}>{paragraph}</p>
      ))}
    </AboutSection>
  );
}
