import { existsSync, readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { parse } from 'yaml';
import { siteSchema } from '../src/schemas/site';
import { skipBecause } from '../tests/helpers/skip';
import { buildCmsConfig } from './config';
import type { DecapField } from './fields';
import { VIETNAMESE_PHRASES, type Phrases } from './locale-vi';

/**
 * The editors' guide (content/pages/huong-dan-bien-tap.md) names the admin's buttons, collections
 * and fields in bold: each must be what the admin shows, a label of the generated config or a
 * phrase of the admin's locale (Decap's `＋ %{collectionLabel}` filled with a collection's label).
 * Whatever guide the portal ships is checked; a guide that names nothing in bold has nothing to check.
 */
const GUIDE = 'content/pages/huong-dan-bien-tap.md';
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

/** The names a guide gives in bold. Bold inside code (`**đậm**`) is an example of Markdown, not a name. */
const namedIn = (markdown: string) => [...markdown.replace(/`[^`]*`/gu, '').matchAll(/\*\*([^*]+)\*\*/gu)].map((match) => match[1]!);

/** A label may carry more in the admin ("Mô tả ảnh (bắt buộc)", "Trạng thái: %{status}"): the guide names it. */
const inAdmin = (name: string) =>
	[...shown].some((label) => label === name || label.startsWith(`${name} (`) || label.startsWith(`${name}:`));

test('a guide naming what the admin does not show is caught, and a name it shows passes', () => {
	const guide = `Mở **${collections[0]!.label}**, bấm **Nút không có trong trang quản trị**, viết \`**đậm**\`.`;
	expect(namedIn(guide).filter((name) => !inAdmin(name))).toEqual(['Nút không có trong trang quản trị']);
});

const named = existsSync(GUIDE) ? namedIn(readFileSync(GUIDE, 'utf8')) : [];
if (named.length === 0) skipBecause(`${GUIDE} không nêu tên nút hay trường nào bằng chữ đậm: không có gì để so với trang quản trị`);
else
	test.each(named)('the guide’s “%s” is in the admin', (name) => {
		expect(inAdmin(name)).toBe(true);
	});
