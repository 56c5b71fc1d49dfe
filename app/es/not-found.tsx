import NotFound from "@/app/(en)/not-found";
import { inSpanish } from "@/app/_routes/in-spanish";

export default inSpanish(NotFound);
