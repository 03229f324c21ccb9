/**
 * Verbatim quotes checked against a document's text. Both sides are compared
 * after NFC, collapsed whitespace and one form of quotation marks and dashes;
 * diacritics and letter case are kept, so a quote proves the words as written.
 */

/** The text as a quote is compared: NFC, one kind of quotes, apostrophes and dashes, single spaces. */
export function normaliseForQuote(text: string): string {
	return text
		.normalize('NFC')
		.replace(/[\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033]/gu, '"')
		.replace(/[\u2018\u2019\u201A\u201B\u2032]/gu, "'")
		.replace(/[\u2010-\u2015\u2212]/gu, '-')
		.replace(/\u2026/gu, '...')
		.replace(/\s+/gu, ' ')
		.trim();
}

/** Where a quote leaves words out: "[…]" or "[...]". */
export const ELISION = /\s*\[(?:\u2026|\.\.\.)\]\s*/u;

const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/** Index of `fragment` in `text` from `from`, standing on word boundaries at both ends, or -1. */
function indexOfWhole(text: string, fragment: string, from: number): number {
	let at = text.indexOf(fragment, from);
	while (at !== -1) {
		const before = text[at - 1];
		const after = text[at + fragment.length];
		const startsClean = !WORD_CHARACTER.test(fragment[0] ?? '') || before === undefined || !WORD_CHARACTER.test(before);
		const endsClean = !WORD_CHARACTER.test(fragment.at(-1) ?? '') || after === undefined || !WORD_CHARACTER.test(after);
		if (startsClean && endsClean) return at;
		at = text.indexOf(fragment, at + 1);
	}
	return -1;
}

/**
 * Whether `quote` stands in `text`: every fragment between elisions, in order,
 * each beginning and ending on a word boundary ("ai nghiện" is not in "cai nghiện").
 */
export function quoteOccursIn(quote: string, text: string): boolean {
	const haystack = normaliseForQuote(text);
	const fragments = quote
		.split(ELISION)
		.map(normaliseForQuote)
		.filter((fragment) => fragment !== '');
	if (fragments.length === 0) return false;
	let from = 0;
	for (const fragment of fragments) {
		const at = indexOfWhole(haystack, fragment, from);
		if (at === -1) return false;
		from = at + fragment.length;
	}
	return true;
}

/** How many words a quote holds, elisions apart. */
export function quoteWordCount(quote: string): number {
	return (
		quote
			.split(ELISION)
			.join(' ')
			.match(/[\p{L}\p{N}]+/gu)?.length ?? 0
	);
}

/** The numbers written in a text, leading zeros dropped ("02" is 2, "7/7" is 7 and 7). */
export function numbersIn(text: string): string[] {
	return (text.match(/\d+/gu) ?? []).map((digits) => digits.replace(/^0+(?=\d)/u, ''));
}

/** The numbers of `text` that none of `evidence` holds: a figure the sources do not give. */
export function unsupportedNumbers(text: string, evidence: readonly string[]): string[] {
	const known = new Set(evidence.flatMap(numbersIn));
	return [...new Set(numbersIn(text).filter((number) => !known.has(number)))];
}

/** Words that qualify a figure or a promise; a claim drawn from a quote that has one keeps it. */
const QUALIFIERS: readonly { label: string; pattern: RegExp }[] = [
	{ label: 'phấn đấu', pattern: /phấn đấu/iu },
	{ label: 'ít nhất', pattern: /ít nhất/iu },
	{ label: 'trên', pattern: /(?<![\p{L}])trên \d/iu },
];

/** Qualifiers of `quote` ("trên 50%", "ít nhất 02", "phấn đấu") that `text` leaves out. */
export function droppedQualifiers(text: string, quote: string): string[] {
	return QUALIFIERS.filter(({ pattern }) => pattern.test(normaliseForQuote(quote)) && !pattern.test(normaliseForQuote(text))).map(
		({ label }) => label,
	);
}
