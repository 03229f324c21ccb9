import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { slugify } from './slug';
import { labelCells, TABLE_CLASS } from './table';
import { toNfc } from './text';

/**
 * Renders what an editor typed (news bodies, static pages) to HTML, the same way
 * on the site and in the CMS preview. micromark escapes raw HTML, so `<script>`,
 * `<b onclick>` or `a < b` stay text; `{` and `}` are ordinary characters (this is
 * Markdown, not MDX); `javascript:` links lose their target. The HTML it emits is
 * its own, so the touch-ups below can rely on its exact shape.
 */
const options = { extensions: [gfm()], htmlExtensions: [gfmHtml()] };

/**
 * Lines after which a paragraph is broken in two. GFM's autolink literals walk back over the
 * paragraph at each word, so one paragraph of n lines costs n² (a pasted 16,000-line
 * paragraph took 33 s). A text's paragraphs are far shorter than this, so their output is
 * unchanged; past it, a blank line goes between two lines of plain prose (each starting
 * with a letter, without a table bar), never inside fenced code.
 */
export const PARAGRAPH_LINES = 200;

const isProse = (line: string | undefined) => line !== undefined && /^\p{L}/u.test(line) && !line.includes('|');

function boundParagraphs(source: string): string {
	const lines = source.split('\n');
	if (lines.length <= PARAGRAPH_LINES) return source;
	const out: string[] = [];
	let run = 0;
	let fence: string | undefined;
	for (const line of lines) {
		const marker = /^ {0,3}(`{3,}|~{3,})/u.exec(line)?.[1];
		if (marker && fence === undefined) fence = marker;
		else if (marker && fence !== undefined && marker[0] === fence[0] && marker.length >= fence.length) fence = undefined;
		if (fence === undefined && run >= PARAGRAPH_LINES && isProse(line) && isProse(out.at(-1))) {
			out.push('');
			run = 0;
		}
		run = line.trim() === '' ? 0 : run + 1;
		out.push(line);
	}
	return out.join('\n');
}

export function renderMarkdown(source: string): string {
	const html = micromark(boundParagraphs(toNfc(source)), options);
	const ids = new Set<string>();
	// The next suffix to try for each base, so a thousand headings of one text cost a thousand steps, not half a million.
	const nextSuffix = new Map<string, number>();
	return labelCells(
		html
			// The page title is the only h1: body headings start at h2, each with an anchor.
			.replace(/<h([1-5])>(.*?)<\/h\1>/gu, (_, level: string, inner: string) => {
				const base = slugify(inner.replace(/<[^>]+>/gu, '').replace(/&[a-z]+;/gu, ' ')) || 'muc';
				let id = base;
				let n = nextSuffix.get(base) ?? 2;
				for (; ids.has(id); n += 1) id = `${base}-${n}`;
				nextSuffix.set(base, n);
				ids.add(id);
				const next = Number(level) + 1;
				return `<h${next} id="${id}">${inner}</h${next}>`;
			})
			// Links whose target was unsafe are left as plain text.
			.replace(/<a href="">(.*?)<\/a>/gu, '$1')
			// Links to other sites do not get a handle on this page.
			.replace(/<a href="(https?:\/\/[^"]*)">/gu, '<a href="$1" rel="noopener">')
			// Pictures belong in the lead image field, where they are resized and stripped of
			// EXIF data; one typed into a body shows as its description only.
			.replace(/<img src="[^"]*" alt="([^"]*)" \/>/gu, '<span class="image-text">[Ảnh: $1]</span>')
			// A table stacks its rows on a phone, as every table of the site does (src/lib/table.ts).
			.replace(/<table>/gu, `<div class="${TABLE_CLASS}" data-layout="stack"><table>`)
			.replace(/<\/table>/gu, '</table></div>'),
	);
}
