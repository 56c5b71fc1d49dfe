export const shellCopy = {
  productName: "Record Relief Map",
  tagline: "Criminal record relief for trafficking survivors, state by state",
  description:
    "Can a survivor of human trafficking clear a criminal record from being trafficked? Plain answers for every state, DC and federal law, with exact citations.",
  skipLink: "Skip to main content",
  menu: "Menu",
  /** The link to this page in the other language, written in that language. */
  otherLanguage: { name: "Español", lang: "es", label: "Leer esta página en español" },
  /** Said once on every translated page; null where this is the reference text. */
  referenceNotice: null as { text: string; link: string } | null,
  nav: {
    label: "Main",
    map: "Map",
    states: "All states",
    compare: "Compare",
    check: "Could I qualify?",
    about: "About",
  },
  footer: {
    disclaimer: "Information, not legal advice. Laws change: check with a lawyer or legal aid before you act.",
    about: "About this site, our sources and your privacy",
    data: "Open data",
    federal: "Federal convictions",
    changes: "What changed",
  },
  quickExit: {
    regionLabel: "Quick exit",
    hintLabel: "About quick exit",
    button: "Leave this site quickly",
    hiddenPrefix: "Emergency: ",
    hint: "Press this, or the Shift key three times, to leave at once for a weather site. Back will not return to this page.",
    hintNoScript: "This link opens a weather site. With JavaScript off, it cannot clear this page from your history, so Back will return here.",
    dismissHint: "Got it",
    leaving: "Loading…",
    pressesLeft: (count: number) => (count === 1 ? "Press Shift 1 more time to leave" : `Press Shift ${count} more times to leave`),
    timedOut: "Quick exit shortcut reset",
  },
};
