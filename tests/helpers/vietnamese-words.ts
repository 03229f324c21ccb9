import { isVietnameseSyllable, KNOWN_TOKENS } from '../../src/lib/syllables';
import { VOCABULARIES } from '../../src/schemas/vocabulary';

/**
 * "Is this interface text Vietnamese?", word by word: each word must be a
 * Vietnamese syllable (src/lib/syllables.ts), an abbreviation of administrative
 * writing, a number, or one of the few reviewed words below. Raw vocabulary keys
 * (`con-hieu-luc`, `signerPosition`) are caught as well, since the admin should
 * show their labels.
 */

/** Words that stay as they are in a Vietnamese admin, each reviewed: names of formats, products and symbols editors meet as such. */
export const ALLOWED_WORDS = new Set([
	// File formats and addresses, as Vietnamese officials write them.
	'PDF',
	'URL',
	'JPEG',
	'PNG',
	'WebP',
	'HEIC',
	'HTML',
	'MB',
	'KB',
	// The name of the text format of the body field, and of the admin's software.
	'Markdown',
	'Decap',
	'CMS',
	// Names of git hosts, shown as the products are called.
	'git',
	'Git',
	'GitHub',
	'GitLab',
	'Gitea',
	'Forgejo',
	// The repository's front page, which the admin bar points to.
	'README',
	// Names of the interfaces a host's login uses, as its settings page names them.
	'API',
	'OAuth',
	// The program an editor runs for local editing (README), and the folder it saves into.
	'npm',
	'run',
	'cms',
	'content',
	'JavaScript',
	// Telex and VNI, the input methods the hints name.
	'Telex',
	'VNI',
	'Unikey',
	'EVKey',
	'iPhone',
	'GPS',
	// Keys as printed on the keyboard.
	'Ctrl',
	'Enter',
	'Esc',
	'Tab',
	'Backspace',
	// The journalism word for a lead paragraph, as Vietnamese newsrooms write it.
	'Sapo',
	// The letters of date patterns in hints: năm, tháng, ngày (NNNN-TT-NN).
	'NNNN',
	'NN',
	// A licence's own name (vocabulary `licences`).
	'Creative',
	'Commons',
	'CC',
	'CC0',
	'ID',
	'Email',
	'email',
]);

/** Every stored key of every vocabulary, which an option must never show instead of its label. */
const VOCABULARY_KEYS = new Set(Object.values(VOCABULARIES).flatMap((vocabulary) => Object.keys(vocabulary)));

const NUMBER = /^[\d.,:%]+$/u;
/** An address (`127.0.0.1:4321/`, `https://…`), a path (`content/plan-texts/`) or an identifier with digits (`muc-2-4`): written as it is typed. */
const LITERAL = /^(?:[a-z][\w+.-]*:\/\/\S+|[\w.-]+:\d+\/?\S*|[a-z]+(?:-[a-z\d]+)*-\d[a-z\d-]*|[a-z][\w.-]*\/[\w./-]*)$/u;

/** The words of `text` that fail the check, in order; a text that is exactly a vocabulary key fails whole. */
export function foreignWords(text: string): string[] {
	const trimmed = text.trim();
	if (VOCABULARY_KEYS.has(trimmed) && !isVietnameseSyllable(trimmed)) return [trimmed];
	const words = text
		.split(/\s+/u)
		.filter((token) => !LITERAL.test(token.replace(/^[(“"]+|[)”".,;]+$/gu, '')))
		.join(' ');
	return [...words.matchAll(/[\p{L}\p{M}\d]+(?:[.,:%][\d]+)*/gu)]
		.map((match) => match[0].normalize('NFC'))
		.filter((word) => !(NUMBER.test(word) || KNOWN_TOKENS.has(word) || ALLOWED_WORDS.has(word) || isVietnameseSyllable(word)));
}
