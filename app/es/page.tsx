import HomePage, { generateMetadata as englishMetadata } from "@/app/(en)/page";
import { inSpanish } from "@/app/_routes/in-spanish";

export const generateMetadata = inSpanish(englishMetadata);
export default inSpanish(HomePage);
