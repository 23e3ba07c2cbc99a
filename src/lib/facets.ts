/**
 * Filters for listings (ambassadors by team, location, employment type and language; jobs by team,
 * location and work mode). Without JavaScript each facet value has its own page
 * (`<base><facet>/<value>/`, e.g. /ambassadors/team/data-ai/); with JavaScript the listing page
 * combines facets from its query string (/ambassadors/?team=data-ai&language=fr). Both use these
 * functions, so the server's pages and the browser's filtering agree.
 */

/** An item's values per facet, e.g. { team: ['data-ai'], language: ['nl', 'en'] }. */
export type FacetValues = Readonly<Record<string, readonly string[]>>;

/** At most one chosen value per facet, e.g. { team: 'data-ai' }. */
export type FacetSelection = Readonly<Record<string, string>>;

/** How a listing is faceted. */
export interface FacetDefinition<T> {
  /** The facet's key, used in URLs: lowercase letters and dashes. */
  key: string;
  /** The facet's name as shown, e.g. "Team". */
  label: string;
  /** The item's values for this facet. */
  valuesOf(item: T): readonly string[];
  /** How a value is shown, e.g. "data-ai" → "Data & AI". */
  labelOf(value: string): string;
  /** The order of values; by default by label. */
  order?: readonly string[];
}

/** One value of a facet, as a link. */
export interface FacetOption {
  /** The value, e.g. "data-ai". */
  value: string;
  /** What it is called. */
  label: string;
  /** How many items have it. */
  count: number;
  /** The page listing only these items. */
  href: string;
}

/** A facet with its values. */
export interface FacetGroup {
  /** The facet's key. */
  key: string;
  /** The facet's name. */
  label: string;
  /** Its values, each with a count and page. */
  options: FacetOption[];
}

/** The path of a single-facet page, e.g. ("/ambassadors/", "team", "data-ai") → "/ambassadors/team/data-ai/". */
export function facetPagePath(base: string, key: string, value: string): string {
  return `${base.replace(/\/?$/, '/')}${encodeURIComponent(key)}/${encodeURIComponent(value)}/`;
}

/** Every item's values of every facet, as the data attributes and the filtering need them. */
export function facetValuesOf<T>(item: T, definitions: readonly FacetDefinition<T>[]): Record<string, readonly string[]> {
  return Object.fromEntries(definitions.map((d) => [d.key, d.valuesOf(item)]));
}

/** Whether an item has every selected value. An empty selection matches everything. */
export function matchesSelection(values: FacetValues, selection: FacetSelection): boolean {
  return Object.entries(selection).every(([key, value]) => value === '' || (values[key] ?? []).includes(value));
}

/** The facets and their values that occur among `items`, with counts and single-facet page paths. */
export function buildFacetGroups<T>(items: readonly T[], definitions: readonly FacetDefinition<T>[], base: string): FacetGroup[] {
  return definitions.map((d) => {
    const counts = new Map<string, number>();
    for (const item of items) for (const v of new Set(d.valuesOf(item))) counts.set(v, (counts.get(v) ?? 0) + 1);
    const rank = (v: string) => (d.order ? (d.order.indexOf(v) === -1 ? Number.MAX_SAFE_INTEGER : d.order.indexOf(v)) : 0);
    const options = [...counts]
      .map(([value, count]) => ({ value, label: d.labelOf(value), count, href: facetPagePath(base, d.key, value) }))
      .sort((a, b) => rank(a.value) - rank(b.value) || a.label.localeCompare(b.label));
    return { key: d.key, label: d.label, options };
  });
}

/** Every single-facet page of a listing: one per facet value that occurs. */
export function listFacetPages<T>(items: readonly T[], definitions: readonly FacetDefinition<T>[], base: string) {
  return buildFacetGroups(items, definitions, base).flatMap((group) =>
    group.options.map((option) => ({
      key: group.key,
      value: option.value,
      facetLabel: group.label,
      valueLabel: option.label,
      items: items.filter((item) => definitions.find((d) => d.key === group.key)!.valuesOf(item).includes(option.value)),
    })),
  );
}

/** Reads a selection from a query string, keeping only known facets. */
export function selectionFromSearch(search: string, keys: readonly string[]): Record<string, string> {
  const params = new URLSearchParams(search);
  const selection: Record<string, string> = {};
  for (const key of keys) {
    const value = params.get(key);
    if (value) selection[key] = value;
  }
  return selection;
}

/** Writes a selection as a query string ("" when empty), in the order of `keys`. */
export function selectionToSearch(selection: FacetSelection, keys: readonly string[]): string {
  const params = new URLSearchParams();
  for (const key of keys) if (selection[key]) params.set(key, selection[key]);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Chooses `value` for `key` (or clears the facet when `value` is "" or already chosen). */
export function toggleSelection(selection: FacetSelection, key: string, value: string): Record<string, string> {
  const next: Record<string, string> = { ...selection };
  if (value === '' || next[key] === value) delete next[key];
  else next[key] = value;
  return next;
}

/** How many items each value would leave, given the other facets' choices (for live counts). */
export function countWithSelection(items: readonly FacetValues[], selection: FacetSelection, key: string): Map<string, number> {
  const others = Object.fromEntries(Object.entries(selection).filter(([k]) => k !== key));
  const counts = new Map<string, number>();
  for (const item of items) {
    if (!matchesSelection(item, others)) continue;
    for (const v of new Set(item[key] ?? [])) counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  return counts;
}
