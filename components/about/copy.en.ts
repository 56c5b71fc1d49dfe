const joinWithAnd = (items: string[]): string =>
  items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;

const statesWord = (count: number) => (count === 1 ? "state" : "states");

export const aboutCopy = {
  metaTitle: "About: who made this, our sources and method, and your privacy",
  metaDescription:
    "Who made Record Relief Map and why, how the data was gathered and checked, how coverage and the checklist are derived, what Polaris's grades mean, the glossary, open data, privacy and quick exit.",
  heading: "About Record Relief Map",
  lead: "What this site is, where its facts come from, how we read them, and how it protects your privacy.",
  contentsLabel: "On this page",
  contents: {
    who: "Who made this and why",
    gathering: "How the data was gathered and checked",
    grades: "Polaris grades",
    method: "Our coverage levels and checklist",
    glossary: "Glossary",
    data: "Open data",
    privacy: "Privacy and quick exit",
    errors: "Report an error",
    notAdvice: "Not legal advice",
  },

  who: {
    heading: "Who made this and why",
    paragraphs: [
      "Record Relief Map is made by a small team of engineers building a public-interest reference. Everything on it comes from public sources.",
      "Traffickers often force the people they control to commit crimes, and the criminal record that follows can block jobs, housing and more long after the trafficking ends. Whether a survivor can clear that record depends on the state, and the answers are spread across statutes, court rules, reports and news. We gathered them in one place, in plain words, with a source for every fact.",
      "It is for survivors, for the lawyers and advocates who help them, and for lawmakers who want to see how their state compares.",
    ],
  },

  gathering: {
    heading: "How the data was gathered and checked",
    paragraphs: [
      "For each state, DC and federal law we read the statute where its text is public, court opinions, court and legal-aid guides, advocacy groups’ state summaries, Polaris’s report cards and news reports.",
      "Every fact on a state page has at least one source, listed on that page with its date and what it supports. Where sources disagree, the state’s notes for researchers say so. Where no source settles a fact, we show “Not found in our sources” rather than guess, and we never treat a missing fact as a “no”.",
      "Every time the site is built, each data file is checked against our schema: every relief law must have a source, dates must be real and not in the future, a law only for minors must say so plainly in its summary, and the build stops if anything fails.",
    ],
    sourceCount: (sources: number) => `The data for the states and DC cites ${sources} distinct sources.`,
    verified: (from: string, to: string) =>
      from === to ? `Every state was last checked against its sources on ${from}.` : `Each state was last checked against its sources between ${from} and ${to}; each state page gives its own date.`,
    confidenceLead: "How sure we are of each state’s entry, in our own judgement:",
    confidenceName: { high: "High", medium: "Medium", low: "Low" } as Record<string, string>,
    confidenceCount: (name: string, count: number) => `${name}: ${count} ${statesWord(count)}`,
  },

  grades: {
    heading: "Polaris grades, and why most states show none",
    why: (graded: Array<{ year: string; count: number }>, total: number) =>
      `Polaris graded states’ criminal record relief laws for trafficking survivors in ${graded.length === 1 ? "one edition" : `${graded.length} editions`}. Their reports cover every state, but most of the state-by-state grades were not in any public source we could read. We show a grade only where a source we could read states it: ${joinWithAnd(graded.map(({ year, count }) => `for ${count} of ${total} states in the ${year} edition`))}. Everywhere else we say “Not in our sources” and link to Polaris’s report.`,
    notBad: "A missing grade never means a bad grade. It means only that we could not confirm it.",
    notOurs: "The grades are Polaris’s own. Our coverage levels and checklist, below, are a separate reading of the facts.",
    editionHeading: (year: string) => `The ${year} edition`,
    published: (date: string) => `Published ${date}.`,
    readReport: (title: string) => `Read Polaris’s report: ${title}`,
    scaleHeading: "Grading scale",
    scaleUnknown: "Not found in our sources.",
    scaleLine: (letter: string, lowest: number) => `${letter}: ${lowest} points or more`,
    categoriesHeading: "Categories",
    categoriesUnknown: "The categories of this edition are not in any source we could read.",
    points: (points: number) => `${points} points`,
    measuresUnknown: "What it measures: not found in our sources.",
    notesHeading: "What our sources say about this edition",
    sourcesHeading: "Sources",
    sourceDate: (date: string | null) => (date ? `dated ${date}` : "undated"),
  },

  method: {
    heading: "Our coverage levels and checklist",
    notPolaris:
      "The coverage level and the checklist are ours, not Polaris’s grades. We derive them the same way for every state from the sourced facts, so they can be checked and repeated.",
    coverageHeading: "Coverage level",
    coverageRules: [
      "We look only at laws that clear records: vacatur, expungement or sealing. Pardons, ways to end a case early and defenses at trial do not count.",
      "Broad: at least one such law covers people who were adults at the time, for any offense or all but a few.",
      "Unclear: not broad, but a law’s ages are not in our sources, a law for adults does not say which offenses it covers, or a law that would widen coverage may no longer be in force, so the answer may differ from what we can show.",
      "Partial: adults are covered, but only for some offenses.",
      "Minors only: every such law is only for people who were under 18 at the time.",
      "None found: we found no such law.",
    ],
    levelCount: (count: number) => `${count} ${statesWord(count)}`,
    checklistHeading: "The checklist",
    checklistLead: (count: number) =>
      `The checklist has ${count} items, named after the Polaris report-card categories that our facts can answer. Categories our facts cannot measure, such as the nexus to trafficking, are left out.`,
    meetsWhen: "Meets when:",
    checklistRules: [
      "A state meets an item if any of its record-clearing laws meets it.",
      "If none meets it but a fact is missing, the item shows “Not found in our sources”.",
      "A state with no such law falls short on every item.",
      "“Meets 5 of 8” counts items; it is not a Polaris score, and it weighs every item the same, which Polaris may not.",
    ],
    tableNote: "On the all-states table, ticking more than one filter finds states where a single law does all of them.",
    tableLink: "See every state in one table",
  },

  glossary: {
    heading: "Glossary",
    terms: {
      conviction: {
        term: "Conviction",
        meaning: "A court's finding that you are guilty of a crime, after a trial or because you pleaded guilty.",
      },
      arrest: {
        term: "Arrest",
        meaning: "When police take you into custody or charge you. An arrest can stay on your record even if the case is dropped.",
      },
      adjudication: {
        term: "Adjudication",
        meaning: "A juvenile court's finding that a child did what they were charged with. It is like a conviction, for people under 18.",
      },
      motion: {
        term: "Motion or petition",
        meaning: "A written request asking a court to do something, such as clear a record.",
      },
      affirmativeDefense: {
        term: "Affirmative defense",
        meaning:
          "A defense raised at trial: you argue you should not be convicted because you were being trafficked when the offense happened. It can prevent a conviction, but it does not clear a record you already have.",
      },
      nexus: {
        term: "Nexus to trafficking",
        meaning:
          "The link a law requires between the offense and the trafficking, for example that the offense happened “as a result of” being trafficked. Some laws ask for a closer link than others.",
      },
      officialDocumentation: {
        term: "Official documentation",
        meaning:
          "Papers from a government body, such as a court, the police or a federal agency, showing that you were a victim of trafficking. Some laws require them; others accept other evidence, and some presume you were trafficked when you have them.",
      },
      preponderance: {
        term: "Preponderance of the evidence",
        meaning: "The usual standard of proof for these motions: you show that something is more likely true than not.",
      },
      discretion: {
        term: "Judicial discretion",
        meaning: "Whether the judge may still refuse relief when you meet every condition the law sets.",
      },
    },
  },

  data: {
    heading: "Open data",
    lead: "The whole dataset is free to download, in the same form the site is built from. It is rebuilt with the site, so it is never older than the pages.",
    downloads: {
      json: "All data as JSON",
      csv: "All data as CSV (one row per law)",
      schema: "JSON Schema describing every field",
    },
    fieldsHeading: "Main fields",
    nullRule: "In every field, null (an empty cell in the CSV) means “not found in our sources”, never “no”.",
    csvNote: "In the CSV, lists are separated by semicolons, and a state with no law has one row with the law columns empty.",
    fields: {
      coverage: (levels: string) => `Our coverage level (see “Our coverage levels and checklist” above): one of ${levels}.`,
      grades: "Polaris grades by edition (\"2019\", \"2023\"): a letter, \"none\" where the edition gave no grade, or null when a source gives only a score; the score, a note and the source. The whole edition is null where no source states it.",
      citation: "The law’s citation exactly as published.",
      reliefType: (values: string) => `The kind of relief: ${values}.`,
      inForce: "Whether the law is in force today: true, or null where our sources do not confirm it survived a later change.",
      agesCovered: (values: string) => `Who the law covers by age at the time: ${values}.`,
      traffickingTypes: (values: string) => `Which kinds of trafficking it covers, a list of ${values}.`,
      offensesCovered: (values: string) => `Which offenses it covers: ${values}.`,
      recordsCovered: (values: string) => `Which records it clears, a list of ${values}.`,
    },
  },

  privacy: {
    heading: "Privacy and quick exit",
    quickExit: (presses: number, seconds: number, host: string) =>
      `To leave at once, use the red “Leave this site quickly” button at the top of every page, or press the Shift key ${presses} times, each within ${seconds} seconds of the last. Either one takes you to ${host} and replaces this page in your browser’s history, so the Back button does not return here.`,
    nothingKept:
      "This site sets no cookies, runs no analytics, loads nothing from other websites and stores nothing you look up or answer.",
    historyLimit:
      "It cannot erase history your browser has already recorded. The pages you opened before leaving, including which states you looked at, may still be in your history. To be safer, use a private (incognito) window, clear your history afterwards, or use a device the other person cannot reach, such as a library computer or a trusted friend’s phone.",
    honest:
      "Quick exit protects against someone looking over your shoulder. It does not protect against software that monitors your phone or computer. If you think your device is being watched, use a safer one.",
  },

  errors: {
    heading: "Report an error",
    paragraphs: [
      "If something here is wrong or out of date, please tell us. Email the team that runs this site, or open an issue on the project’s public tracker.",
      "Say which state and which fact, and if you can, link to the statute, court rule or other public source that shows the right answer. We check each report against the sources, then update the state’s page and its “last checked” date.",
      "Please do not include details about your own case or anyone else’s.",
    ],
  },

  notAdvice: {
    heading: "Not legal advice",
    paragraphs: [
      "This site gives general information about laws. It is not legal advice about your situation, and using it does not make anyone your lawyer.",
      "Laws and court practice change, and our sources may be incomplete. Before you act, talk to a lawyer or a legal aid organization. Each state’s page lists legal help where our sources name it.",
    ],
  },
};
