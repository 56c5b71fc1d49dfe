import type { StateCode } from "./schema";

/** Spanish names of the states where Spanish has its own, so the search finds "Nueva York" and "Misuri". */
export const SPANISH_NAMES: Partial<Record<StateCode | "US", string[]>> = {
  DC: ["Distrito de Columbia", "Washington D. C."],
  HI: ["Hawái"],
  LA: ["Luisiana"],
  MI: ["Míchigan"],
  MO: ["Misuri"],
  MS: ["Misisipi"],
  NC: ["Carolina del Norte"],
  ND: ["Dakota del Norte"],
  NH: ["Nuevo Hampshire"],
  NJ: ["Nueva Jersey"],
  NM: ["Nuevo México"],
  NY: ["Nueva York"],
  OR: ["Oregón"],
  PA: ["Pensilvania"],
  SC: ["Carolina del Sur"],
  SD: ["Dakota del Sur"],
  TN: ["Tenesí"],
  WV: ["Virginia Occidental"],
  US: ["Estados Unidos", "Tribunal federal"],
};
