/**
 * The YAML parse of content files kept between builds: parsing is most of the content
 * check's time (about 1.5 of 2.9 s at 10,000 items), and a build after one edit parses
 * one file. An entry is keyed by the file's name and text, the parser's code and the yaml
 * package's version, so any change of either parses again. Only what is not a function
 * is kept; the line of a field (`lineOf`), needed only to report a problem, parses that
 * one file again when asked.
 */
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { parseContentFile, splitContentFile, type ParsedFile } from './parse';

/** What a parse found that can be stored: v8-serialisable (Infinity, NaN and -0 stay themselves). */
export interface KeptParse {
	data: unknown;
	commentLines: number[];
	problems: ParsedFile['problems'];
}

const PARSER = createHash('sha256')
	.update((createRequire(import.meta.url)('yaml/package.json') as { version: string }).version)
	.update(parseContentFile.toString())
	.update(splitContentFile.toString())
	.digest('hex');

const keyOf = (file: string, text: string) => createHash('sha256').update(PARSER).update(file).update('\0').update(text).digest('base64');

/**
 * `parseContentFile`, answered from `previous` where the same file was parsed before; every
 * parse of this run, kept or new, goes into `next` (so entries of deleted files fall away).
 */
export function keptParser(previous: ReadonlyMap<string, KeptParse>, next: Map<string, KeptParse>): typeof parseContentFile {
	return (file, text) => {
		const key = keyOf(file, text);
		const kept = previous.get(key);
		if (kept === undefined) {
			const parsed = parseContentFile(file, text);
			next.set(key, { data: parsed.data, commentLines: parsed.commentLines, problems: parsed.problems });
			return parsed;
		}
		next.set(key, kept);
		let full: ParsedFile | undefined;
		const { body, bodyLine } = splitContentFile(file, text);
		return { file, ...kept, body, bodyLine, lineOf: (path) => (full ??= parseContentFile(file, text)).lineOf(path) };
	};
}
