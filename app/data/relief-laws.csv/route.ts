import { UTF8_BOM } from "@/lib/open-data";
import { openDataCsv } from "@/lib/open-data-files";

export const dynamic = "force-static";

export function GET() {
  return new Response(`${UTF8_BOM}${openDataCsv()}`, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8; header=present",
      "Content-Disposition": 'attachment; filename="relief-laws.csv"',
    },
  });
}
