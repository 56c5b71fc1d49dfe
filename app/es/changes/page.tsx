import Page, { generateMetadata as englishMetadata } from "@/app/(en)/changes/page";
import { inSpanish } from "@/app/_routes/in-spanish";

export const generateMetadata = inSpanish(englishMetadata);
export default inSpanish(Page);
