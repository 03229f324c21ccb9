/**
 * The search page's results as elements: built here from a page's data and the words
 * searched for, in the document given (the page's, or linkedom's in the unit tests).
 * Text goes in as text; only the excerpt's marks are elements.
 */
import { excerptSegments } from '../../lib/search-text';
import { searchTypes } from '../../ui-strings';
import type { PageData } from './pagefind';

/** The excerpt of a page's text around the searched words, whole words marked. */
export function renderExcerpt(document: Document, text: string, words: readonly string[]): HTMLParagraphElement {
	const excerpt = document.createElement('p');
	excerpt.className = 'result-excerpt';
	for (const segment of excerptSegments(text, words)) {
		if (!segment.mark) {
			excerpt.append(document.createTextNode(segment.text));
			continue;
		}
		const mark = document.createElement('mark');
		mark.textContent = segment.text;
		excerpt.append(mark);
	}
	return excerpt;
}

/** One result: its type and date, its title as a link, its excerpt. */
export function renderResult(document: Document, data: PageData, words: readonly string[]): HTMLLIElement {
	const item = document.createElement('li');
	item.className = 'result';
	const meta = document.createElement('p');
	meta.className = 'result-meta';
	const type = document.createElement('span');
	type.className = 'badge';
	type.textContent = data.meta.type ?? searchTypes.page;
	meta.append(type);
	if (data.meta.date) meta.append(document.createTextNode(` ${data.meta.date}`));
	const heading = document.createElement('h2');
	const link = document.createElement('a');
	link.href = data.url;
	link.textContent = data.meta.title ?? data.url;
	heading.append(link);
	item.append(meta, heading, renderExcerpt(document, data.content, words));
	return item;
}
