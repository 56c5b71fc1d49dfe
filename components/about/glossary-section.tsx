import { termsWords } from "@/components/copy/terms";
import type { ReliefType } from "@/lib/schema";
import { AboutSection } from "./about-section";
import { aboutWords } from "./copy";
import { useLocale } from "@/components/i18n/use-locale";

const RECORD_RELIEF: ReliefType[] = ["vacatur", "expungement", "sealing"];

/** The words the site uses, in plain language; the relief kinds share their wording with the state pages. */
export function GlossarySection() {
  const locale = useLocale();
  const { reliefTypeMeaning, reliefTypeName } = termsWords[locale];
  const { aboutCopy } = aboutWords[locale];
  const terms = [
    ...RECORD_RELIEF.map((type) => ({ id: type, term: reliefTypeName[type], meaning: reliefTypeMeaning[type] })),
    ...Object.entries(aboutCopy.glossary.terms).map(([id, entry]) => ({ id, ...entry })),
  ];
  return (
    <AboutSection id="glossary" heading={aboutCopy.glossary.heading}>
      <dl className="about-glossary">
        {terms.map(({ id, term, meaning }) => (
          <div key={id}>
            <dt id={`term-${id}`}>{term}</dt>
            <dd>{meaning}</dd>
          </div>
        ))}
      </dl>
    </AboutSection>
  );
}
