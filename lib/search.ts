/** One searchable jurisdiction: small enough to ship to the browser for the search box. */
export interface SearchEntry {
  code: string;
  name: string;
  href: string;
  /** Other names people use, e.g. "Washington DC". */
  aliases: string[];
  /** A short line shown beside the name in results, e.g. "Minors only · Polaris 2023: F". */
  summary: string;
}

export interface SearchResult {
  entry: SearchEntry;
  /** 0 exact, 1 name starts with it, 2 a word starts with it, 3 contains it, 4 close spelling. */
  tier: 0 | 1 | 2 | 3 | 4;
}

/** Longer input is cut: no state name is near this long, and it bounds the work. */
export const MAX_QUERY_LENGTH = 60;

/** Lower case, no accents, punctuation dropped ("N.Y." → "ny"), spaces folded. */
export function normalize(text: string): string {
  return text
    .slice(0, MAX_QUERY_LENGTH * 2)
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[.'’`]/g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .slice(0, MAX_QUERY_LENGTH)
    .trim();
}

/** Optimal-string-alignment distance: edits, with a swap of neighbours counting as one. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  let current = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, before[j - 2]! + 1);
      current[j] = best;
    }
    [before, previous, current] = [previous, current, before];
  }
  return previous[b.length]!;
}

/** The distance, or Infinity when the lengths alone put it over the limit (most pairs: far cheaper). */
const boundedDistance = (a: string, b: string, limit: number): number =>
  Math.abs(a.length - b.length) > limit ? Infinity : editDistance(a, b);

const allowedEdits = (length: number): number => (length <= 3 ? 0 : length <= 5 ? 1 : length <= 9 ? 2 : 3);

interface Scored {
  result: SearchResult;
  /** Matches on the state's own name rank before matches on another name for it. */
  viaAlias: boolean;
  distance: number;
}

function scoreName(name: string, query: string): { tier: SearchResult["tier"]; distance: number } | null {
  if (name === query || name.replace(/ /g, "") === query.replace(/ /g, "")) return { tier: 0, distance: 0 };
  if (name.startsWith(query)) return { tier: 1, distance: 0 };
  const words = name.split(" ");
  if (words.some((_, index) => words.slice(index).join(" ").startsWith(query))) return { tier: 2, distance: 0 };
  if (query.length >= 3 && name.includes(query)) return { tier: 3, distance: 0 };
  const limit = allowedEdits(query.length);
  if (limit === 0) return null;
  const whole = Math.min(boundedDistance(query, name, limit), ...words.map((word) => boundedDistance(query, word, limit)));
  const prefix = boundedDistance(query, name.slice(0, query.length), limit);
  // A close spelling of a whole name or word ("misuri": Missouri) ranks before one of a name's first letters ("distri…").
  const distance = Math.min(whole, prefix + 0.5);
  return Math.min(whole, prefix) <= limit ? { tier: 4, distance } : null;
}

const normalizedNames = new WeakMap<SearchEntry, string[]>();

/** Each entry's names, normalized once: searching runs on every keystroke. */
function namesOf(entry: SearchEntry): string[] {
  let names = normalizedNames.get(entry);
  if (!names) {
    names = [entry.name, ...entry.aliases].map(normalize);
    normalizedNames.set(entry, names);
  }
  return names;
}

function score(entry: SearchEntry, query: string): Scored | null {
  if (query.replace(/ /g, "") === entry.code.toLowerCase()) return { result: { entry, tier: 0 }, viaAlias: false, distance: 0 };
  const candidates = namesOf(entry)
    .map((name, index) => ({ match: scoreName(name, query), viaAlias: index > 0 }))
    .filter((candidate): candidate is { match: NonNullable<ReturnType<typeof scoreName>>; viaAlias: boolean } => candidate.match !== null)
    .sort((a, b) => a.match.tier - b.match.tier || Number(a.viaAlias) - Number(b.viaAlias) || a.match.distance - b.match.distance);
  const best = candidates[0];
  return best ? { result: { entry, tier: best.match.tier }, viaAlias: best.viaAlias, distance: best.match.distance } : null;
}

/** Ranks entries for what someone typed: exact and word-start matches first, then close spellings. */
export function searchStates(entries: readonly SearchEntry[], input: string, limit = 8): SearchResult[] {
  const query = normalize(input);
  if (query === "") return [];
  return entries
    .map((entry) => score(entry, query))
    .filter((scored): scored is Scored => scored !== null)
    .sort(
      (a, b) =>
        a.result.tier - b.result.tier ||
        Number(a.viaAlias) - Number(b.viaAlias) ||
        a.distance - b.distance ||
        a.result.entry.name.localeCompare(b.result.entry.name),
    )
    .slice(0, limit)
    .map((scored) => scored.result);
}

/** The one entry a query names outright (code, name or alias), if any: used to go straight there. */
export function exactMatch(entries: readonly SearchEntry[], input: string): SearchEntry | null {
  const [first, second] = searchStates(entries, input, 2);
  return first && first.tier === 0 && second?.tier !== 0 ? first.entry : null;
}
