/**
 * Shows the server-drawn rows whose codes are given, in that order, and hides the others; the
 * "nothing matches" row shows when no code is given. Moves no row when the order already holds,
 * so the first view after loading costs no layout.
 */
export function arrangeRows(body: HTMLTableSectionElement, codes: readonly string[]): void {
  const rows = [...body.rows];
  const byCode = new Map(rows.flatMap((row) => (row.dataset.code ? [[row.dataset.code, row] as const] : [])));
  const wanted = new Set(codes);
  for (const [code, row] of byCode) {
    const hidden = !wanted.has(code);
    if (row.hidden !== hidden) row.hidden = hidden;
  }
  const empty = rows.find((row) => row.dataset.empty !== undefined);
  if (empty && empty.hidden !== codes.length > 0) empty.hidden = codes.length > 0;
  const order = rows.flatMap((row) => (row.dataset.code && !row.hidden ? [row.dataset.code] : []));
  if (order.length === codes.length && order.every((code, index) => code === codes[index])) return;
  body.append(...codes.flatMap((code) => byCode.get(code) ?? []));
}
