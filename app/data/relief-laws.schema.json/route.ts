import { openDataSchemaJson } from "@/lib/open-data-files";

export const dynamic = "force-static";

export function GET() {
  return new Response(openDataSchemaJson(), { headers: { "Content-Type": "application/schema+json; charset=utf-8" } });
}
