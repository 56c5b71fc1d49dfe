export const searchCopy = {
  label: "Find a state",
  searchAgain: "Search again",
  notFoundLabel: "Search for a state",
  notFoundHeading: "We could not find that page",
  notFoundLead:
    "The address may be mistyped, or the page may have moved. Search for a state by its name or two-letter code, or pick it from the list below.",
  placeholder: "State name or code",
  submit: "Search",
  resultsCount: (count: number) => (count === 1 ? "1 state found. Use the up and down arrows to choose." : `${count} states found. Use the up and down arrows to choose.`),
  noMatch: (query: string) => `No state matches “${query}”. Try the full name or the two-letter code.`,
  pageTitle: "Find a state",
  emptyQuery: "Type a state’s name or its two-letter code, for example Missouri or MO.",
  resultsHeading: (query: string) => `States matching “${query}”`,
  allStatesHeading: "All states",
  noScriptNote: "You can also pick your state from the full list below.",
};
