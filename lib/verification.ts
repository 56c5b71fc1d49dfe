import type { ReliefLaw, VerificationLevel } from "./schema";

/** From the strongest check to the weakest. */
export const VERIFICATION_LEVELS_ORDER: readonly VerificationLevel[] = ["statute-text", "official-summary", "secondary"];

export function verificationCounts(laws: readonly ReliefLaw[]): Record<VerificationLevel, number> {
  const counts: Record<VerificationLevel, number> = { "statute-text": 0, "official-summary": 0, secondary: 0 };
  for (const law of laws) counts[law.verification.level] += 1;
  return counts;
}
