import { coverageName } from "@/components/copy/terms.es";
import { criterionName, stateCopy, whoQuestions } from "@/components/state/copy.es";
import type { AnswerTopic, CompareRowKey, CompareSection, CompareSlot, SummaryDifference } from "@/lib/compare";
import type { Answer, CoverageLevel } from "@/lib/coverage";
import type { ReliefType } from "@/lib/schema";

const slotName: Record<CompareSlot, string> = { a: "primer estado", b: "segundo estado" };

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

const listWords = (items: string[], last: string) =>
  items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} ${last} ${items[items.length - 1]}`;

export const compareCopy = {
  metaTitle: "Comparar dos estados",
  metaDescription:
    "Dos estados lado a lado: calificaciones de Polaris, quién puede limpiar los antecedentes que le dejó la trata, qué hace la ley y cómo hacer la solicitud.",
  heading: "Comparar dos estados",
  intro:
    "Vea dos estados lado a lado: calificaciones de Polaris, quién califica, qué hace la ley y cómo hacer la solicitud. Las filas donde los estados no son iguales están marcadas con “Diferente”.",
  glossaryLink: "Qué significan estas palabras",
  picksHeading: "Elija los estados",
  slotLabel: { a: "Primer estado", b: "Segundo estado" } satisfies Record<CompareSlot, string>,
  choose: (slot: CompareSlot) => `Elegir el ${slotName[slot]}`,
  change: (slot: CompareSlot) => `Cambiar el ${slotName[slot]}`,
  noneChosen: "Todavía no ha elegido",
  swap: "Intercambiar los dos estados",
  swapped: (first: string | null, second: string | null) =>
    `Se intercambiaron. Primer estado: ${first ?? "ninguno"}. Segundo estado: ${second ?? "ninguno"}.`,
  chosen: (slot: CompareSlot, name: string) => `${capitalize(slotName[slot])}: ${name}.`,
  promptBoth: "Elija dos estados para comparar. Escriba el nombre de un estado o su código de dos letras.",
  promptOther: (name: string) => `Elija un estado para comparar con ${name}.`,
  unknownState: (slot: CompareSlot, shown: string) =>
    `${capitalize(slotName[slot])}: “${shown}” no es un estado que conozcamos. Use el nombre del estado o su código de dos letras, por ejemplo Missouri o MO.`,
  sameState: (name: string) => `Eligió ${name} dos veces. Elija un segundo estado diferente.`,
  alreadyChosen: (name: string, slot: CompareSlot) => `${name} ya es el ${slotName[slot]}. Elija otro estado.`,
  ignored: (names: string[]) => `No tomamos en cuenta partes de la dirección que no usamos: ${names.join(", ")}.`,
  loading: (name: string) => `Cargando la información de ${name}…`,
  loadFailed: (name: string) => `No pudimos cargar la información de ${name}. Revise su conexión e intente de nuevo.`,
  retry: "Intentar de nuevo",
  comparing: (first: string, second: string) => `Comparando ${first} y ${second}`,
  noScriptStatePages: "La página de cada estado tiene todos los detalles:",
  and: "y",
  summaryHeading: "Las diferencias más importantes",
  noKeyDifferences: (first: string, second: string) =>
    `${first} y ${second} no se diferencian en si cubren a personas adultas, qué delitos cubren, la trata laboral, el tipo de ayuda ni los arrestos.`,
  differCount: (count: number, total: number) =>
    count === 1
      ? `1 de ${total} datos es diferente. Está marcado con “Diferente” abajo.`
      : `${count} de ${total} datos son diferentes. Están marcados con “Diferente” abajo.`,
  onlyDifferences: "Mostrar solo los datos que son diferentes",
  noDifferencesInSection: "No hay diferencias en esta parte.",
  factColumn: "Dato",
  differs: "Diferente",
  statePage: (name: string) => `Leer toda la página de ${name}`,
  notAdvice: "Esto es información, no asesoría legal. Hable con un abogado o con asistencia legal gratuita antes de actuar.",
  checklistLead:
    "Polaris califica a los estados en estas categorías. Estas líneas son nuestra propia lectura de los datos con fuentes de cada ley. No son el puntaje ni la calificación de Polaris: las calificaciones de Polaris están al principio.",
  sourcesHeading: "Fuentes y cuándo las revisamos por última vez",
  lastVerified: (name: string, date: string) => `${name}: revisamos los datos con nuestras fuentes por última vez el ${date}.`,
  sourceDate: (date: string | null) => (date ? `con fecha ${date}` : "sin fecha"),
  noScriptHeading: "Elija dos estados",
  noScriptNote:
    "JavaScript está apagado en este navegador. Aun así, puede elegir dos estados abajo para compararlos. La página de cada estado también funciona sin JavaScript:",
  allStates: "Todos los estados",
  compareSubmit: "Comparar",
  chooseOption: "Elija…",
  noLaw: "No se encontró una ley para limpiar antecedentes específica para sobrevivientes de trata",
  enacted: (year: number | null) => (year === null ? "El año en que se aprobó no se encontró en nuestras fuentes" : `Aprobada en ${year}`),
  amended: (years: number[]) => (years.length === 0 ? "" : `; modificada en ${years.join(", ")}`),
  gradeWithScore: (grade: string, score: number) => `${grade} (puntaje ${score})`,
  sections: {
    grades: "Calificaciones de Polaris",
    who: "Quién califica",
    relief: "Qué hace la ley",
    checklist: "Nuestra lista de verificación de las categorías de Polaris",
    apply: "Cómo hacer la solicitud",
  } satisfies Record<CompareSection, string>,
  rows: {
    "grade-2023": "Calificación de Polaris, 2023",
    "grade-2019": "Calificación de Polaris, 2019",
    coverage: stateCopy.coverageHeading,
    "who-adults": whoQuestions.adults,
    "who-minors": whoQuestions.minors,
    "who-sex-trafficking": whoQuestions.sexTrafficking,
    "who-labor-trafficking": whoQuestions.laborTrafficking,
    "who-offenses": whoQuestions.anyOffense,
    "who-convictions": whoQuestions.convictions,
    "who-arrests": whoQuestions.arrests,
    "who-juvenile": whoQuestions.juvenileRecords,
    "relief-laws": stateCopy.lawFacts.citation,
    "relief-type": stateCopy.lawFacts.type,
    "relief-ages": stateCopy.lawFacts.ages,
    "relief-trafficking": stateCopy.lawFacts.trafficking,
    "relief-offenses": stateCopy.lawFacts.offenses,
    "relief-records": stateCopy.lawFacts.records,
    "relief-timing": stateCopy.lawFacts.timing,
    "relief-hearing": stateCopy.lawFacts.hearing,
    "relief-burden": stateCopy.lawFacts.burden,
    "relief-documentation": stateCopy.lawFacts.documentation,
    "relief-discretion": stateCopy.lawFacts.discretion,
    "relief-fees": "Costos según la ley",
    "relief-history": stateCopy.lawFacts.history,
    "criteria-range-of-relief": criterionName["range-of-relief"],
    "criteria-arrests-and-adjudications": criterionName["arrests-and-adjudications"],
    "criteria-offenses-covered": criterionName["offenses-covered"],
    "criteria-judicial-discretion": criterionName["judicial-discretion"],
    "criteria-time-limits": criterionName["time-limits"],
    "criteria-hearing": criterionName.hearing,
    "criteria-burden-of-proof": criterionName["burden-of-proof"],
    "criteria-official-documentation": criterionName["official-documentation"],
    "apply-where": stateCopy.apply.whereToFile,
    "apply-what": stateCopy.apply.motionName,
    "apply-documents": stateCopy.apply.documents,
    "apply-fees": stateCopy.apply.fees,
    "apply-forms": stateCopy.apply.forms,
    "apply-lawyer": stateCopy.apply.lawyer,
    "apply-confidentiality": stateCopy.apply.confidentiality,
    "apply-notes": stateCopy.apply.notes,
    "apply-help": stateCopy.apply.help,
  } satisfies Record<CompareRowKey, string>,
};

const answerPhrase: Record<AnswerTopic, Record<Answer, (name: string) => string>> = {
  adults: {
    yes: (name) => `${name} cubre a personas adultas`,
    no: (name) => `${name} solo cubre a menores de edad`,
    partly: (name) => `${name} cubre a algunas personas adultas`,
    unknown: (name) => `nuestras fuentes no dicen si ${name} cubre a personas adultas`,
  },
  offenses: {
    yes: (name) => `${name} cubre cualquier delito, o casi todos`,
    partly: (name) => `${name} solo cubre algunos delitos`,
    no: (name) => `${name} solo cubre algunos delitos`,
    unknown: (name) => `nuestras fuentes no dicen qué delitos cubre ${name}`,
  },
  labor: {
    yes: (name) => `${name} cubre la trata laboral`,
    no: (name) => `${name} solo cubre la trata con fines sexuales, no la trata laboral`,
    partly: (name) => `${name} cubre la trata laboral en algunas de sus leyes`,
    unknown: (name) => `nuestras fuentes no dicen si ${name} cubre la trata laboral`,
  },
  arrests: {
    yes: (name) => `${name} también limpia arrestos sin condena`,
    no: (name) => `la ley de ${name} sobre la trata no limpia arrestos sin condena`,
    partly: (name) => `${name} limpia algunos arrestos sin condena`,
    unknown: (name) => `nuestras fuentes no dicen si ${name} limpia arrestos sin condena`,
  },
};

const reliefWords: Record<ReliefType, string> = {
  vacatur: "anulación (vacatur)",
  expungement: "eliminación del registro (expungement)",
  sealing: "sellado",
  other: "otra ayuda",
};

const lawPhrase = (level: CoverageLevel, name: string) =>
  level === "none"
    ? `${name} no tiene una forma de limpiar antecedentes específica para sobrevivientes de trata, según lo que encontramos`
    : `${name} tiene una forma de limpiar antecedentes específica para sobrevivientes de trata (cobertura: ${coverageName[level].toLowerCase()})`;

const reliefPhrase = (types: ReliefType[], name: string) => `${name} ofrece ${listWords(types.map((type) => reliefWords[type]), "y")}`;

/** One sentence naming a difference, the first state's side first: "New York cubre a personas adultas; Missouri solo cubre a menores de edad." */
export function summarySentence(difference: SummaryDifference, first: string, second: string): string {
  let parts: [string, string];
  switch (difference.topic) {
    case "law":
      parts = [lawPhrase(difference.a, first), lawPhrase(difference.b, second)];
      break;
    case "relief-type":
      parts = [reliefPhrase(difference.a, first), reliefPhrase(difference.b, second)];
      break;
    default: {
      const phrases = answerPhrase[difference.topic];
      parts = [phrases[difference.a](first), phrases[difference.b](second)];
    }
  }
  return `${capitalize(parts[0])}; ${parts[1]}.`;
}
