/**
 * The search page's engine: loads Pagefind once, runs a search (its `đ` as the index
 * holds it, see `strokeD`), finds which pages hold each searched word whole and which
 * are written for the public, and returns the pages ranked by `rankHits` (or by date,
 * from `searchDateOrder`), their data with `đ` as the page writes it.
 */
import { pagefindScript, searchDateOrder } from '../../lib/routes';
import { favoursGuides, PUBLIC_GUIDE_FILTER, rankHits, sortByDate, type SearchState } from '../../lib/search-query';
import { queryWords, strokeD, unstrokeD } from '../../lib/search-text';

/** What Pagefind knows of a page, loaded per result (its fragment). */
export interface PageData {
	url: string;
	/** The page's indexed text, from which the excerpt is cut. */
	content: string;
	meta: Record<string, string | undefined>;
}

/** A page that answers a search; its data is fetched only when it is shown. */
export interface Result {
	id: string;
	score: number;
	data: () => Promise<PageData>;
}

interface Pagefind {
	options: (options: Record<string, unknown>) => Promise<void>;
	init: () => Promise<void>;
	search: (term: string | null, options: Record<string, unknown>) => Promise<{ results: Result[] } | null>;
}

let loading: Promise<Pagefind> | undefined;

/** Pagefind, loaded on the first search. */
function pagefind(): Promise<Pagefind> {
	loading ??= (async () => {
		const engine = (await import(/* @vite-ignore */ pagefindScript)) as Pagefind;
		// Plans are long; a light page-length penalty keeps them above the short pages that cite them.
		// No worker: Pagefind's worker script is a second copy of its engine (12 KB compressed) for
		// every first search, and a search of this index takes milliseconds on the page's own thread.
		await engine.options({ ranking: { pageLength: 0.1 }, noWorker: true });
		await engine.init();
		return engine;
	})();
	return loading;
}

let order: Promise<string[]> | undefined;

/** The pages' ids ordered by date, loaded the first time a search is sorted by date. */
function loadDateOrder(): Promise<string[]> {
	order ??= fetch(searchDateOrder)
		.then((response) => {
			if (!response.ok) throw new Error(`${searchDateOrder}: ${response.status}`);
			return response.json() as Promise<string[]>;
		})
		.catch((error: unknown) => {
			// The next sorted search tries again.
			order = undefined;
			throw error;
		});
	return order;
}

function filtersFor(state: SearchState): Record<string, unknown> {
	const filters: Record<string, unknown> = {};
	for (const [key, values] of Object.entries(state.filters)) filters[key] = values.length === 1 ? values[0] : { any: values };
	return filters;
}

const ids = (response: { results: Result[] } | null) => (response?.results ?? []).map((result) => result.id);

/** `result` with its text and metadata shown with `đ` (the index holds it as d and a stroke). */
function shownWithD(result: Result): Result {
	return {
		...result,
		data: async () => {
			const data = await result.data();
			const meta = Object.fromEntries(Object.entries(data.meta).map(([key, value]) => [key, value && unstrokeD(value)]));
			return { ...data, content: unstrokeD(data.content), meta };
		},
	};
}

/** The pages that answer `state`, best first (or by date, when it asks for that). */
export async function findPages(state: SearchState): Promise<Result[]> {
	const engine = await pagefind();
	const filters = filtersFor(state);
	const response = await engine.search(state.q ? strokeD(state.q) : null, { filters });
	const results = (response?.results ?? []).map(shownWithD);
	if (state.sort) return sortByDate(results, await loadDateOrder(), state.sort);
	// With no words at all, Pagefind's order is kept.
	if (!state.q) return results;
	// A quoted word matches whole words only: which pages hold each word.
	const exact = await Promise.all(
		queryWords(state.q).map(async (word) => new Set(ids(await engine.search(`"${strokeD(word)}"`, { filters })))),
	);
	const guides = favoursGuides(state.q)
		? new Set(ids(await engine.search(null, { filters: { [PUBLIC_GUIDE_FILTER.key]: PUBLIC_GUIDE_FILTER.value } })))
		: new Set<string>();
	return rankHits(results, exact, guides);
}
