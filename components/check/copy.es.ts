import type { AgeAnswer, Fit, OffenseAnswer, Outcome, Reason, RecordAnswer, TraffickingAnswer } from "@/lib/eligibility";
import type { RecordKind, TraffickingType } from "@/lib/schema";

type Specific<T> = Exclude<T, "not-sure">;

/** "a", "a y b", "a, b y c". */
export const listText = (items: string[]): string =>
  items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} y ${items[items.length - 1]}`;

const recordKindName: Record<RecordKind, string> = {
  convictions: "condenas",
  arrests: "arrestos",
  "juvenile-adjudications": "registros de tribunales de menores",
  "non-conviction-records": "registros de casos que terminaron sin condena",
};

const recordAnswerPlural: Record<Specific<RecordAnswer>, string> = {
  conviction: "condenas",
  arrest: "arrestos que no terminaron en condena",
  juvenile: "registros de tribunales de menores",
};

/** The kind of trafficking, with its article: "la trata laboral". */
const traffickingName: Record<TraffickingType, string> = {
  sex: "la trata con fines sexuales",
  labor: "la trata laboral",
};

const otherType: Record<TraffickingType, TraffickingType> = { sex: "labor", labor: "sex" };

const coveredRecords = (covered: RecordKind[]) => listText([...new Set(covered.map((kind) => recordKindName[kind]))]);

/** One or two short sentences per reason, shown under a law's verdict. */
export function reasonText(reason: Reason): string {
  switch (reason.code) {
    case "adults-not-covered":
      return "No cubre a personas adultas. Esta ley solo ayuda a quienes tenían menos de 18 años en ese momento.";
    case "trafficking-not-covered":
      return `Solo cubre ${traffickingName[reason.covered]}. No cubre ${traffickingName[otherType[reason.covered]]}.`;
    case "offense-not-covered":
      return "Solo cubre la prostitución y los delitos ligados a ella.";
    case "record-not-covered":
      return `No limpia ${recordAnswerPlural[reason.record]}. Limpia ${coveredRecords(reason.covered)}.`;
    case "depends-age":
      return "Depende de su edad en ese momento. Solo ayuda a quienes tenían menos de 18 años.";
    case "depends-trafficking":
      return `Depende del tipo de trata. Solo cubre ${traffickingName[reason.covered]}. El delito tiene que haber sido resultado de ella.`;
    case "depends-offense-prostitution":
      return "Depende del delito. Solo cubre la prostitución y los delitos ligados a ella.";
    case "depends-offense-list":
      return "Depende del delito. Solo cuentan los delitos que están en la lista de la ley. La página del estado tiene la lista.";
    case "depends-offense-exceptions":
      return "Depende del delito. La ley deja fuera algunos delitos, por lo general los violentos o graves.";
    case "depends-record":
      return `Depende del tipo de antecedente. Solo limpia ${coveredRecords(reason.covered)}.`;
    case "unknown-in-force":
      return "Nuestras fuentes no muestran que esta ley todavía se aplique hoy.";
    case "unknown-ages":
      return "Nuestras fuentes no dicen qué edades cubre.";
    case "unknown-trafficking":
      return "Nuestras fuentes no dicen qué tipos de trata cubre.";
    case "unknown-offenses":
      return "Nuestras fuentes no dicen qué delitos cubre.";
    case "unknown-records":
      return "Nuestras fuentes no dicen qué antecedentes cubre.";
    case "some-offenses-excluded":
      return "La ley deja fuera algunos delitos, por lo general los violentos o graves. La página del estado dice cuáles.";
    case "may-not-clear-record":
      return "Es otro tipo de ayuda, como un indulto (perdón). Puede que no limpie sus antecedentes.";
  }
}

/** What the verdict depends on, with its preposition: "de su edad", "del delito". */
const dependsTopic: Partial<Record<Reason["code"], string>> = {
  "depends-age": "de su edad en ese momento",
  "depends-trafficking": "del tipo de trata",
  "depends-offense-prostitution": "del delito",
  "depends-offense-list": "del delito",
  "depends-offense-exceptions": "del delito",
  "depends-record": "del tipo de antecedente",
};

function becauseText(reason: Reason): string {
  switch (reason.code) {
    case "adults-not-covered":
      return "no cubre a personas adultas";
    case "trafficking-not-covered":
      return `solo cubre ${traffickingName[reason.covered]}`;
    case "offense-not-covered":
      return "solo cubre delitos relacionados con la prostitución";
    case "record-not-covered":
      return `no cubre ${recordAnswerPlural[reason.record]}`;
    default:
      return reasonText(reason);
  }
}

/** The verdict in words: "Probablemente le aplica", "Podría aplicarle — depende de …", "No le aplica — porque …". */
export function fitHeadline(fit: Fit, reasons: Reason[]): string {
  if (fit === "likely-fits") return fitName[fit];
  if (fit === "does-not-fit") {
    const first = reasons.find((reason) => reason.kind === "fails");
    return first ? `${fitName[fit]} — porque ${becauseText(first)}` : fitName[fit];
  }
  const topics = [...new Set(reasons.flatMap((reason) => dependsTopic[reason.code] ?? []))];
  const parts = [
    ...(topics.length > 0 ? [`depende ${listText(topics)}`] : []),
    ...(reasons.some((reason) => reason.kind === "unknown") ? ["nuestras fuentes no lo dicen"] : []),
  ];
  return `${fitName[fit]} — ${parts.join("; ")}`;
}

export const fitName: Record<Fit, string> = {
  "likely-fits": "Probablemente le aplica",
  "may-fit": "Podría aplicarle",
  "does-not-fit": "No le aplica",
};

/** A text mark beside each verdict, so colour is never the only cue. */
export const fitMark: Record<Fit, string> = {
  "likely-fits": "✓",
  "may-fit": "?",
  "does-not-fit": "✗",
};

/** How the result names a place: a state by name, federal law as such. */
export interface PlaceWords {
  /** "Missouri" or "Ley federal". */
  title: string;
  /** "en Missouri" or "a nivel federal". */
  where: string;
  /** "la página de Missouri" or "la página de la ley federal". */
  page: string;
}

export const placeWords = (code: string, name: string): PlaceWords =>
  code === "US"
    ? { title: "Ley federal", where: "a nivel federal", page: "la página de la ley federal" }
    : { title: name, where: `en ${name}`, page: `la página de ${name}` };

export const outcomeLead: Record<Outcome, (where: string) => string> = {
  fits: (where) => `Según sus respuestas, es probable que al menos una forma de limpiar antecedentes ${where} le aplique.`,
  "may-fit": (where) => `Una forma de limpiar antecedentes ${where} podría aplicarle. Depende de los puntos de abajo.`,
  "none-fit": (where) =>
    `Según sus respuestas, no le aplica ninguna de las leyes sobre la trata ${where}. Otras formas de limpiar antecedentes todavía podrían ayudarle.`,
  "no-laws": (where) =>
    `No encontramos ninguna ley ${where} que limpie antecedentes por causa de la trata. Otras formas de limpiar antecedentes todavía podrían ayudarle.`,
};

export interface QuestionCopy<T extends string> {
  title: string;
  legend: string;
  hint: string;
  options: Record<T, string>;
  /** The answer in a few words, for the review list. */
  short: Record<T, string>;
}

const notSure = "No sé";

export const questionCopy: {
  age: QuestionCopy<AgeAnswer>;
  trafficking: QuestionCopy<TraffickingAnswer>;
  offense: QuestionCopy<OffenseAnswer>;
  record: QuestionCopy<RecordAnswer>;
} = {
  age: {
    title: "Su edad",
    legend: "¿Qué edad tenía cuando ocurrió el delito?",
    hint: "Algunas leyes solo ayudan a quienes tenían menos de 18 años en ese momento.",
    options: { "under-18": "Menos de 18 años", adult: "18 años o más", "not-sure": notSure },
    short: { "under-18": "Menos de 18 años", adult: "18 años o más", "not-sure": notSure },
  },
  trafficking: {
    title: "La trata",
    legend: "¿Qué tipo de trata sufrió?",
    hint: "Trata con fines sexuales es cuando obligan, engañan o presionan a una persona a tener sexo a cambio de dinero u otra cosa, o cuando hay una persona menor de 18 años en esa situación. Trata laboral es cuando obligan, engañan o presionan a una persona a trabajar.",
    options: { sex: "Trata con fines sexuales", labor: "Trata laboral", both: "Las dos", "not-sure": notSure },
    short: { sex: "Trata con fines sexuales", labor: "Trata laboral", both: "Trata con fines sexuales y trata laboral", "not-sure": notSure },
  },
  offense: {
    title: "El delito",
    legend: "¿Cuál es el delito en sus antecedentes?",
    hint: "Si hay más de uno, haga esta revisión una vez por cada uno.",
    options: {
      prostitution: "Prostitución o algo relacionado (por ejemplo, merodear en la calle u ofrecer sexo a cambio de dinero)",
      drugs: "Drogas",
      theft: "Robo o daños a la propiedad",
      fraud: "Fraude o documentos falsos",
      other: "Otra cosa",
      "not-sure": notSure,
    },
    short: {
      prostitution: "Relacionado con la prostitución",
      drugs: "Drogas",
      theft: "Robo o daños a la propiedad",
      fraud: "Fraude o documentos falsos",
      other: "Otra cosa",
      "not-sure": notSure,
    },
  },
  record: {
    title: "El antecedente",
    legend: "¿Qué tipo de antecedente es?",
    hint: "Una condena significa que usted se declaró culpable o que le declararon culpable.",
    options: {
      conviction: "Una condena",
      arrest: "Un arresto o un cargo que no terminó en condena",
      juvenile: "Un registro de un tribunal de menores",
      "not-sure": notSure,
    },
    short: { conviction: "Una condena", arrest: "Un arresto sin condena", juvenile: "Un registro de menores", "not-sure": notSure },
  },
};

export const checkCopy = {
  metaTitle: "¿Podría calificar? Una revisión privada",
  metaDescription:
    "Conteste unas preguntas para ver qué leyes para limpiar antecedentes de sobrevivientes de trata podrían aplicar a su caso, en su estado o según la ley federal. Sus respuestas nunca salen de su dispositivo.",
  heading: "¿Podría calificar?",
  intro:
    "Conteste unas preguntas para ver qué formas de limpiar los antecedentes que le dejó la trata podrían aplicar a su caso. Solo la primera pregunta es obligatoria.",
  privacy:
    "Privado: sus respuestas se quedan en este dispositivo. No se envía ni se guarda nada, y se borran cuando usted sale o cierra esta página.",
  notAdvice: "Esto es información, no asesoría legal. Hable con un abogado o con asistencia legal gratuita antes de actuar.",
  noScript: "Esta revisión necesita JavaScript, que está apagado en este navegador. La página de cada estado tiene la misma información:",
  noScriptLink: "ver todos los estados",
  stepCount: (step: number, total: number) => `Paso ${step} de ${total}`,
  optional: "Puede saltarse esta pregunta.",
  back: "Atrás",
  next: "Siguiente",
  court: {
    title: "Dónde fue el caso",
    legend: "¿Qué tribunal llevó el caso?",
    hint: "La mayoría de los casos están en un tribunal estatal. Esta pregunta es obligatoria.",
    state: "Un tribunal estatal (incluye los tribunales de ciudad, condado o pueblo)",
    federal: "Un tribunal federal (un tribunal de los Estados Unidos)",
    stateLabel: "¿Qué estado?",
    choose: "Elija un estado o DC",
    missingCourt: "Elija el tipo de tribunal que llevó el caso.",
    missingState: "Elija el estado donde fue el caso.",
    federalName: "Un tribunal federal",
  },
  review: {
    title: "Revise sus respuestas",
    lead: "Cambie cualquier respuesta, o vea qué podría aplicarle.",
    court: "Tribunal",
    notAnswered: "Sin responder",
    change: "Cambiar",
    changeWhat: (what: string) => `su respuesta: ${what}`,
    submit: "Ver qué podría aplicarle",
  },
  prefilled: "Llenamos las respuestas con el enlace que abrió. Revíselas abajo.",
  ignoredParam: (name: string, value: string) =>
    `No reconocimos ${name}=“${value}” en el enlace, así que esa pregunta quedó sin responder.`,
  details: {
    loading: "Cargando los pasos para pedirlo y dónde conseguir ayuda…",
    failed: "Los pasos para pedirlo y dónde conseguir ayuda no se cargaron. Revise su conexión y vuelva a intentarlo.",
    retry: "Volver a intentar",
    placePage: (place: string) => `Leer la página sobre ${place}`,
  },
  result: {
    title: (place: string) => `Su resultado: ${place}`,
    lawsHeading: (where: string) => `Formas de limpiar antecedentes ${where}`,
    lawPage: (page: string) => `Sobre esta ley en ${page}`,
    nextHeading: "Qué hacer ahora",
    nextNoFit:
      "Estas leyes no le aplican según sus respuestas. Por eso no mostramos sus pasos para presentar la solicitud. Esto es lo que puede hacer en cambio.",
    stepGeneral: (where: string) =>
      `Pregunte por las vías generales para limpiar antecedentes ${where}. Están abiertas a cualquier persona, no solo a sobrevivientes.`,
    stepHelp:
      "Hable con un abogado o con una organización de asistencia legal gratuita. Muchos ayudan sin cobrar. Pueden revisar todos sus antecedentes.",
    stepFederal: "¿También tiene una condena federal? La ley federal podría ayudarle con esa condena.",
    federalLink: "Ver condenas federales",
    stepFederalCase:
      "Una ley estatal nunca puede limpiar una condena federal. Pregunte a un abogado por un indulto (perdón) u otras opciones federales.",
    applyHeading: (where: string) => `Cómo hacer la solicitud ${where}`,
    whereToFile: "Dónde presentar la solicitud",
    documents: "Documentos que ayudan",
    notInSources: "No se encontró en nuestras fuentes",
    allSteps: (where: string) => `Todos los pasos para hacer la solicitud ${where}`,
    helpHeading: "Dónde conseguir ayuda legal",
    generalHeading: (where: string) => `Vías generales para limpiar antecedentes ${where}`,
    generalMissing: "No se encontró en nuestras fuentes.",
    generalMore: (where: string) => `Más sobre las vías generales para limpiar antecedentes ${where}`,
    sheetButton: "Lleve esto a un abogado o a una persona que le apoya",
    sheetHint: "Una página para imprimir o mostrar, hecha con sus respuestas en este dispositivo.",
    changeAnswers: "Cambiar mis respuestas",
    startOver: "Empezar de nuevo",
  },
  sheet: {
    title: (place: string) => `Para un abogado o una persona que apoya a sobrevivientes: ${place}`,
    lead: "Imprima esta página, guárdela como PDF o muéstrela en su teléfono. Se hizo en este dispositivo con sus respuestas. No se envía ni se guarda nada.",
    made: (date: string) => `Se hizo el ${date} con las respuestas de abajo.`,
    answersHeading: "Las respuestas que se dieron",
    lawsHeading: (where: string) => `Leyes que podrían aplicar ${where}, y por qué`,
    noLawFits: (where: string) => `Según estas respuestas, no aplica ninguna ley sobre la trata ${where}.`,
    ruledOutHeading: "Leyes que no aplican según estas respuestas",
    deadlines: "Plazos y tiempos de espera",
    lawFees: "Costos según esta ley",
    lawText: "Texto de la ley",
    readLaw: (citation: string) => `Leer ${citation}`,
    applyHeading: (where: string) => `Cómo hacer la solicitud ${where}`,
    whereToFile: "Dónde presentar la solicitud",
    whatToFile: "Qué presentar",
    documents: "Documentos que ayudan",
    fees: "Costos",
    forms: "Formularios del tribunal",
    generalHeading: (where: string) => `Vías generales para limpiar antecedentes ${where}`,
    helpHeading: (where: string) => `Ayuda legal ${where}`,
    sources: (date: string, address: string) =>
      `Última revisión de los datos con nuestras fuentes: ${date}. Todas las fuentes están en ${address}`,
    print: "Imprimir o guardar como PDF",
    clear: "Borrar las respuestas",
    cleared: "Sus respuestas se borraron. No se guardó nada.",
    backToResult: "Volver al resultado",
  },
  copyLink: {
    button: "Copiar un enlace con estas respuestas",
    warning: "El enlace contiene sus respuestas. Cualquier persona que lo vea, o que vea el historial de este navegador, puede leerlas.",
    copied: "Enlace copiado. Contiene sus respuestas, así que guárdelo en privado.",
    manual: "Copie este enlace: selecciónelo y cópielo.",
    label: "Enlace con estas respuestas",
  },
};
