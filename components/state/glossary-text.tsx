import { useLocale } from "@/components/i18n/use-locale";
import { glossaryAnchor, glossaryParts } from "@/lib/glossary";
import { localePath } from "@/lib/locale";

/** A plain-language text whose first mention of each legal term links to the glossary. */
export function GlossaryText({ text }: { text: string }) {
  const locale = useLocale();
  return (
    <>
      {glossaryParts(text, locale).map((part, index) =>
        part.term ? (
          <a key={index} className="term-link" href={localePath(locale, `/about#${glossaryAnchor(part.term)}`)}>
            {part.text}
          </a>
        ) : (
          part.text
        ),
      )}
    </>
  );
}
