import { compareRowWords } from "@/components/compare/row-text";
import { buildCompareSide, compareDataFile } from "@/lib/compare";
import { getJurisdictions } from "@/lib/data";

export const dynamic = "force-static";
export const dynamicParams = false;

/** One small file per state ("mo.json"), written at build time, that the compare page fetches. */
export function generateStaticParams() {
  return getJurisdictions().map((jurisdiction) => ({ file: compareDataFile(jurisdiction.code) }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const jurisdiction = getJurisdictions().find((candidate) => compareDataFile(candidate.code) === file);
  if (!jurisdiction) return Response.json({ error: "not found" }, { status: 404 });
  return Response.json(buildCompareSide(jurisdiction, compareRowWords));
}
