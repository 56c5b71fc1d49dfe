import { compareRowWords } from "@/components/compare/row-text";
import { buildCompareSide, compareDataFile } from "@/lib/compare";
import { getJurisdictions } from "@/lib/data";
import { LOCALES } from "@/lib/locale";
import { staticJsonFiles } from "../../static-json-files";

export const dynamic = "force-static";
export const dynamicParams = false;

/** One small file per state and language ("mo.json", "mo.es.json"), written at build time, that the compare page fetches. */
const files = staticJsonFiles(
  () => getJurisdictions().flatMap((jurisdiction) => LOCALES.map((locale) => ({ jurisdiction, locale, file: compareDataFile(jurisdiction.code, locale) }))),
  ({ jurisdiction, locale }) => buildCompareSide(jurisdiction, compareRowWords(locale)),
);

export const generateStaticParams = files.generateStaticParams;
export const GET = files.GET;
