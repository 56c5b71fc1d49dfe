import { AllStatesList } from "@/components/search/all-states-list";
import { searchCopy } from "@/components/search/copy";
import { HeaderSearch } from "@/components/search/header-search";

export default function NotFound() {
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
