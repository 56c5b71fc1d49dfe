import Page, { generateMetadata as englishMetadata, generateStaticParams } from "@/app/(en)/changes/[slug]/page";
import { inSpanish } from "@/app/_routes/in-spanish";

export const dynamicParams = false;
export { generateStaticParams };
export const generateMetadata = inSpanish(englishMetadata);
export default inSpanish(Page);
