import type { Jurisdiction } from "@/lib/schema";
import { homeCopy } from "./copy";

/** Pick two states to compare: a plain GET form, so it works by keyboard and without JavaScript. */
export function ComparePickerForm({ jurisdictions }: { jurisdictions: Jurisdiction[] }) {
  const options = jurisdictions.map((jurisdiction) => (
    <option key={jurisdiction.code} value={jurisdiction.code.toLowerCase()}>
      {jurisdiction.name}
    </option>
  ));
  return (
    <form action="/compare" method="get" className="compare-picker-form" aria-labelledby="compare-two-heading">
      <h2 id="compare-two-heading">{homeCopy.compareHeading}</h2>
      <label>
        {homeCopy.compareFirst}
        <select name="a" defaultValue="" required>
          <option value="" disabled>
            {homeCopy.choose}
          </option>
          {options}
        </select>
      </label>
      <label>
        {homeCopy.compareSecond}
        <select name="b" defaultValue="" required>
          <option value="" disabled>
            {homeCopy.choose}
          </option>
          {options}
        </select>
      </label>
      <button type="submit">{homeCopy.compareSubmit}</button>
    </form>
  );
}
