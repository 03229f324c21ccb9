/**
 * The search page: reads the query and filters from the URL, runs Pagefind
 * (once per `đ` variant of the query, see `queryVariants`), shows the results,
 * and keeps the URL in step so that a search can be shared and the back
 * button works. Without this script the form still submits and the page says
 * how to browse without search.
 */
import { pagefindScript } from '../lib/routes';
import { mergeHits, queryVariants, readSearchState, writeSearchState, type SearchState } from '../lib/search-query';

interface PagefindResultData {
	url: string;
	excerpt: string;
	meta: Record<string, string | undefined>;
}

interface PagefindResult {
	id: string;
	score: number;
	data: () => Promise<PagefindResultData>;
}

interface Pagefind {
	options: (options: Record<string, unknown>) => Promise<void>;
	init: () => Promise<void>;
	search: (term: string | null, options: Record<string, unknown>) => Promise<{ results: PagefindResult[] } | null>;
}

const PAGE_SIZE = 10;
const form = document.querySelector<HTMLFormElement>('#search-form')!;
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const status = document.querySelector<HTMLElement>('#search-status')!;
const list = document.querySelector<HTMLOListElement>('#search-results')!;
const more = document.querySelector<HTMLButtonElement>('#search-more')!;
const noScript = document.querySelector<HTMLElement>('#search-no-js')!;

let pagefind: Pagefind | undefined;
let hits: PagefindResult[] = [];
let shown = 0;
let run = 0;

async function loadPagefind(): Promise<Pagefind> {
	if (!pagefind) {
		const url = pagefindScript;
		pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
		// Plans are long; a light page-length penalty keeps them above the short pages that cite them.
		await pagefind.options({ excerptLength: 24, ranking: { pageLength: 0.1 } });
		await pagefind.init();
	}
	return pagefind;
}

/** Copies a Pagefind excerpt as text, keeping only its <mark> highlights. */
function excerptNodes(html: string): Node[] {
	const parsed = new DOMParser().parseFromString(`<p>${html}</p>`, 'text/html').body.firstChild;
	return [...(parsed?.childNodes ?? [])].map((node) => {
		if (node.nodeName === 'MARK') {
			const mark = document.createElement('mark');
			mark.textContent = node.textContent;
			return mark;
		}
		return document.createTextNode(node.textContent ?? '');
	});
}

function renderResult(data: PagefindResultData): HTMLLIElement {
	const item = document.createElement('li');
	item.className = 'result';
	const meta = document.createElement('p');
	meta.className = 'result-meta';
	const type = document.createElement('span');
	type.className = 'badge';
	type.textContent = data.meta.type ?? 'Trang';
	meta.append(type);
	if (data.meta.date) meta.append(document.createTextNode(` ${data.meta.date}`));
	const heading = document.createElement('h2');
	const link = document.createElement('a');
	link.href = data.url;
	link.textContent = data.meta.title ?? data.url;
	heading.append(link);
	const excerpt = document.createElement('p');
	excerpt.className = 'result-excerpt';
	excerpt.append(...excerptNodes(data.excerpt));
	item.append(meta, heading, excerpt);
	return item;
}

async function showMore(current: number): Promise<void> {
	const next = hits.slice(shown, shown + PAGE_SIZE);
	const rendered = await Promise.all(next.map(async (hit) => renderResult(await hit.data())));
	if (current !== run) return;
	list.append(...rendered);
	shown += next.length;
	more.hidden = shown >= hits.length;
}

function filtersFor(state: SearchState): Record<string, unknown> {
	const filters: Record<string, unknown> = {};
	for (const [key, values] of Object.entries(state.filters)) filters[key] = values.length === 1 ? values[0] : { any: values };
	return filters;
}

async function search(state: SearchState): Promise<void> {
	const current = ++run;
	list.replaceChildren();
	more.hidden = true;
	hits = [];
	shown = 0;
	const hasFilters = Object.keys(state.filters).length > 0;
	if (!state.q && !hasFilters) {
		status.textContent = 'Nhập từ khóa, có thể gõ không dấu: ví dụ "cai nghien tu nguyen".';
		return;
	}
	status.textContent = 'Đang tìm…';
	const engine = await loadPagefind();
	const options = { filters: filtersFor(state), ...(state.sort ? { sort: { date: state.sort === 'moi' ? 'desc' : 'asc' } } : {}) };
	const variants = state.q ? queryVariants(state.q) : [null];
	const responses = await Promise.all(variants.map((variant) => engine.search(variant, options)));
	if (current !== run) return;
	const lists = responses.map((response) => response?.results ?? []);
	// Sorted by date, the first variant's order is kept and the others appended; by relevance, the best score wins.
	hits = state.sort ? [...new Map(lists.flat().map((hit) => [hit.id, hit])).values()] : mergeHits(lists);
	await showMore(current);
	if (current !== run) return;
	// Announced once the results are on the page, so a screen reader can go straight to them.
	const label = state.q ? ` cho “${state.q}”` : '';
	status.textContent =
		hits.length === 0 ? `Không tìm thấy kết quả nào${label}. Thử từ khác, hoặc bỏ bớt bộ lọc.` : `Tìm thấy ${hits.length} kết quả${label}.`;
}

function stateFromForm(): SearchState {
	return readSearchState(new URLSearchParams(new FormData(form) as unknown as Record<string, string>));
}

function fillForm(state: SearchState): void {
	input.value = state.q;
	for (const field of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
		field.checked = (state.filters[field.name] ?? []).includes(field.value);
	}
	for (const select of form.querySelectorAll<HTMLSelectElement>('select')) {
		select.value = select.name === 'sap-xep' ? state.sort : (state.filters[select.name]?.[0] ?? '');
	}
}

function submit(): void {
	const state = stateFromForm();
	const query = writeSearchState(state);
	history.pushState(null, '', query ? `?${query}` : location.pathname);
	void search(state);
}

form.addEventListener('submit', (event) => {
	event.preventDefault();
	submit();
});
form.addEventListener('change', (event) => {
	if ((event.target as HTMLElement).matches('input[type="checkbox"], select')) submit();
});
more.addEventListener('click', () => void showMore(run));
window.addEventListener('popstate', () => {
	const state = readSearchState(new URLSearchParams(location.search));
	fillForm(state);
	void search(state);
});

noScript.hidden = true;
for (const control of form.querySelectorAll<HTMLButtonElement | HTMLInputElement>('[disabled]')) control.disabled = false;
const initial = readSearchState(new URLSearchParams(location.search));
fillForm(initial);
void search(initial);
