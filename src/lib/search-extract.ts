/**
 * The part of a built page the search index reads, so Pagefind parses about a
 * fifth of each page instead of all of it (11,900 pages on every build, full or
 * incremental). With `data-pagefind-body` on the page, Pagefind indexes only that
 * element and, outside it, the `data-pagefind-meta`, `-filter` and `-sort` tags;
 * the extract keeps exactly those (an ignore or a weight outside the body has no
 * effect), so it indexes to the same records as the page
 * (tests/site/search-extract.test.ts builds both and compares them byte for byte).
 * No I/O.
 */

import { strokeD } from './search-text';

/** What follows a tag's name up to its `>`: attribute values quoted or not (a title may hold `>`). */
const ATTRIBUTES = String.raw`(?:[^>"']|"[^"]*"|'[^']*')*`;

/** A start tag, its name and its attributes. */
const START_TAG = new RegExp(String.raw`<([a-zA-Z][\w-]*)\b(${ATTRIBUTES})>`, 'gu');

/**
 * The extract of `html`, the page itself when its shape is not the one the
 * layout writes (one `<main data-pagefind-body>`, search tags outside it only on
 * `<meta>`), or undefined when the page has no search body (Pagefind would drop it).
 */
export function searchExtract(html: string): string | undefined {
	if (!html.includes('data-pagefind-body')) return undefined;
	let root = '<html>';
	let body: { start: number; end: number } | undefined;
	const outside: string[] = [];
	const tags = new RegExp(START_TAG);
	for (let tag = tags.exec(html); tag; tag = tags.exec(html)) {
		const [text, name = '', attributes = ''] = tag;
		const lower = name.toLowerCase();
		// A script's or style's text is not markup: a `<` in it would start a false tag.
		if (lower === 'script' || lower === 'style') {
			const close = html.indexOf(`</${lower}>`, tags.lastIndex);
			if (close === -1) return html;
			tags.lastIndex = close;
		}
		if (lower === 'html') root = text;
		if (lower === 'main' && /\sdata-pagefind-body\b/u.test(attributes)) {
			const end = html.indexOf('</main>', tag.index);
			// A second search body, or one that never closes: let Pagefind read the page.
			if (body || end === -1) return html;
			body = { start: tag.index, end: end + '</main>'.length };
			tags.lastIndex = body.end;
			continue;
		}
		// Outside the body only these count (an ignore or a weight there changes nothing).
		if (!/\sdata-pagefind-(?:meta|filter|sort)\b/u.test(attributes)) continue;
		// An element whose search attribute takes its text (not a <meta>) is not worth a special case.
		if (lower !== 'meta') return html;
		outside.push(text);
	}
	if (!body) return html;
	// A nested <main> would end the body early: not a shape the layout writes.
	const inner = html.slice(body.start, body.end);
	if (inner.indexOf('<main', 1) !== -1) return html;
	return `<!doctype html>${root}<head>${outside.join('')}</head><body>${inner}</body></html>`;
}

/**
 * Markup whose text Pagefind does not index as words, kept as it is: a script or
 * style with its content, a comment, a tag (its attribute values quoted or not).
 */
const MARKUP = new RegExp(String.raw`(<(script|style)\b[\s\S]*?<\/\2>|<!--[\s\S]*?-->|<${ATTRIBUTES}>)|[^<]+`, 'giu');

/**
 * `html` with `đ` written as `strokeD` writes it in its text only: attribute values
 * (filters, metadata) keep `đ`, so a filter still matches the value in the URL.
 */
export function strokeDInText(html: string): string {
	return html.replace(MARKUP, (piece, markup: string | undefined) => (markup ? piece : strokeD(piece)));
}
