/**
 * A route handler for a set of JSON files written at build time (one per `file` parameter):
 * it lists the files for prerendering and answers an unknown one with 404.
 */
export function staticJsonFiles<T extends { file: string }>(list: () => T[], body: (match: T) => unknown) {
  return {
    generateStaticParams: () => list().map(({ file }) => ({ file })),
    GET: async (_request: Request, { params }: { params: Promise<{ file: string }> }) => {
      const { file } = await params;
      const match = list().find((candidate) => candidate.file === file);
      if (!match) return Response.json({ error: "not found" }, { status: 404 });
      return Response.json(body(match));
    },
  };
}
