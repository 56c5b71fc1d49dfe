import { AllStatesList } from "@/components/search/all-states-list";
import { HeaderSearch } from "@/components/search/header-search";

export default function NotFound() {
  return (
    <>
      <h1>We could not find that page</h1>
      <p>
        The address may be mistyped, or the page may have moved. Search for a state by its name or two-letter code, or pick
        it from the list below.
      </p>
      <HeaderSearch />
      <h2>All states</h2>
      <AllStatesList />
    </>
  );
}
