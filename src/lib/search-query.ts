import type { PageKind } from './routes';

/**
 * Vietnamese typed without marks: Pagefind folds tone and vowel marks ("dieu" finds
 * "điều"'s "iề") but keeps `đ` a letter of its own. The index holds `đ` as d and a
 * mark Pagefind strips (`strokeD`, src/lib/search-text.ts), so "dieu" and "điều" are
 * one word in it and a query is one search, each word's chunk loaded once (on the demo,
 * "dieu tri methadone" fetches three chunks, one a word). The variants this replaced (`đ`
 * tried for every initial d, up to 8 searches) loaded a chunk per form.
 */

/** One search hit as the ranking needs it. */
export interface Hit {
	id: string;
	score: number;
}

/** How much a page written for the public counts over the others of equal match (see `rankHits`). */
export const PUBLIC_GUIDE_BOOST = 2;

/** The kinds of page written to answer the public: help (with the families' page) and the campaigns. */
export const PUBLIC_GUIDE_KINDS: readonly PageKind[] = ['help', 'campaign'];

/**
 * Whether a query is a question in words, as a family asks it, for which pages written for
 * the public count higher. A query with a number asks for a document, a year or a figure
 * ("146/KH-UBND", "nghi dinh 116", "Lai Chau 2025"): it is ranked on its match alone.
 */
export function favoursGuides(query: string): boolean {
	return !/\p{N}/u.test(query);
}

/**
 * Orders the hits of a search: first by how many of the searched words the page holds as
 * whole words (`exact`, one set of page ids per word: Pagefind also matches prefixes, so
 * "than" finds "thành"), then by score, a page written for the public (`guides`) counting
 * `PUBLIC_GUIDE_BOOST` times, so that a family's question reaches the help pages before
 * internal ones.
 */
export function rankHits<T extends Hit>(
	hits: readonly T[],
	exact: readonly ReadonlySet<string>[] = [],
	guides: ReadonlySet<string> = new Set(),
): T[] {
	const ranked = hits.map((hit) => ({
		hit,
		words: exact.filter((ids) => ids.has(hit.id)).length,
		score: hit.score * (guides.has(hit.id) ? PUBLIC_GUIDE_BOOST : 1),
	}));
	ranked.sort((a, b) => b.words - a.words || b.score - a.score || a.hit.id.localeCompare(b.hit.id));
	return ranked.map(({ hit }) => hit);
}

/**
 * Sorting by date is not Pagefind's: its sort keys live in the metadata file every first search
 * loads (2 bytes a page, 22 KB of a 10,000-item site's first search), for an option few searches
 * use. The index step writes instead, beside the index, the ids of the pages ordered by date
 * (`searchDateOrder`, src/lib/routes.ts), which the search page loads only when asked to sort.
 */
export const SEARCH_DATE_META = 'sort-date';

/** A page's id in the index and its `SEARCH_DATE_META` (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`; none for an undated page). */
export interface DatedPage {
	id: string;
	date: string | undefined;
}

/** The ids, oldest first: an undated page before every dated one, ties by id (the same order every build). */
export function dateOrder(pages: readonly DatedPage[]): string[] {
	return [...pages].sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '') || a.id.localeCompare(b.id)).map((page) => page.id);
}

/** `results` by date, newest (`moi`) or oldest (`cu`) first, from `oldestFirst` (`dateOrder`); an id it lacks counts as undated. */
export function sortByDate<T extends { id: string }>(results: readonly T[], oldestFirst: readonly string[], sort: 'moi' | 'cu'): T[] {
	const rank = new Map(oldestFirst.map((id, index) => [id, index]));
	const sign = sort === 'moi' ? -1 : 1;
	return [...results].sort((a, b) => sign * ((rank.get(a.id) ?? -1) - (rank.get(b.id) ?? -1)));
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

/**
 * A filter no control offers: it marks the pages written to answer the public (`PUBLIC_GUIDE_KINDS`),
 * which `rankHits` counts higher. Its own key keeps the file the browser loads for it to
 * those few pages, however many news items the site holds.
 */
export const PUBLIC_GUIDE_FILTER = { key: 'trang-cho-nguoi-dan', value: 'co' } as const;

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
