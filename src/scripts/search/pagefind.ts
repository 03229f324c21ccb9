/**
 * The search page's engine: loads Pagefind once, runs a search in its variants (`đ` for
 * initial d, see `queryVariants`), finds which pages hold each searched word whole and
 * which are written for the public, and returns the pages ranked by `rankHits`.
 */
import { pagefindScript } from '../../lib/routes';
import { favoursGuides, PUBLIC_GUIDE_FILTER, queryVariants, rankHits, withD, type SearchState } from '../../lib/search-query';
import { queryWords } from '../../lib/search-text';

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

function filtersFor(state: SearchState): Record<string, unknown> {
	const filters: Record<string, unknown> = {};
	for (const [key, values] of Object.entries(state.filters)) filters[key] = values.length === 1 ? values[0] : { any: values };
	return filters;
}

const ids = (response: { results: Result[] } | null) => (response?.results ?? []).map((result) => result.id);

/** The pages that answer `state`, best first (or by date, when it asks for that). */
export async function findPages(state: SearchState): Promise<Result[]> {
	const engine = await pagefind();
	const filters = filtersFor(state);
	const sort = state.sort ? { sort: { date: state.sort === 'moi' ? 'desc' : 'asc' } } : {};
	const variants = state.q ? queryVariants(state.q) : [null];
	const lists = (await Promise.all(variants.map((variant) => engine.search(variant, { filters, ...sort })))).map(
		(response) => response?.results ?? [],
	);
	// By date (or with no words at all), the first variant's order is kept and the others appended.
	if (state.sort || !state.q) return [...new Map(lists.flat().map((result) => [result.id, result])).values()];
	// A quoted word matches whole words only: which pages hold each word as written or with đ.
	const exact = await Promise.all(
		queryWords(state.q).map(async (word) => {
			const forms = [word, withD(word)].filter((form): form is string => form !== undefined);
			const found = await Promise.all(forms.map((form) => engine.search(`"${form}"`, { filters })));
			return new Set(found.flatMap(ids));
		}),
	);
	const guides = favoursGuides(state.q)
		? new Set(ids(await engine.search(null, { filters: { [PUBLIC_GUIDE_FILTER.key]: PUBLIC_GUIDE_FILTER.value } })))
		: new Set<string>();
	return rankHits(lists, exact, guides);
}
