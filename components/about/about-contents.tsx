import { ABOUT_SECTIONS } from "./about-anchors";
import { aboutWords } from "./copy";
import { useLocale } from "@/components/i18n/use-locale";

/** A list of links to each section of the page. */
export function AboutContents() {
  const locale = useLocale();
  const { aboutCopy } = aboutWords[locale];
  return (
    <nav aria-label={aboutCopy.contentsLabel} className="about-contents">
      <h2 className="about-contents-heading">{aboutCopy.contentsLabel}</h2>
      <ul>
        {ABOUT_SECTIONS.map((section) => (
          <li key={section.id}>
            <a href={`#${section.id}`}>{aboutCopy.contents[section.label]}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
