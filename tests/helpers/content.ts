import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';

/** Reads a YAML content file of the project (tests read content, never ../shared). */
export function readYaml<T = Record<string, unknown>>(path: string): T {
	return parse(readFileSync(resolve(path), 'utf8')) as T;
}

/** The words of a text: runs of letters and digits, NFC, in order. Punctuation and layout do not count. */
export function words(text: string): string[] {
	return text.normalize('NFC').match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Text of an HTML fragment: every tag becomes a space, entities decoded. */
export function htmlText(html: string): string {
	return html
		.replace(/<[^>]+>/gu, ' ')
		.replace(/&nbsp;/gu, ' ')
		.replace(/&lt;/gu, '<')
		.replace(/&gt;/gu, '>')
		.replace(/&quot;/gu, '"')
		.replace(/&#39;/gu, "'")
		.replace(/&amp;/gu, '&');
}

/** The fields of a plan file the plan tests read, as written in the YAML. */
export interface PlanYaml {
	number?: string;
	issued?: string;
	effective?: string;
	signer?: string;
	field?: string;
	sourceFile: string;
	sourceMetadataLines?: number;
	repairs: { before: string; after: string; section: string }[];
	targets: { id: string; value: number; denominator?: number; kind: string; section: string }[];
	relations: { document: string }[];
}
