import type { changesCopy as english } from "./copy.en";

export const changesCopy: typeof english = {
  metaTitle: "Qué cambió: el registro de cambios",
  metaDescription:
    "Cada cambio en las leyes y los datos de Record Relief Map, del más nuevo al más antiguo, con la fuente que lo motivó. Puede seguirlo en cualquier lector de noticias.",
  heading: "Qué cambió",
  intro: "Las leyes cambian, y corregimos nuestros errores. Aquí está cada cambio en los datos del sitio, del más nuevo al más antiguo, con la fuente que lo motivó.",
  stateHeading: (name) => `Qué cambió: ${name}`,
  stateIntro: (name) => `Cada cambio en los datos que mostramos para ${name}, del más nuevo al más antiguo.`,
  feedLead: "Siga los cambios en un lector de noticias:",
  feedLink: "Canal Atom de todos los cambios (en inglés)",
  filterLabel: "Ver los cambios de un solo lugar",
  allPlaces: "Todos los lugares",
  count: (count) => (count === 1 ? "1 cambio" : `${count} cambios`),
  none: (name) => `Todavía no hay cambios registrados para ${name}.`,
  fieldsSummary: "Qué cambió en los datos",
  fieldOld: "antes",
  fieldNew: "ahora",
  nothing: "nada",
  source: "Fuente:",
  statePage: (name) => `Página de ${name}`,
  recentHeading: "Cambios recientes",
  recentAll: (name) => `Todos los cambios de ${name}`,
  feedTitle: "Record Relief Map: qué cambió",
  feedSubtitle: "Cambios en las leyes para limpiar antecedentes penales de sobrevivientes de trata, estado por estado.",
};
