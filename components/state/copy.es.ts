import type { Answer, CoverageLevel } from "@/lib/coverage";
import type { Criterion, CriterionStatus } from "@/lib/criteria";

export const stateCopy = {
  metaTitle: (name: string) => `${name}: cómo limpiar los antecedentes que dejó la trata`,
  federalMetaTitle: "Condenas federales: la ley Trafficking Survivors Relief Act",
  federalMetaDescription:
    "Desde enero de 2026, las personas sobrevivientes pueden pedir a un tribunal federal que anule algunas condenas federales y elimine algunos arrestos (18 U.S.C. § 3771A).",
  metaDescription: (name: string, level: string) =>
    `${name} (cobertura: ${level.toLowerCase()}). Quién puede limpiar los antecedentes penales que le dejó la trata, qué hace cada forma de limpiarlos y cómo hacer la solicitud, con citas legales.`,
  coverageHeading: "A quién cubre la ley",
  gradesHeading: "Calificaciones de Polaris",
  gradeNotInSources: "No está en nuestras fuentes",
  gradeWhy: "por qué",
  gradeSourceLabel: "fuente",
  polarisReport: "el informe de Polaris",
  gradeScore: (score: number) => `puntaje ${score}`,
  summaryHeading: (name: string) => `En resumen: ¿pueden las personas sobrevivientes limpiar sus antecedentes en ${name}?`,
  couldIQualify: "¿Podría calificar?",
  getHelp: "Conseguir ayuda",
  contentsHeading: "En esta página",
  generalShort: "Vías generales para limpiar antecedentes",
  showSources: (count: number) => (count === 1 ? "Ver la fuente" : `Ver las ${count} fuentes`),
  showHistory: "Cómo ha cambiado esta ley",
  lastVerified: (date: string) => `Última revisión con nuestras fuentes: ${date}.`,
  changesLink: "Ver qué cambió",
  juvenileHeading: "Antecedentes de menores",
  juvenileStatus: {
    covered: "Sí: una ley de aquí puede limpiar los registros del tribunal de menores.",
    none: "No: nuestras fuentes dicen que aquí no hay una ley así.",
    "not-found": "No se encontró en nuestras fuentes. Buscamos en el código de menores.",
  },
  juvenileSearched: "Dónde buscamos:",
  verification: {
    label: "Cómo revisamos esta ley",
    "statute-text": "Con el texto de la ley misma",
    "official-summary": "Con un resumen oficial (legislatura, agencia o tribunal), no con el texto de la ley",
    "secondary": "Solo con fuentes secundarias, como guías o noticias. Revise la ley misma antes de confiar en esto",
    read: "el texto que leímos",
  },
  notAdvice: "Esto es información, no asesoría legal. Hable con un abogado o con asistencia legal gratuita antes de actuar.",
  confidence: {
    high: "Nuestro nivel de certeza: alto. Fuentes primarias, como la ley misma, confirman los datos principales.",
    medium: "Nuestro nivel de certeza: medio. Algunos datos se basan en resúmenes y no en la ley misma.",
    low: "Nuestro nivel de certeza: bajo. No pudimos leer la ley misma, y nuestras fuentes son pocas o no están de acuerdo. Consulte con un abogado antes de confiar en esta página.",
  },
  findHelp: "Dónde conseguir ayuda",
  mayChangeHeading: "Podría cambiar pronto",
  mayChangeLead: "Proyectos de ley que cambiarían la respuesta aquí:",
  billStatus: (status: string, date: string) => `Última situación conocida (${date}): ${status}`,
  measuresHeading: "Cómo se compara la ley",
  measuresLead:
    "Polaris califica a los estados en estas categorías. Esta lista de verificación es nuestra propia lectura de los datos con fuentes, no la calificación de Polaris.",
  measuresCount: (met: number, total: number) => `Cumple ${met} de ${total}`,
  whoHeading: "Quién califica",
  whoLead: "Cada línea dice lo que cubre la ley aquí. Compárela con su propio caso.",
  reliefHeading: "Qué hace la ley aquí",
  glossaryLink: "Qué significan estas palabras",
  lawFacts: {
    citation: "Ley",
    type: "Tipo de ayuda",
    ages: "Edades que cubre",
    trafficking: "Tipos de trata que cubre",
    offenses: "Delitos que cubre",
    records: "Antecedentes que cubre",
    timing: "Plazos y tiempos de espera",
    hearing: "Audiencia",
    burden: "Qué tiene que probar",
    documentation: "Documentos oficiales de la trata",
    discretion: "¿Tiene el tribunal que concederla?",
    fees: "Costos",
    history: "Cuándo se aprobó y se modificó",
  },
  applyHeading: "Cómo hacer la solicitud",
  apply: {
    whereToFile: "Dónde presentar la solicitud",
    motionName: "Qué presentar",
    forms: "Formularios del tribunal",
    documents: "Documentos que ayudan",
    fees: "Costos",
    lawyer: "Abogados",
    confidentiality: "Privacidad de su caso",
    notes: "Es bueno saber",
    help: "Ayuda legal",
  },
  generalHeading: "Si la ley sobre la trata no le aplica: vías generales para limpiar antecedentes",
  noLawLead: (name: string) =>
    `No encontramos ninguna ley en ${name} que limpie antecedentes por causa de la trata. Las vías generales para limpiar antecedentes que aparecen abajo todavía podrían ayudarle.`,
  sourcesHeading: "Fuentes",
  sourceDate: (date: string | null) => (date ? `con fecha ${date}` : "sin fecha"),
  notesHeading: "Notas para quienes investigan",
  affirmativeDefenseHeading: "Una defensa en el juicio: defensa afirmativa (no limpia antecedentes)",
  actionsHeading: "Más",
  compareWith: (name: string) => `Comparar ${name} con otro estado`,
  previous: (name: string) => `Anterior: ${name}`,
  next: (name: string) => `Siguiente: ${name}`,
  federalNote: "Una ley estatal nunca limpia condenas federales.",
  federalLink: "Ver condenas federales",
  statuteLink: "Leer la ley",
};

export const verdict: Record<CoverageLevel, (name: string) => string> = {
  broad: (name) =>
    `Sí. En ${name}, las personas sobrevivientes que eran adultas en ese momento pueden pedir a un tribunal que limpie sus antecedentes por cualquier delito, o casi cualquiera, que ocurrió porque fueron víctimas de trata.`,
  partial: (name) => `En parte. En ${name}, las personas sobrevivientes adultas pueden limpiar algunos antecedentes, pero solo por ciertos delitos.`,
  "minors-only": (name) =>
    `Solo si usted tenía menos de 18 años en ese momento. La ley de ${name} para sobrevivientes de trata no cubre a personas adultas.`,
  none: (name) =>
    `No encontramos en ${name} una forma de limpiar antecedentes específica para sobrevivientes de trata. Las vías generales para limpiar antecedentes todavía podrían ayudarle.`,
  unclear: (name) => `Tal vez. ${name} tiene una ley, pero nuestras fuentes no dicen con claridad a quién ni qué delitos cubre.`,
};

export const criterionName: Record<Criterion, string> = {
  "range-of-relief": "Alcance de la ayuda",
  "arrests-and-adjudications": "Arrestos y adjudicaciones de menores",
  "offenses-covered": "Delitos que cubre",
  "judicial-discretion": "Discreción judicial",
  "time-limits": "Plazos y tiempos de espera",
  hearing: "Audiencia",
  "burden-of-proof": "Carga de la prueba",
  "official-documentation": "Documentos oficiales",
};

export const criterionStatusName: Record<CriterionStatus, string> = {
  meets: "Cumple",
  "falls-short": "No cumple",
  unknown: "No se encontró en nuestras fuentes",
};

export const criterionReason: Record<Criterion, Record<CriterionStatus, string>> = {
  "range-of-relief": {
    meets: "Ofrece anulación (vacatur), que anula la condena misma.",
    "falls-short": "Ofrece eliminación del registro (expungement) o sellado, no anulación (vacatur).",
    unknown: "Nuestras fuentes no dicen qué tipo de ayuda es.",
  },
  "arrests-and-adjudications": {
    meets: "Cubre más que condenas, como arrestos o registros de tribunales de menores.",
    "falls-short": "Solo cubre condenas.",
    unknown: "Nuestras fuentes no dicen qué antecedentes cubre.",
  },
  "offenses-covered": {
    meets: "Cubre cualquier delito, o casi todos.",
    "falls-short": "Solo cubre algunos delitos.",
    unknown: "Nuestras fuentes no dicen qué delitos cubre.",
  },
  "judicial-discretion": {
    meets: "El tribunal tiene que conceder la ayuda si se cumplen las condiciones.",
    "falls-short": "El tribunal puede negarla aunque se cumplan las condiciones.",
    unknown: "Nuestras fuentes no dicen si el tribunal tiene que concederla.",
  },
  "time-limits": {
    meets: "No tiene fecha límite ni tiempo de espera.",
    "falls-short": "Tiene una fecha límite, un tiempo de espera o una regla que exige actuar sin demora (“due diligence”).",
    unknown: "Nuestras fuentes no dicen si hay plazos.",
  },
  hearing: {
    meets: "No siempre se necesita una audiencia en el tribunal.",
    "falls-short": "Se necesita una audiencia en el tribunal.",
    unknown: "Nuestras fuentes no dicen si se necesita una audiencia.",
  },
  "burden-of-proof": {
    meets: "Usted tiene que mostrar que algo es más probable que sea cierto que falso (preponderancia de la prueba).",
    "falls-short": "Se exige un nivel de prueba más estricto.",
    unknown: "Nuestras fuentes no dicen qué nivel de prueba se exige.",
  },
  "official-documentation": {
    meets: "No se exigen documentos oficiales de la trata.",
    "falls-short": "Se exigen documentos oficiales de la trata.",
    unknown: "Nuestras fuentes no dicen si se exigen documentos oficiales.",
  },
};

export const noLawReason: string = "No se encontró una ley para limpiar antecedentes específica para sobrevivientes de trata.";

const partlyOffenses: Record<"listed-offenses" | "prostitution-related-only", string> = {
  "prostitution-related-only": "delitos relacionados con la prostitución",
  "listed-offenses": "los delitos que nombra una ley",
};

/** "Solo delitos relacionados con la prostitución." for a state whose laws cover only some offenses. */
export const onlySomeOffenses = (scopes: Array<keyof typeof partlyOffenses>): string =>
  `Solo ${[...new Set(scopes)].map((scope) => partlyOffenses[scope]).join(" o ")}.`;

/** Each checklist line is a fact about the law, never a question about the reader ("Cubre a quienes tenían 18 años o más en ese momento: No"). */
export const whoQuestions = {
  adults: "Cubre a quienes tenían 18 años o más en ese momento",
  minors: "Cubre a quienes tenían menos de 18 años en ese momento",
  sexTrafficking: "Cubre la trata con fines sexuales",
  laborTrafficking: "Cubre la trata laboral",
  anyOffense: "Cubre cualquier delito",
  convictions: "Limpia condenas",
  arrests: "Limpia arrestos que no terminaron en condena",
  juvenileRecords: "Limpia registros de tribunales de menores",
};

export type WhoQuestion = keyof typeof whoQuestions;

export const whoReasons: Record<WhoQuestion, Partial<Record<Answer, string>>> = {
  adults: {
    yes: "Una ley de aquí cubre a personas que eran adultas en ese momento.",
    no: "No cubre a personas adultas: aquí la ayuda es solo para quienes tenían menos de 18 años en ese momento.",
    unknown: "Nuestras fuentes no dicen si cubre a personas adultas.",
  },
  minors: {
    yes: "Cubre a quienes tenían menos de 18 años en ese momento.",
    no: "No cubre a menores de edad.",
    unknown: "Nuestras fuentes no dicen qué edades cubre.",
  },
  sexTrafficking: {
    yes: "Cubre a sobrevivientes de trata con fines sexuales.",
    no: "La ley no menciona la trata con fines sexuales.",
    unknown: "Nuestras fuentes no dicen si cubre la trata con fines sexuales.",
  },
  laborTrafficking: {
    yes: "Cubre a sobrevivientes de trata laboral.",
    no: "Solo cubre la trata con fines sexuales, no la trata laboral.",
    unknown: "Nuestras fuentes no dicen si cubre la trata laboral.",
  },
  anyOffense: {
    yes: "Cualquier delito, o casi todos, que ocurrió porque usted fue víctima de trata.",
    partly: "Solo algunos delitos.",
    unknown: "Nuestras fuentes no dicen qué delitos cubre.",
  },
  convictions: {
    yes: "Se pueden limpiar las condenas.",
    no: "No cubre condenas.",
    unknown: "Nuestras fuentes no dicen si cubre condenas.",
  },
  arrests: {
    yes: "Cubre arrestos y otros antecedentes sin condena.",
    no: "Esta ley no cubre arrestos sin condena; las vías generales podrían ayudar.",
    unknown: "Nuestras fuentes no dicen si cubre arrestos.",
  },
  juvenileRecords: {
    yes: "Cubre registros de tribunales de menores.",
    no: "Esta ley no cubre registros de tribunales de menores.",
    unknown: "Nuestras fuentes no dicen si cubre registros de tribunales de menores.",
  },
};
