/** Words for legal help: the sourced organizations of each state and the national options shown on every page. */
export const helpCopy = {
  heading: "Get help",
  national: {
    heading: "Help anywhere in the US",
    hotlineName: "National Human Trafficking Hotline",
    hotlineNote: "24/7, free and confidential, in English, Spanish and, through interpreters, over 200 other languages. It can refer you to legal services.",
    call: "Call 1-888-373-7888",
    text: "Text 233733",
    fnusaName: "Freedom Network USA: Survivor Reentry Project",
    fnusaNote: "Connects survivors with free lawyers who clear records.",
  },
  phone: "Phone",
  address: "Address",
  languages: "Languages",
  free: { yes: "Free", no: "Not free", unknown: "Cost not stated in our source" },
  checked: (date: string) => `Checked ${date}`,
  source: "source",
  noneListed: "Our sources list no local legal help here yet. The national options below can refer you.",
};
