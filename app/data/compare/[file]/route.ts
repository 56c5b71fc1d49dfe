import { compareRowWords } from "@/components/compare/row-text";
import { buildCompareSide, compareDataFile } from "@/lib/compare";
import { getJurisdictions } from "@/lib/data";
import { LOCALES } from "@/lib/locale";

export const dynamic = "force-static";
export const dynamicParams = false;

const files = () =>
  getJurisdictions().flatMap((jurisdiction) => LOCALES.map((locale) => ({ jurisdiction, locale, file: compareDataFile(jurisdiction.code, locale) })));

/** One small file per state and language ("mo.json", "mo.es.json"), written at build time, that the compare page fetches. */
export function generateStaticParams() {
  return files().map(({ file }) => ({ file }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const match = files().find((candidate) => candidate.file === file);
  if (!match) return Response.json({ error: "not found" }, { status: 404 });
  return Response.json(buildCompareSide(match.jurisdiction, compareRowWords(match.locale)));
}
