import { readFileSync } from 'node:fs';
import type { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { collectionSchemas, standaloneTools } from '../src/schemas/collections';
import { siteSchema } from '../src/schemas/site';
import { buildCmsConfig } from './config';
import { inputJsonSchema, type DecapField, type JsonSchema } from './fields';

const site = siteSchema.parse(parse(readFileSync('content/site.yaml', 'utf8')));
const config = buildCmsConfig(site, { siteUrl: 'https://example.org' });
const collection = (name: string) =>
	config.collections.find((entry) => entry.name === name) as { fields: DecapField[]; folder?: string; extension?: string };
const field = (fields: DecapField[], path: string): DecapField => {
	const [head, ...rest] = path.split('.');
	const found = fields.find((candidate) => candidate.name === head);
	if (!found) throw new Error(`không có trường ${head}`);
	return rest.length === 0 ? found : field(found.fields ?? (found.field ? [found.field] : []), rest.join('.'));
};

test('the CMS speaks Vietnamese and slugs titles to ASCII', () => {
	expect(config.locale).toBe('vi');
	expect(config.slug).toEqual({ encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' });
});

describe('a few fields, as an editor meets them', () => {
	const news = collection('news').fields;
	test('news: required title, a date picker that stores the day alone, tags as a list, plans as relations', () => {
		expect(field(news, 'title')).toMatchObject({ widget: 'string', label: 'Tiêu đề' });
		expect(field(news, 'title').required).toBeUndefined();
		expect(field(news, 'date')).toMatchObject({ widget: 'day' });
		expect(field(news, 'tags')).toMatchObject({ widget: 'list', required: false });
		expect(field(news, 'plans')).toMatchObject({
			widget: 'list',
			field: { widget: 'relation', collection: 'plans', value_field: '{{slug}}' },
		});
		expect(field(news, 'locality')).toMatchObject({
			widget: 'select',
			required: false,
			// The localities of content/site.yaml, in its order, each by its name.
			options: site.localities.map((locality) => ({ value: locality.id, label: locality.name })),
		});
		expect(field(news, 'locality').options!.length).toBeGreaterThan(0);
	});

	test('the lead image is an optional group: nothing inside is required by Decap, the group requires photo and alt once filled', () => {
		expect(field(news, 'image')).toMatchObject({ widget: 'group', required: false });
		expect(field(news, 'image').complete).toEqual(expect.arrayContaining(['src', 'alt']));
		expect(field(news, 'image.src')).toMatchObject({ widget: 'image', required: false });
		expect(field(news, 'image.alt')).toMatchObject({ required: false });
	});

	test('no field inside an optional group is required (Decap would block saving without the group)', () => {
		const blocking = (fields: DecapField[], inGroup: boolean, path = ''): string[] =>
			fields.flatMap((f) => [
				...(inGroup && f.required !== false ? [`${path}${f.name}`] : []),
				...blocking(f.fields ?? (f.field ? [f.field] : []), f.widget === 'group' || (inGroup && f.widget !== 'list'), `${path}${f.name}.`),
			]);
		const all = config.collections.flatMap((entry) =>
			'files' in entry
				? entry.files.flatMap((file) => blocking(file.fields, false, `${file.name}.`))
				: blocking(entry.fields, false, `${entry.name}.`),
		);
		expect(all).toEqual([]);
		expect(field(collection('plans').fields, 'relations.statedIn')).toMatchObject({ widget: 'group', complete: ['plan', 'section'] });
	});

	test('no field inside an optional group has a default but a list (Decap would fill the group of a new entry with it)', () => {
		const prefilling = (fields: DecapField[], inGroup: boolean, path = ''): string[] =>
			fields.flatMap((f) => [
				...(inGroup && f.widget !== 'list' && f.default !== undefined ? [`${path}${f.name}`] : []),
				...(f.widget === 'list' ? [] : prefilling(f.fields ?? [], inGroup || f.widget === 'group', `${path}${f.name}.`)),
			]);
		const all = config.collections.flatMap((entry) =>
			'files' in entry
				? entry.files.flatMap((file) => prefilling(file.fields, false, `${file.name}.`))
				: prefilling(entry.fields, false, `${entry.name}.`),
		);
		expect(all).toEqual([]);
		expect(field(collection('services').fields, 'eligibility.editorial')).toMatchObject({ widget: 'boolean' });
		expect(field(collection('services').fields, 'eligibility.editorial').default).toBeUndefined();
	});

	test('a collapsed list item is named by a summary unless its first field is plain text (Decap would show an id, a slug or "Map {…}")', () => {
		const plainText = (f: DecapField | undefined) => (f?.widget === 'string' || f?.widget === 'text') && !f.pattern;
		const unnamed = (fields: DecapField[], path = ''): string[] =>
			fields.flatMap((f) => [
				...(f.widget === 'list' && f.fields && !f.summary && !plainText(f.fields[0]) ? [`${path}${f.name}`] : []),
				...unnamed(f.fields ?? (f.field ? [f.field] : []), `${path}${f.name}.`),
			]);
		const all = config.collections.flatMap((entry) =>
			'files' in entry ? entry.files.flatMap((file) => unnamed(file.fields, `${file.name}.`)) : unnamed(entry.fields, `${entry.name}.`),
		);
		expect(all).toEqual([]);
	});

	test('a list of items starts empty in a new entry (Decap would pre-fill one collapsed item, its required fields to fill)', () => {
		const prefilled = (fields: DecapField[], path = ''): string[] =>
			fields.flatMap((f) => [
				...(f.widget === 'list' && f.fields && !Array.isArray(f.default) ? [`${path}${f.name}`] : []),
				...prefilled(f.fields ?? (f.field ? [f.field] : []), `${path}${f.name}.`),
			]);
		const all = config.collections.flatMap((entry) =>
			'files' in entry ? entry.files.flatMap((file) => prefilled(file.fields, `${file.name}.`)) : prefilled(entry.fields, `${entry.name}.`),
		);
		expect(all).toEqual([]);
		expect(field(collection('campaigns').fields, 'materials').default).toEqual([]);
	});

	test('the body is Markdown in raw mode only (the rich mode mangles Telex and VNI input)', () => {
		expect(field(news, 'body')).toMatchObject({ widget: 'markdown', modes: ['raw'] });
	});

	test('plans: số hiệu keeps its pattern, targets are a list of objects with a kind select', () => {
		const plans = collection('plans').fields;
		expect(field(plans, 'number').pattern?.[0]).toBe(String.raw`^\d+(?:\/\d{4})?\/[A-ZĐ][A-Za-zĐđ0-9]*(?:-[A-ZĐ][A-Za-zĐđ0-9]*)*$`);
		// A collapsed target or relation is named by its label or citation, not by its id or slug.
		expect(field(plans, 'targets')).toMatchObject({ widget: 'list', summary: '{{fields.label}}' });
		expect(field(plans, 'relations')).toMatchObject({ summary: 'Trích dẫn: {{fields.citedAs}}' });
		expect(field(plans, 'targets.kind').options?.map((option) => option.label)).toEqual(['Số lượng', 'Tỷ lệ phần trăm', 'Tỷ số (x/y)']);
		expect(field(plans, 'relations.document')).toMatchObject({
			widget: 'relation',
			collection: 'legal',
			search_fields: ['title', 'number'],
		});
		expect(field(plans, 'relations.statedIn.plan')).toMatchObject({ search_fields: ['title', 'number'] });
	});

	test('campaign materials upload into public/tai-lieu', () => {
		expect(field(collection('campaigns').fields, 'materials.file')).toMatchObject({
			widget: 'file',
			media_folder: '/public/tai-lieu',
			public_folder: '/tai-lieu',
		});
	});
});

const schemas = collectionSchemas(standaloneTools(site.localities.map((locality) => locality.id))) as Record<string, z.ZodType>;

/** Walks a JSON Schema and its Decap field side by side and lists every mismatch. */
function compare(schema: JsonSchema, fields: DecapField[], path = '', group?: DecapField): string[] {
	const inGroup = group !== undefined;
	const problems: string[] = [];
	const unwrap = (s: JsonSchema): JsonSchema =>
		s.allOf ? s.allOf.reduce<JsonSchema>((a, b) => ({ ...a, ...unwrap(b) }), { ...s, allOf: undefined }) : s;
	const object = unwrap(schema);
	const required = new Set(object.required ?? []);
	const names = Object.keys(object.properties ?? {});
	for (const extra of fields.map((f) => f.name).filter((name) => !names.includes(name) && name !== 'body'))
		problems.push(`${path}${extra}: có trong CMS mà không có trong schema`);
	for (const name of names) {
		const property = unwrap(object.properties![name]!);
		const decap = fields.find((f) => f.name === name);
		const at = `${path}${name}`;
		if (!decap) {
			problems.push(`${at}: thiếu trong CMS`);
			continue;
		}
		const needed = inGroup ? (group?.complete ?? []).includes(name) : decap.required !== false;
		if (needed !== required.has(name)) problems.push(`${at}: required khác nhau`);
		const cms = property.cms ?? {};
		const type = Array.isArray(property.type) ? property.type[0] : property.type;
		if (cms.widget === 'relation' && decap.collection !== cms.collection) problems.push(`${at}: relation trỏ sai bộ sưu tập`);
		if (property.enum && JSON.stringify(decap.options?.map((o) => o.value)) !== JSON.stringify(property.enum))
			problems.push(`${at}: enum khác nhau`);
		const pattern = cms.pattern ?? property.pattern;
		if (pattern && decap.pattern?.[0] !== pattern) problems.push(`${at}: pattern khác nhau`);
		if (type === 'array') {
			const items = unwrap(property.items!);
			if (items.enum) {
				if (!decap.multiple || JSON.stringify(decap.options?.map((o) => o.value)) !== JSON.stringify(items.enum))
					problems.push(`${at}: danh sách lựa chọn khác nhau`);
			} else if (items.properties) {
				if (decap.widget !== 'list' || !decap.fields) problems.push(`${at}: phải là danh sách các mục`);
				else problems.push(...compare(items, decap.fields, `${at}.`));
			} else if (decap.widget !== 'list' || !decap.field) problems.push(`${at}: phải là danh sách giá trị`);
			else if (items.cms?.widget === 'relation' && decap.field.collection !== items.cms.collection)
				problems.push(`${at}: relation trong danh sách trỏ sai`);
			if ((property.minItems ?? undefined) !== decap.min) problems.push(`${at}: số mục tối thiểu khác nhau`);
		} else if (type === 'object' && property.properties) {
			const optional = !required.has(name);
			if (decap.widget !== (optional ? 'group' : 'object')) problems.push(`${at}: phải là ${optional ? 'group' : 'object'}`);
			else problems.push(...compare(property, decap.fields ?? [], `${at}.`, optional ? decap : undefined));
		} else if (type === 'number' || type === 'integer') {
			if (decap.widget !== 'number' || decap.value_type !== (type === 'integer' ? 'int' : 'float'))
				problems.push(`${at}: kiểu số khác nhau`);
			if (property.minimum !== decap.min || property.maximum !== decap.max) problems.push(`${at}: giới hạn số khác nhau`);
		} else if (type === 'boolean' && decap.widget !== 'boolean') problems.push(`${at}: phải là boolean`);
	}
	return problems;
}

describe('every CMS collection matches the content model', () => {
	test.each(config.collections.filter((entry) => 'folder' in entry).map((entry) => [entry.name]))('%s', (name) => {
		expect(compare(inputJsonSchema(schemas[name]!), collection(name).fields)).toEqual([]);
	});
});
