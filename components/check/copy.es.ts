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

/** One full sentence per reason, shown under a law's verdict. */
export function reasonText(reason: Reason): string {
  switch (reason.code) {
    case "adults-not-covered":
      return "No cubre a personas adultas: esta ley es solo para quienes tenían menos de 18 años en ese momento.";
    case "trafficking-not-covered":
      return `Solo cubre ${traffickingName[reason.covered]}, no ${traffickingName[otherType[reason.covered]]}.`;
    case "offense-not-covered":
      return "Solo cubre delitos relacionados con la prostitución.";
    case "record-not-covered":
      return `No cubre ${recordAnswerPlural[reason.record]}. Cubre ${coveredRecords(reason.covered)}.`;
    case "depends-age":
      return "Depende de su edad en ese momento: solo cubre a quienes tenían menos de 18 años.";
    case "depends-trafficking":
      return `Depende del tipo de trata: solo cubre ${traffickingName[reason.covered]}, y el delito tiene que haber sido resultado de ella.`;
    case "depends-offense-prostitution":
      return "Depende del delito: solo cubre delitos relacionados con la prostitución.";
    case "depends-offense-list":
      return "Depende del delito: solo califican los delitos que nombra la ley. La página del estado tiene la lista.";
    case "depends-offense-exceptions":
      return "Depende del delito: la ley deja fuera algunos delitos, a menudo los violentos o graves.";
    case "depends-record":
      return `Depende del tipo de antecedente: solo cubre ${coveredRecords(reason.covered)}.`;
    case "unknown-in-force":
      return "Nuestras fuentes no confirman que esta ley siga vigente.";
    case "unknown-ages":
      return "Nuestras fuentes no dicen qué edades cubre.";
    case "unknown-trafficking":
      return "Nuestras fuentes no dicen qué tipos de trata cubre.";
    case "unknown-offenses":
      return "Nuestras fuentes no dicen qué delitos cubre.";
    case "unknown-records":
      return "Nuestras fuentes no dicen qué antecedentes cubre.";
    case "some-offenses-excluded":
      return "La ley deja fuera algunos delitos, a menudo los violentos o graves. La página del estado dice cuáles.";
    case "may-not-clear-record":
      return "Es otro tipo de ayuda, como un indulto (perdón) o una forma de terminar un caso antes. Puede que no limpie los antecedentes.";
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
  "may-fit": (where) =>
    `Una forma de limpiar antecedentes ${where} podría aplicarle, según los puntos de abajo. Con sus respuestas, ninguna le aplica con seguridad.`,
  "none-fit": (where) =>
    `Según sus respuestas, no le aplica ninguna ley para sobrevivientes de trata ${where}. Las vías generales para limpiar antecedentes todavía podrían ayudarle.`,
  "no-laws": (where) =>
    `No encontramos ninguna ley ${where} que limpie antecedentes por causa de la trata. Las vías generales para limpiar antecedentes todavía podrían ayudarle.`,
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
  result: {
    title: (place: string) => `Su resultado: ${place}`,
    lawsHeading: (where: string) => `Formas de limpiar antecedentes ${where}`,
    lawPage: (page: string) => `Sobre esta ley en ${page}`,
    nextHeading: "Qué hacer ahora",
    applyHeading: (where: string) => `Cómo hacer la solicitud ${where}`,
    whereToFile: "Dónde presentar la solicitud",
    documents: "Documentos que ayudan",
    notInSources: "No se encontró en nuestras fuentes",
    allSteps: (where: string) => `Todos los pasos para hacer la solicitud ${where}`,
    helpHeading: "Dónde conseguir ayuda legal",
    hotline: "National Human Trafficking Hotline (Línea Nacional contra la Trata de Personas):",
    hotlineCall: "llame al 1-888-373-7888",
    or: "o",
    hotlineText: "envíe un mensaje de texto al 233733",
    hotlineNote: ", las 24 horas, todos los días. Atienden en español. Le pueden referir a servicios legales.",
    fnusa: "Freedom Network USA: Survivor Reentry Project",
    fnusaNote: " pone en contacto a sobrevivientes con abogados que trabajan gratis (pro bono) para limpiar antecedentes.",
    generalHeading: (where: string) => `Vías generales para limpiar antecedentes ${where}`,
    generalMissing: "No se encontró en nuestras fuentes.",
    generalMore: (where: string) => `Más sobre las vías generales para limpiar antecedentes ${where}`,
    changeAnswers: "Cambiar mis respuestas",
    startOver: "Empezar de nuevo",
  },
  copyLink: {
    button: "Copiar un enlace con estas respuestas",
    warning: "El enlace contiene sus respuestas. Cualquier persona que lo vea, o que vea el historial de este navegador, puede leerlas.",
    copied: "Enlace copiado. Contiene sus respuestas, así que guárdelo en privado.",
    manual: "Copie este enlace: selecciónelo y cópielo.",
    label: "Enlace con estas respuestas",
  },
};
