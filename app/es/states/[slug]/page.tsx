import StatePage, { generateMetadata as englishMetadata, generateStaticParams } from "@/app/(en)/states/[slug]/page";
import { inSpanish } from "@/app/_routes/in-spanish";

export const dynamicParams = false;
export { generateStaticParams };
export const generateMetadata = inSpanish(englishMetadata);
export default inSpanish(StatePage);
