/**
 * Reading a content file as an editor wrote it: YAML 1.2 (where `2026-02-30` stays a string
 * and fails as a date, instead of rolling over to 2 March as YAML 1.1 does), the line of every
 * field, and validation against a schema with Vietnamese messages.
 */
import { z } from 'astro/zod';
import { isMap, isScalar, isSeq, Lexer, LineCounter, parseDocument } from 'yaml';
import type { ContentProblem } from './problem';

/** A content file with its data parsed: a YAML file, or the front matter of a Markdown or MDX file. */
export interface ParsedFile {
	file: string;
	/** The parsed data; undefined when the YAML is broken. */
	data: unknown;
	/** The Markdown after the front matter (empty for YAML files). */
	body: string;
	/** 1-based line of the body's first line. */
	bodyLine: number;
	/** The line of a field, or of its nearest parent that exists. */
	lineOf: (path: readonly PropertyKey[]) => number | undefined;
	/** 1-based lines holding a YAML comment (`# …`), which a save through the CMS drops. */
	commentLines: number[];
	problems: ContentProblem[];
}

// The lexer's markers for a document start, a scalar and a flow error take no room in the text.
const MARKER = /^[\u0002\u0018\u001f]$/u;

/** Offsets of the YAML comments in a text, from the parser's own lexer (a `#` inside a string is no comment). */
function commentOffsets(yamlText: string): number[] {
	const offsets: number[] = [];
	let offset = 0;
	for (const token of new Lexer().lex(yamlText)) {
		if (MARKER.test(token)) continue;
		if (token.startsWith('#')) offsets.push(offset);
		offset += token.length;
	}
	return offsets;
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/u;

function lineCount(text: string): number {
	return text.split('\n').length - 1;
}

type Ranged = { range?: [number, number, number] | null | undefined } | null | undefined;

/** A content file cut into its YAML and its Markdown body, before any parsing. */
export function splitContentFile(file: string, text: string) {
	const isYaml = /\.ya?ml$/u.test(file);
	const frontMatter = isYaml ? undefined : FRONT_MATTER.exec(text);
	return {
		yamlText: isYaml ? text : (frontMatter?.[1] ?? ''),
		/** Lines before the YAML's first line (the front matter's `---`). */
		lineOffset: frontMatter ? 1 : 0,
		body: isYaml ? '' : frontMatter ? text.slice(frontMatter[0].length) : text,
		bodyLine: frontMatter ? lineCount(frontMatter[0]) + 1 : 1,
	};
}

/** Parses a content file, keeping where each field stands. */
export function parseContentFile(file: string, text: string): ParsedFile {
	const { yamlText, lineOffset, body, bodyLine } = splitContentFile(file, text);
	const lineCounter = new LineCounter();
	const document = parseDocument(yamlText, { lineCounter, uniqueKeys: true });
	const problems: ContentProblem[] = document.errors.map((error) => ({
		severity: 'error',
		file,
		line: error.linePos ? error.linePos[0].line + lineOffset : undefined,
		message: `YAML không hợp lệ: ${error.message.split('\n')[0]}`,
	}));
	const lineAt = (node: Ranged) => (node?.range ? lineCounter.linePos(node.range[0]).line + lineOffset : undefined);
	// The line of the deepest key (or list item) on the path that exists.
	const lineOf = (path: readonly PropertyKey[]) => {
		let node: unknown = document.contents;
		let line = lineAt(document.contents as Ranged);
		for (const segment of path) {
			if (isMap(node)) {
				const pair = node.items.find((item) => isScalar(item.key) && item.key.value === segment);
				if (!pair) break;
				line = lineAt(pair.key as Ranged) ?? line;
				node = pair.value;
			} else if (isSeq(node) && typeof segment === 'number' && node.items[segment]) {
				node = node.items[segment];
				line = lineAt(node as Ranged) ?? line;
			} else break;
		}
		return line;
	};
	const commentLines = commentOffsets(yamlText).map((offset) => lineCounter.linePos(offset).line + lineOffset);
	return { file, data: problems.length > 0 ? undefined : toData(file, document, problems), body, bodyLine, lineOf, commentLines, problems };
}

/**
 * The document's value, or undefined with a problem: aliases nested in aliases (a "billion
 * laughs") expand past the parser's limit, which it reports by throwing, naming no file.
 */
function toData(file: string, document: ReturnType<typeof parseDocument>, problems: ContentProblem[]): unknown {
	try {
		return document.toJS() ?? {};
	} catch (error) {
		const aliases = error instanceof ReferenceError && /alias/iu.test(error.message);
		problems.push({
			severity: 'error',
			file,
			message: `YAML không hợp lệ: ${aliases ? 'bí danh (*tên) lồng nhau bung ra quá nhiều giá trị; hãy viết các giá trị ra' : String(error)}`,
		});
		return undefined;
	}
}

const viLocale = z.locales.vi().localeError;

/** Vietnamese messages, and "chưa điền" for a required field left out. */
const vietnameseErrors: z.core.$ZodErrorMap = (issue) =>
	issue.code === 'invalid_type' && issue.input === undefined ? 'bắt buộc, chưa điền' : viLocale(issue);

/** Validates parsed data against a schema; returns the output, or the problems with their lines. */
export function validate<T extends z.ZodType>(parsed: ParsedFile, schema: T): { data?: z.output<T>; problems: ContentProblem[] } {
	if (parsed.data === undefined) return { problems: [] };
	const result = schema.safeParse(parsed.data, { error: vietnameseErrors });
	if (result.success) return { data: result.data, problems: [] };
	return {
		problems: result.error.issues.map((issue) => ({
			severity: 'error',
			file: parsed.file,
			line: parsed.lineOf(issue.path),
			field: issue.path.join('.') || undefined,
			message: issue.message,
		})),
	};
}
