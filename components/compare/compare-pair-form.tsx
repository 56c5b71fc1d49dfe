import { localePath, type Locale } from "@/lib/locale";

export interface ComparePairFormProps {
  states: Array<{ code: string; name: string }>;
  headingId: string;
  words: { heading: string; first: string; second: string; choose: string; submit: string };
  className?: string;
  locale: Locale;
}

function StateSelect({ name, label, choose, states }: { name: "a" | "b"; label: string; choose: string; states: ComparePairFormProps["states"] }) {
  return (
    <label>
      {label}
      <select name={name} defaultValue="" required>
        <option value="" disabled>
          {choose}
        </option>
        {states.map((state) => (
          <option key={state.code} value={state.code.toLowerCase()}>
            {state.name}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Pick two states to compare: a plain GET form to /compare, so it works by keyboard and without JavaScript. */
export function ComparePairForm({ states, headingId, words, className, locale }: ComparePairFormProps) {
  return (
    <form action={localePath(locale, "/compare")} method="get" className={className} aria-labelledby={headingId}>
      <h2 id={headingId}>{words.heading}</h2>
      <StateSelect name="a" label={words.first} choose={words.choose} states={states} />
      <StateSelect name="b" label={words.second} choose={words.choose} states={states} />
      <button type="submit">{words.submit}</button>
    </form>
  );
}
