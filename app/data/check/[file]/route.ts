import { getFederal, getJurisdictions } from "@/lib/data";
import { checkDetails, checkDetailsFile } from "@/lib/eligibility";
import { LOCALES } from "@/lib/locale";
import { staticJsonFiles } from "../../static-json-files";

export const dynamic = "force-static";
export const dynamicParams = false;

/**
 * The check's details, one file per language ("en.json", "es.json"), written at build time: every jurisdiction's
 * steps to apply and legal help, keyed by code. The check loads the whole file when the person starts it.
 */
const files = staticJsonFiles(
  () => LOCALES.map((locale) => ({ locale, file: checkDetailsFile(locale) })),
  ({ locale }) => Object.fromEntries([...getJurisdictions(), getFederal()].map((entry) => [entry.code, checkDetails(entry, locale)])),
);

export const generateStaticParams = files.generateStaticParams;
export const GET = files.GET;
