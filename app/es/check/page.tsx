import { inSpanish } from "@/app/_routes/in-spanish";
import { CheckPage, checkMetadata } from "@/components/check/check-page";
import { CheckWordsEs } from "@/components/check/check-words-es";

// Not the English route's module: importing it would bring the English words' client entry into this page's script.
export const generateMetadata = inSpanish(checkMetadata);
export default inSpanish(() => <CheckPage Words={CheckWordsEs} />);
