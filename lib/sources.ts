import type { Federal, Jurisdiction, Source } from "./schema";

/** Every source a jurisdiction's facts rest on (laws, grades, bills, how to apply, legal help, juvenile relief, general relief), once each. */
export function sourcesOf(entry: Jurisdiction | Federal): Source[] {
  const grades = "grades" in entry ? [entry.grades["2019"], entry.grades["2023"]].flatMap((grade) => (grade ? [grade.source] : [])) : [];
  const all = [
    ...entry.relief.flatMap((law) => law.sources),
    ...grades,
    ...entry.pending.map((bill) => bill.source),
    ...entry.howToApply.sources,
    ...entry.howToApply.legalHelp.map((help) => help.source),
    ...entry.juvenileRelief.sources,
    ...entry.generalRelief.sources,
    ...entry.sources,
  ];
  const byUrl = new Map<string, Source>();
  for (const source of all) if (!byUrl.has(source.url)) byUrl.set(source.url, source);
  return [...byUrl.values()];
}
