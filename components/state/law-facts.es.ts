import { notInSources } from "@/components/copy/terms.es";
import type { RecordKind, ReliefLaw } from "@/lib/schema";

const recordName: Record<RecordKind, string> = {
  convictions: "condenas",
  arrests: "arrestos",
  "juvenile-adjudications": "registros del tribunal de menores",
  "non-conviction-records": "otros registros sin condena (casos desestimados o con absolución)",
};

const offensesName = {
  "any-offense": "Cualquier delito",
  "any-offense-with-exceptions": "Cualquier delito, con algunas excepciones",
  "listed-offenses": "Solo los delitos que la ley nombra",
  "prostitution-related-only": "Solo delitos relacionados con la prostitución",
};

/** The details are sourced English text; the Spanish page says so rather than translate a legal fact. */
const withDetails = (lead: string, details: string | null) => (details ? `${lead}. Detalles (en inglés): ${details}` : lead);

type LawFact = "ages" | "trafficking" | "offenses" | "records" | "timing" | "hearing" | "burden" | "documentation" | "discretion" | "fees";

/** Each law fact in words; null facts read "Not found in our sources". */
export const lawFactText: Record<LawFact, (law: ReliefLaw) => string> = {
  ages: (law: ReliefLaw) =>
    law.agesCovered === null
      ? notInSources
      : law.agesCovered === "all-ages"
        ? "Cualquier edad: adultos y personas que eran menores de 18 años"
        : "Solo personas que eran menores de 18 años en ese momento. No cubre a adultos",
  trafficking: (law: ReliefLaw) =>
    law.traffickingTypes === null
      ? notInSources
      : law.traffickingTypes.length === 2
        ? "Trata con fines sexuales y trata laboral"
        : law.traffickingTypes[0] === "sex"
          ? "Solo trata con fines sexuales"
          : "Solo trata laboral",
  offenses: (law: ReliefLaw) =>
    law.offensesCovered === null ? (law.offenseDetails ?? notInSources) : withDetails(offensesName[law.offensesCovered], law.offenseDetails),
  records: (law: ReliefLaw) => {
    if (law.recordsCovered === null) return notInSources;
    const names = law.recordsCovered.map((kind) => recordName[kind]);
    const text = names.join(", ");
    return text.charAt(0).toUpperCase() + text.slice(1);
  },
  timing: (law: ReliefLaw) => {
    if (law.timing.hasDeadlineOrWait === null) return law.timing.details ?? notInSources;
    const lead = law.timing.hasDeadlineOrWait ? "Sí, hay reglas de tiempo" : "No hay fecha límite ni período de espera";
    return withDetails(lead, law.timing.details);
  },
  hearing: (law: ReliefLaw) =>
    law.hearing === null
      ? notInSources
      : { required: "Se requiere una audiencia en el tribunal", "not-required": "No se requiere audiencia", discretionary: "El tribunal puede hacer una audiencia, pero no siempre es obligatoria" }[law.hearing],
  burden: (law: ReliefLaw) => {
    const standard = law.burdenOfProof.standard;
    if (standard === null) return law.burdenOfProof.details ?? notInSources;
    const lead = {
      preponderance: "Preponderancia de la prueba: usted muestra que es más probable que sí que que no",
      "clear-and-convincing": "Prueba clara y convincente: una exigencia más alta que «más probable que no»",
      "beyond-reasonable-doubt": "Más allá de toda duda razonable",
      other: "Otro estándar",
    }[standard];
    return withDetails(lead, law.burdenOfProof.details);
  },
  documentation: (law: ReliefLaw) =>
    law.officialDocumentationRequired === null
      ? notInSources
      : {
          required: "Obligatorio: debe mostrar documentos oficiales de la trata que sufrió",
          "not-required": "No es obligatorio",
          "optional-creates-presumption": "No es obligatorio, pero los documentos oficiales (por ejemplo, de un tribunal, la policía o una agencia federal) hacen que el tribunal presuma que usted fue víctima de trata",
        }[law.officialDocumentationRequired],
  discretion: (law: ReliefLaw) =>
    law.judicialDiscretion === null
      ? notInSources
      : law.judicialDiscretion === "mandatory"
        ? "Sí: el tribunal debe concederlo si usted cumple las condiciones"
        : "No: el juez decide, aunque usted cumpla las condiciones",
  fees: (law: ReliefLaw) => {
    if (law.feesWaived === null) return law.feesDetails ?? notInSources;
    return withDetails(law.feesWaived ? "Sin costo, o se puede pedir que no cobren" : "Hay costos", law.feesDetails);
  },
};
