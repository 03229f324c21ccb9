/**
 * Vietnamese typed without marks: Pagefind folds tone and vowel marks ("dieu"
 * finds "điều"'s "ie") but keeps `đ` a letter of its own, so "dieu" would not
 * find "điều". `đ` only ever starts a syllable, so for every word that starts
 * with d the query is also tried with đ; the results are merged. The index is
 * left untouched: nothing is added to what a phone downloads.
 */

/** At most this many words are varied (2^3 = 8 searches). */
const MAX_VARIED_WORDS = 3;

/** The query and its variants with `đ` for initial `d`, the query as typed first. */
export function queryVariants(query: string): string[] {
	const words = query.trim().split(/\s+/u).filter(Boolean);
	const varied = words
		.map((word, index) => ({ word, index }))
		.filter(({ word }) => /^[dD]\p{L}/u.test(word))
		.slice(0, MAX_VARIED_WORDS);
	const variants: string[] = [];
	for (let mask = 0; mask < 1 << varied.length; mask += 1) {
		const next = [...words];
		varied.forEach(({ word, index }, bit) => {
			if (mask & (1 << bit)) next[index] = `${word[0] === 'D' ? 'Đ' : 'đ'}${word.slice(1)}`;
		});
		variants.push(next.join(' '));
	}
	return variants;
}

/** One search hit as the merger needs it. */
export interface Hit {
	id: string;
	score: number;
}

/** Merges the hits of several variant searches: one entry per page, best score, best first. */
export function mergeHits<T extends Hit>(lists: readonly (readonly T[])[]): T[] {
	const best = new Map<string, T>();
	for (const list of lists) {
		for (const hit of list) {
			const current = best.get(hit.id);
			if (!current || hit.score > current.score) best.set(hit.id, hit);
		}
	}
	return [...best.values()].sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
}

/** Search state as it lives in the URL: `/tim-kiem/?q=...&loai=...&nam=...`. */
export interface SearchState {
	q: string;
	filters: Record<string, string[]>;
	sort: '' | 'moi' | 'cu';
}

/**
 * The search filters, each by what it filters: the key is both the URL parameter
 * (`?loai=Tin+tức`) and the Pagefind filter pages declare (`data-pagefind-filter`).
 */
export const SEARCH_FILTERS = { type: 'loai', year: 'nam', locality: 'dia-ban', audience: 'doi-tuong' } as const;

/** The filter keys, in the order the URL writes them. */
export const FILTER_KEYS = Object.values(SEARCH_FILTERS);

/** Reads the search state from a URL query string. */
export function readSearchState(params: URLSearchParams): SearchState {
	const filters: Record<string, string[]> = {};
	for (const key of FILTER_KEYS) {
		const values = params.getAll(key).filter(Boolean);
		if (values.length > 0) filters[key] = values;
	}
	const sort = params.get('sap-xep');
	return { q: (params.get('q') ?? '').trim(), filters, sort: sort === 'moi' || sort === 'cu' ? sort : '' };
}

/** Writes the search state back as a query string (stable order, empty parts left out). */
export function writeSearchState(state: SearchState): string {
	const params = new URLSearchParams();
	if (state.q) params.set('q', state.q);
	for (const key of FILTER_KEYS) for (const value of state.filters[key] ?? []) params.append(key, value);
	if (state.sort) params.set('sap-xep', state.sort);
	return params.toString();
}
