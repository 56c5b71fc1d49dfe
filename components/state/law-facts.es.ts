import { notInSources } from "@/components/copy/terms.es";
import type { lawFactPhrases as english } from "./law-facts.en";

export const lawFactPhrases: typeof english = {
  notInSources,
  records: {
    convictions: "condenas",
    arrests: "arrestos",
    "juvenile-adjudications": "registros del tribunal de menores",
    "non-conviction-records": "otros registros sin condena (casos desestimados o con absolución)",
  },
  offenses: {
    "any-offense": "Cualquier delito",
    "any-offense-with-exceptions": "Cualquier delito, con algunas excepciones",
    "listed-offenses": "Solo los delitos que la ley nombra",
    "prostitution-related-only": "Solo delitos relacionados con la prostitución",
  },
  ages: {
    "all-ages": "Cualquier edad: adultos y personas que eran menores de 18 años",
    "minors-only": "Solo personas que eran menores de 18 años en ese momento. No cubre a adultos",
  },
  trafficking: { both: "Trata con fines sexuales y trata laboral", sex: "Solo trata con fines sexuales", labor: "Solo trata laboral" },
  timing: { yes: "Sí, hay reglas de tiempo", no: "No hay fecha límite ni período de espera" },
  hearing: {
    required: "Se requiere una audiencia en el tribunal",
    "not-required": "No se requiere audiencia",
    discretionary: "El tribunal puede hacer una audiencia, pero no siempre es obligatoria",
  },
  burden: {
    preponderance: "Preponderancia de la prueba: usted muestra que es más probable que sí que que no",
    "clear-and-convincing": "Prueba clara y convincente: una exigencia más alta que «más probable que no»",
    "beyond-reasonable-doubt": "Más allá de toda duda razonable",
    other: "Otro estándar",
  },
  documentation: {
    required: "Obligatorio: debe mostrar documentos oficiales de la trata que sufrió",
    "not-required": "No es obligatorio",
    "optional-creates-presumption":
      "No es obligatorio, pero los documentos oficiales (por ejemplo, de un tribunal, la policía o una agencia federal) hacen que el tribunal presuma que usted fue víctima de trata",
  },
  discretion: { mandatory: "Sí: el tribunal debe concederlo si usted cumple las condiciones", discretionary: "No: el juez decide, aunque usted cumpla las condiciones" },
  fees: { waived: "Sin costo, o se puede pedir que no cobren", apply: "Hay costos" },
  // The details are sourced English text; the Spanish page says so rather than translate a legal fact.
  withDetails: (lead, details) => (details ? `${lead}. Detalles (en inglés): ${details}` : lead),
};
