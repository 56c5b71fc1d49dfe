export const searchCopy = {
  label: "Buscar un estado",
  searchAgain: "Buscar de nuevo",
  notFoundLabel: "Buscar un estado",
  notFoundHeading: "No pudimos encontrar esa página",
  notFoundLead:
    "Puede que la dirección tenga un error, o que la página se haya movido. Busque un estado por su nombre o por su código de dos letras, o elíjalo de la lista de abajo.",
  placeholder: "Nombre o código del estado",
  submit: "Buscar",
  resultsCount: (count: number) =>
    count === 1
      ? "Se encontró 1 estado. Use las flechas hacia arriba y hacia abajo para elegir."
      : `Se encontraron ${count} estados. Use las flechas hacia arriba y hacia abajo para elegir.`,
  noMatch: (query: string) => `Ningún estado coincide con “${query}”. Pruebe con el nombre completo o con el código de dos letras.`,
  pageTitle: "Buscar un estado",
  emptyQuery: "Escriba el nombre de un estado o su código de dos letras, por ejemplo Missouri o MO.",
  resultsHeading: (query: string) => `Estados que coinciden con “${query}”`,
  allStatesHeading: "Todos los estados",
  noScriptNote: "También puede elegir su estado de la lista completa de abajo.",
};
