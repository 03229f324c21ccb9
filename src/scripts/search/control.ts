/**
 * The search page's control: reads the query and filters from the URL, asks the engine
 * (`./pagefind`), shows the results (`./render`) ten at a time, and keeps the URL in step
 * so that a search can be shared and the back button works. The form and the results are
 * shown by this script: without it the page says that search needs JavaScript and offers
 * the topic pages instead.
 */
import { readSearchState, writeSearchState, type SearchState } from '../../lib/search-query';
import { queryWords } from '../../lib/search-text';
import { ui } from '../../ui-strings';
import { findPages, type Result } from './pagefind';
import { renderResult } from './render';

const PAGE_SIZE = 10;
const form = document.querySelector<HTMLFormElement>('#search-form')!;
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const status = document.querySelector<HTMLElement>('#search-status')!;
const list = document.querySelector<HTMLOListElement>('#search-results')!;
const more = document.querySelector<HTMLButtonElement>('#search-more')!;
const noScript = document.querySelector<HTMLElement>('#search-no-js')!;

let results: Result[] = [];
let words: string[] = [];
let shown = 0;
let run = 0;

/** Adds the next page of results; the button stays only while some are left. */
async function showMore(current: number): Promise<void> {
	const next = results.slice(shown, shown + PAGE_SIZE);
	// A second tap while a page loads would add the same results twice.
	more.disabled = true;
	const rendered = await Promise.all(next.map(async (result) => renderResult(document, await result.data(), words)));
	more.disabled = false;
	if (current !== run) return;
	list.append(...rendered);
	shown += next.length;
	more.hidden = shown >= results.length;
}

async function search(state: SearchState): Promise<void> {
	const current = ++run;
	list.setAttribute('aria-busy', 'true');
	list.replaceChildren();
	more.hidden = true;
	results = [];
	shown = 0;
	words = queryWords(state.q);
	if (!state.q && Object.keys(state.filters).length === 0) {
		status.textContent = ui.search.prompt;
		list.setAttribute('aria-busy', 'false');
		return;
	}
	status.textContent = ui.search.searching;
	const found = await findPages(state);
	if (current !== run) return;
	results = found;
	await showMore(current);
	if (current !== run) return;
	// Announced once the results are on the page, so a screen reader can go straight to them.
	status.textContent = results.length === 0 ? ui.search.none(state.q) : ui.search.found(results.length, state.q);
	list.setAttribute('aria-busy', 'false');
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
form.hidden = false;
status.hidden = false;
const initial = readSearchState(new URLSearchParams(location.search));
fillForm(initial);
void search(initial);
