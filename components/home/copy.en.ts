export const homeCopy = {
  heading: "Can a trafficking survivor clear their criminal record?",
  intro:
    "Traffickers often force the people they control to commit crimes. Many survivors end up with a criminal record that blocks jobs, housing and more. Most states have a law to clear such records, called vacatur, expungement or sealing, but who qualifies differs a lot from state to state.",
  audience:
    "This site is for survivors, their lawyers and advocates, and lawmakers. Choose a state on the map or in the list to see, in plain words, who qualifies there and how to apply.",
  mapHeading: "Choose a state",
  compareHeading: "Compare two states",
  compareFirst: "First state",
  compareSecond: "Second state",
  compareSubmit: "Compare",
  choose: "Choose…",
};
