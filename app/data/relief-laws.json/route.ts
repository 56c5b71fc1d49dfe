import { openDataJson } from "@/lib/open-data-files";

export const dynamic = "force-static";

export function GET() {
  return new Response(openDataJson(), { headers: { "Content-Type": "application/json; charset=utf-8" } });
}
