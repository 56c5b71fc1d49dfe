import { AboutSection } from "./about-section";
import { aboutCopy } from "./copy";

export function ErrorsSection() {
  return (
    <AboutSection id="errors" heading={aboutCopy.errors.heading}>
      {aboutCopy.errors.paragraphs.map((paragraph) => (
        <p key={paragraph}>{paragraph}</p>
      ))}
    </AboutSection>
  );
}
