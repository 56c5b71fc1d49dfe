import { ABOUT_SECTIONS } from "./about-anchors";
import { aboutCopy } from "./copy";

/** A list of links to each section of the page. */
export function AboutContents() {
  return (
    <nav aria-label={aboutCopy.contentsLabel} className="about-contents">
      <h2 className="about-contents-heading">{aboutCopy.contentsLabel}</h2>
      <ul>
        {ABOUT_SECTIONS.map((section) => (
          <li key={section.id}>
            <a href={`#${section.id}`}>{section.label}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
