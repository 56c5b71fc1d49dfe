import { CheckPage, checkMetadata } from "@/components/check/check-page";
import { CheckWordsEn } from "@/components/check/check-words-en";

export const generateMetadata = checkMetadata;

export default function EnglishCheckPage() {
  return <CheckPage Words={CheckWordsEn} />;
}
