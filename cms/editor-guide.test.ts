import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { parse } from 'yaml';
import { siteSchema } from '../src/schemas/site';
import { buildCmsConfig } from './config';
import type { DecapField } from './fields';
import { VIETNAMESE_PHRASES, type Phrases } from './locale-vi';

/**
 * The editors' guide (content/pages/huong-dan-bien-tap.md) names the admin's buttons, collections
 * and fields in bold: each must be what the admin shows, a label of the generated config or a
 * phrase of the admin's locale (Decap's `＋ %{collectionLabel}` filled with a collection's label).
 */
const site = siteSchema.parse(parse(readFileSync('content/site.yaml', 'utf8')));
const config = buildCmsConfig(site, { siteUrl: 'https://example.org' });

const fieldLabels = (fields: DecapField[]): string[] =>
	fields.flatMap((field) => [field.label, ...fieldLabels(field.fields ?? (field.field ? [field.field] : []))]);
const phrases = (tree: Phrases): string[] => Object.values(tree).flatMap((value) => (typeof value === 'string' ? [value] : phrases(value)));

const collections = config.collections as {
	label: string;
	label_singular?: string;
	fields?: DecapField[];
	files?: { label: string; fields: DecapField[] }[];
}[];
const shown = new Set([
	...collections.flatMap((collection) => [
		collection.label,
		...fieldLabels(collection.fields ?? []),
		...(collection.files ?? []).flatMap((file) => [file.label, ...fieldLabels(file.fields)]),
	]),
	...phrases(VIETNAMESE_PHRASES),
	...collections.map((collection) => `＋ ${collection.label_singular ?? collection.label}`),
]);

// Bold inside code (`**đậm**`) is an example of Markdown, not a name.
const named = [
	...readFileSync('content/pages/huong-dan-bien-tap.md', 'utf8')
		.replace(/`[^`]*`/gu, '')
		.matchAll(/\*\*([^*]+)\*\*/gu),
].map((match) => match[1]!);

test.each(named)('the guide’s “%s” is in the admin', (name) => {
	// A label may carry more in the admin ("Mô tả ảnh (bắt buộc)", "Trạng thái: %{status}"): the guide names it.
	expect([...shown].some((label) => label === name || label.startsWith(`${name} (`) || label.startsWith(`${name}:`))).toBe(true);
});
