import { AboutSection } from "./about-section";
import { aboutCopy } from "./copy";

export function WhoSection() {
  return (
    <AboutSection id="who" heading={aboutCopy.who.heading}>
      {aboutCopy.who.paragraphs.map((paragraph) => (
        <p key={paragraph}>{paragraph}</p>
      ))}
    </AboutSection>
  );
}
