import { AllStatesList } from "@/components/search/all-states-list";
import { searchWords } from "@/components/search/copy";
import { HeaderSearch } from "@/components/search/header-search";
import { useLocale } from "@/components/i18n/use-locale";

export default function NotFound() {
  const locale = useLocale();
  const { searchCopy } = searchWords[locale];
  return (
    <>
      <h1>{searchCopy.notFoundHeading}</h1>
      <p>{searchCopy.notFoundLead}</p>
      <HeaderSearch label={searchCopy.notFoundLabel} />
      <h2>{searchCopy.allStatesHeading}</h2>
      <AllStatesList />
    </>
  );
}
