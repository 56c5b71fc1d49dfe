import type { Answer } from "@/lib/coverage";
import type { FilterSummary, IgnoredParam, LawFilter, OverviewFilter, OverviewSort, SortDirection, SortKey } from "@/lib/overview";
import type { OffensesCovered, RecordKind } from "@/lib/schema";

const statesWord = (count: number) => (count === 1 ? "estado" : "estados");

/** "tiene" for one, "tienen" for more. */
const hasWord = (count: number) => (count === 1 ? "tiene" : "tienen");

const lawFilterPhrase: Record<LawFilter, string> = {
  adults: "a personas adultas",
  labor: "la trata laboral",
  "any-offense": "cualquier delito",
  arrests: "los registros de arresto",
};

const joinWithAnd = (items: string[]): string =>
  items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} y ${items[items.length - 1]}`;

/** "23 estados de 51 tienen una ley que cubre a personas adultas y cualquier delito." and friends. */
function matchSentence(summary: FilterSummary): string {
  const { count, total, filters } = summary;
  if (filters.length === 0) return `Se muestran los ${total}: todos los estados y DC.`;
  if (summary.contradictory)
    return "Ningún estado coincide: “No tienen una ley de este tipo” no se puede combinar con los otros filtros.";
  if (filters.includes("no-law")) {
    return count === 0
      ? "Según nuestras fuentes, todos los estados tienen una ley para limpiar antecedentes específica para sobrevivientes de trata."
      : `${count} ${statesWord(count)} de ${total} no ${hasWord(count)} una ley para limpiar antecedentes específica para sobrevivientes de trata en nuestras fuentes.`;
  }
  const covers = joinWithAnd(filters.filter((filter): filter is LawFilter => filter !== "no-law").map((filter) => lawFilterPhrase[filter]));
  if (count === 0) return `Ningún estado tiene una ley en nuestras fuentes que cubra ${covers}.`;
  return `${count} ${statesWord(count)} de ${total} ${hasWord(count)} una ley que cubre ${covers}.`;
}

function maybeSentence(summary: FilterSummary): string {
  if (summary.maybe.length === 0) return "";
  const could = summary.maybe.length === 1 ? "podría" : "podrían";
  return ` ${joinWithAnd(summary.maybe)} también ${could} calificar: nuestras fuentes no lo dicen.`;
}

export const overviewCopy = {
  metaTitle: "Todos los estados: a quién cubre cada ley para limpiar antecedentes de sobrevivientes de trata",
  metaDescription:
    "Todos los estados y DC en una tabla: a quién cubre cada ley para limpiar antecedentes de sobrevivientes de trata, qué criterios cumple, las calificaciones de Polaris cuando se conocen y cuándo cambió cada ley.",
  heading: "Todos los estados y DC en una tabla",
  intro:
    "Cada fila es un estado: nuestra lectura de a quién cubre su ley, cuántos puntos de nuestra lista de verificación cumple, las calificaciones de Polaris cuando una fuente las indica y qué cubre la ley. Elija el nombre de un estado para ver todos los detalles y las fuentes.",
  methodLink: "Cómo decidimos la cobertura y la lista de verificación",
  gradesLink: "Por qué la mayoría de los estados no tienen calificación de Polaris",
  tableHeading: "Comparar todos los estados",
  tableCaption: "Todos los estados y DC: cobertura, lista de verificación, calificaciones de Polaris y qué cubre cada ley",
  filtersLegend: "Mostrar solo los estados que…",
  filtersHint: "Marque más de una opción para encontrar estados donde una sola ley cumple con todas.",
  filtersNeedScript: "Estos filtros necesitan JavaScript, que está apagado. La tabla de abajo muestra todos los estados.",
  clearFilters: "Mostrar todos los estados",
  filterName: {
    adults: "Cubren a personas adultas",
    labor: "Cubren la trata laboral",
    "any-offense": "Cubren cualquier delito",
    arrests: "Limpian registros de arresto",
    "no-law": "No tienen una ley de este tipo",
  } satisfies Record<OverviewFilter, string>,
  filterMeaning: {
    adults: "Personas que tenían 18 años o más en ese momento",
    labor: "No solo la trata con fines sexuales",
    "any-offense": "Cualquier delito, o casi todos",
    arrests: "U otros antecedentes sin condena",
    "no-law": "Ninguna forma de limpiar antecedentes específica para sobrevivientes de trata",
  } satisfies Record<OverviewFilter, string>,
  summary: (summary: FilterSummary) => `${matchSentence(summary)}${maybeSentence(summary)}`,
  noRows: "Ningún estado coincide con estos filtros.",
  ignoredParam: (param: IgnoredParam) => `No reconocimos ${param.name}=“${param.value}” en la dirección, así que no lo tomamos en cuenta.`,
  columns: {
    state: "Estado",
    coverage: "Cobertura",
    criteria: "Puntos que cumple",
    "grade-2023": "Polaris 2023",
    "grade-2019": "Polaris 2019",
    relief: "Tipo de ayuda",
    ages: "Edades",
    trafficking: "Trata",
    offenses: "Delitos",
    records: "Antecedentes",
    "latest-change": "Último cambio",
  } satisfies Record<SortKey, string>,
  sortOrder: {
    state: { asc: "de la A a la Z", desc: "de la Z a la A" },
    coverage: { asc: "la más amplia primero", desc: "la más limitada primero" },
    criteria: { asc: "los que cumplen menos puntos primero", desc: "los que cumplen más puntos primero" },
    "grade-2023": { asc: "la calificación más alta primero", desc: "la calificación más baja primero" },
    "grade-2019": { asc: "la calificación más alta primero", desc: "la calificación más baja primero" },
    relief: {
      asc: "anulación (vacatur) primero, luego eliminación del registro (expungement), luego sellado",
      desc: "sellado y otras ayudas primero",
    },
    ages: { asc: "los que cubren a personas adultas primero", desc: "solo menores de edad y sin ley primero" },
    trafficking: { asc: "trata con fines sexuales y laboral primero", desc: "la más limitada primero" },
    offenses: { asc: "cualquier delito primero", desc: "la más limitada primero" },
    records: { asc: "menos tipos de antecedentes primero", desc: "más tipos de antecedentes primero" },
    "latest-change": { asc: "el más antiguo primero", desc: "el más reciente primero" },
  } satisfies Record<SortKey, Record<SortDirection, string>>,
  sorted: (sort: OverviewSort) =>
    `Ordenado por ${overviewColumnName(sort.key)}, ${overviewSortOrder(sort)}. Las filas que nuestras fuentes no aclaran van al final.`,
  sortButtonHint: "Elija el título de una columna para ordenar por ella; elíjalo otra vez para invertir el orden.",
  criteriaCell: (met: number, total: number, unknown: number) =>
    unknown > 0
      ? `${met} de ${total} (${unknown} ${unknown === 1 ? "no se encontró" : "no se encontraron"} en nuestras fuentes)`
      : `${met} de ${total}`,
  gradeScore: (score: number) => `Puntaje ${score}`,
  noLaw: "No se encontró una ley",
  noRelief: "No se encontró ninguna",
  federalNote: "Las condenas federales no están en esta tabla: una ley estatal nunca las limpia.",
  federalLink: "Ver condenas federales",
  timeline: {
    heading: "Cómo han cambiado las leyes",
    lead: (year: number, names: string[]) =>
      `${names.length > 1 ? `Las primeras leyes en nuestros datos son las de ${joinWithAnd(names)}, aprobadas` : `La primera ley en nuestros datos es la de ${joinWithAnd(names)}, aprobada`} en ${year}. Cada año de abajo muestra los estados que aprobaron una nueva ley para limpiar antecedentes o modificaron una, según los años que dan nuestras fuentes.`,
    leadNoFirst:
      "Cada año de abajo muestra los estados que aprobaron una nueva ley para limpiar antecedentes o modificaron una, según los años que dan nuestras fuentes.",
    amendNote: "Un cambio a una ley (enmienda) puede ampliarla o limitarla; la página de cada estado dice qué cambió.",
    showTable: "Ver la tabla año por año",
    caption: "Leyes para limpiar antecedentes aprobadas y modificadas, año por año",
    year: "Año",
    withLaw: "Estados con ley hasta ese año",
    enacted: "Leyes nuevas",
    amended: "Cambios (enmiendas)",
    none: "Ninguno",
    withLawText: (count: number, total: number) => `${count} de ${total}`,
    undated: (count: number) =>
      `${count} ${statesWord(count)} más ${hasWord(count)} una ley, pero nuestras fuentes no dan el año:`,
    empty: "Ninguna ley en nuestras fuentes indica un año.",
  },
};

export function overviewColumnName(key: SortKey): string {
  return overviewCopy.columns[key];
}

export function overviewSortOrder(sort: OverviewSort): string {
  return overviewCopy.sortOrder[sort.key][sort.dir];
}

export const agesText = (adults: Answer, minors: Answer): string => {
  if (adults === "yes") return "Personas adultas y menores de edad";
  if (adults === "unknown")
    return minors === "yes" ? "Menores de edad; personas adultas: no se encontró en nuestras fuentes" : "No se encontró en nuestras fuentes";
  return "Solo menores de edad";
};

export const traffickingText = (sex: Answer, labor: Answer): string => {
  if (sex === "yes" && labor === "yes") return "Sexual y laboral";
  if (sex === "yes") return labor === "unknown" ? "Sexual; laboral: no se encontró en nuestras fuentes" : "Solo sexual";
  if (labor === "yes") return sex === "unknown" ? "Laboral; sexual: no se encontró en nuestras fuentes" : "Solo laboral";
  return "No se encontró en nuestras fuentes";
};

export const offensesText: Record<OffensesCovered, string> = {
  "any-offense": "Cualquier delito",
  "any-offense-with-exceptions": "Cualquier delito, con excepciones",
  "listed-offenses": "Solo los delitos de una lista",
  "prostitution-related-only": "Solo los relacionados con la prostitución",
};

export const recordText: Record<RecordKind, string> = {
  convictions: "condenas",
  arrests: "arrestos",
  "juvenile-adjudications": "registros de menores",
  "non-conviction-records": "otros registros sin condena",
};

export const recordsText = (records: RecordKind[]): string => {
  const text = records.map((kind) => recordText[kind]).join(", ");
  return text.charAt(0).toUpperCase() + text.slice(1);
};
