import { foldVietnamese } from './slug';

/**
 * What a search result shows of its page: an excerpt of whole words around the words
 * searched for, with an ellipsis where it cuts the text, and only words that are the
 * searched words (marks and `đ` folded: "tri" marks "trị", never "trình") marked.
 * Pagefind matches prefixes and picks its excerpt by them; this works from the page's
 * text, so what is marked is what was asked.
 */

/** A piece of an excerpt: text as on the page, marked when it is a searched word. */
export interface Segment {
	text: string;
	mark: boolean;
}

/** Runs of letters and digits: the words of a text for matching (`146/KH-UBND` is 146, KH, UBND). */
const WORD = /[\p{L}\p{N}]+/gu;

/** A word as it is compared: no marks, `đ` as d, lower case. */
export const foldWord = (word: string): string => foldVietnamese(word).toLowerCase();

/**
 * `đ` as the search index holds it: d and a combining short stroke (U+0335). Pagefind
 * strips marks ("dieu" finds "điều"'s "iề") but keeps `đ` a letter of its own, so "dieu",
 * typed without marks, would not find "điều"; written this way it is indexed under "dieu".
 * The indexer writes it into the text Pagefind reads (never into the pages served), the
 * search page into the query, and `unstrokeD` turns it back into `đ` in what a result shows.
 */
export const strokeD = (text: string): string => text.replace(/đ/gu, 'd\u0335').replace(/Đ/gu, 'D\u0335');

/** `đ` again where `strokeD` wrote d and the stroke. */
export const unstrokeD = (text: string): string => text.replace(/d\u0335/gu, 'đ').replace(/D\u0335/gu, 'Đ');

/** The distinct words of a query, as typed, in order; at most `limit` of them. */
export function queryWords(query: string, limit = 8): string[] {
	const seen = new Set<string>();
	const words: string[] = [];
	for (const [word] of query.matchAll(WORD)) {
		const folded = foldWord(word);
		if (seen.has(folded) || words.length >= limit) continue;
		seen.add(folded);
		words.push(word);
	}
	return words;
}

interface Word {
	start: number;
	end: number;
	folded: string;
}

/**
 * The excerpt of `text` of about `length` words that holds the most of the searched
 * `words` (then the most matches), cut at word boundaries, "…" where text is left out.
 */
export function excerptSegments(text: string, words: readonly string[], length = 30): Segment[] {
	const wanted = new Set(words.map(foldWord));
	const all: Word[] = [...text.matchAll(WORD)].map((match) => ({
		start: match.index,
		end: match.index + match[0].length,
		folded: foldWord(match[0]),
	}));
	if (all.length === 0) return [];
	const matches = all.map((word) => wanted.has(word.folded));
	let best = { first: 0, distinct: -1, count: -1 };
	// Windows start on a match (or at the top when none): the best one wins, the earliest on a tie.
	for (let first = 0; first < all.length; first += 1) {
		if (first > 0 && !matches[first]) continue;
		const window = all.slice(first, first + length);
		const hits = window.filter((word) => wanted.has(word.folded));
		const distinct = new Set(hits.map((word) => word.folded)).size;
		if (distinct > best.distinct || (distinct === best.distinct && hits.length > best.count))
			best = { first, distinct, count: hits.length };
	}
	// Start a few words before the first match, so it is read in its sentence.
	const first = Math.max(0, Math.min(best.first - 3, all.length - length));
	const last = Math.min(all.length, first + length) - 1;
	const segments: Segment[] = [];
	const push = (piece: string, mark: boolean) => {
		if (!piece) return;
		const previous = segments.at(-1);
		if (previous && previous.mark === mark && !mark) previous.text += piece;
		else segments.push({ text: piece, mark });
	};
	if (first > 0) push('… ', false);
	// From the top of the text, what comes before its first word (a quote mark, say) stays.
	let cursor = first === 0 ? text.length - text.trimStart().length : all[first]!.start;
	for (let index = first; index <= last; index += 1) {
		const word = all[index]!;
		push(text.slice(cursor, word.start).replace(/\s+/gu, ' '), false);
		push(text.slice(word.start, word.end), matches[index]!);
		cursor = word.end;
	}
	// Punctuation right after the last word stays with it ("túy." rather than "túy …").
	const tail = /^[^\s\p{L}\p{N}]*/u.exec(text.slice(cursor))?.[0] ?? '';
	push(tail, false);
	if (last < all.length - 1) push(' …', false);
	return segments;
}
