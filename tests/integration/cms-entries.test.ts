import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import sharp from 'sharp';
import { parse } from 'yaml';
import { buildCmsConfig } from '../../cms/config';
import { inputJsonSchema } from '../../cms/fields';
import { collectionSchemas, standaloneTools } from '../../src/schemas/collections';
import { siteSchema } from '../../src/schemas/site';
import { decapFormat } from '../helpers/decap';
import { createFixtureSite, type FixtureSite } from '../helpers/fixture-site';
import { sampleEntry } from '../helpers/sample-entry';

/**
 * One entry per CMS collection with only its required fields, written by
 * Decap's own serializer, must build. Proves that what the CMS can save, the
 * site accepts.
 */
const site = siteSchema.parse(parse(readFileSync('content/site.yaml', 'utf8')));
const config = buildCmsConfig(site, { siteUrl: 'http://localhost:4321' });
const schemas = collectionSchemas(standaloneTools(site.localities.map((locality) => locality.id))) as Record<string, z.ZodType>;
const context = {
	ids: { plans: 'quang-ninh-2022', legal: 'luat-73-2021-qh14', campaigns: 'thang-hanh-dong-phong-chong-ma-tuy' },
	image: '../media/mau-thu.jpg',
	date: '2026-11-20',
};
/** Values the model ties together across fields (a result must belong to a real target of its plan, in its year). */
const crossField: Record<string, Record<string, unknown>> = {
	indicators: { plan: 'quang-ninh-2022', target: 'cai-nghien' },
	// A phone line, the first kind, needs its number.
	national: { phone: '1199' },
};

let fixture: FixtureSite;
let result: { ok: boolean; output: string };
const written: Record<string, string> = {};

beforeAll(async () => {
	fixture = createFixtureSite();
	const markdown = await decapFormat('yaml-frontmatter');
	const yaml = await decapFormat('yaml');
	const files: Record<string, string | Buffer> = {
		'content/media/mau-thu.jpg': await sharp({ create: { width: 800, height: 600, channels: 3, background: '#336699' } })
			.jpeg()
			.toBuffer(),
		'content/sources/ke-hoach-mau.txt': 'Văn bản mẫu.\n',
	};
	for (const collection of config.collections.filter((entry) => 'folder' in entry)) {
		const schema = schemas[collection.name]!;
		const data = { ...sampleEntry(inputJsonSchema(schema), context, collection.name), ...(crossField[collection.name] ?? {}) };
		if (collection.name === 'indicators') {
			(data.observations as { period: { year: number } }[])[0]!.period.year = 2022;
		}
		const isMarkdown = collection.extension === 'md';
		if (isMarkdown) data.body = 'Nội dung mẫu.';
		const keys = collection.fields.map((field) => field.name);
		const text = (isMarkdown ? markdown : yaml).toFile(data, keys);
		const path = `${collection.folder}/mau-${collection.name}.${collection.extension}`;
		files[path] = text;
		written[collection.name] = text;
	}
	files['content/plan-texts/mau-plans.mdx'] = 'Văn bản mẫu.\n';
	// The settings file, read and written back by Decap's serializer.
	const settings = config.collections.find((entry) => entry.name === 'settings') as { files: { fields: { name: string }[] }[] };
	files['content/site.yaml'] = yaml.toFile(
		yaml.fromFile(readFileSync('content/site.yaml', 'utf8')),
		settings.files[0]!.fields.map((field) => field.name),
	);
	fixture.write(files);
	result = fixture.build({ PORTAL_NOW: '2026-11-24T10:00:00+07:00' });
}, 300_000);

afterAll(() => fixture?.remove());

describe('entries saved by Decap with only their required fields', () => {
	test('the site builds', () => {
		expect(result.ok, result.output.slice(-3000)).toBe(true);
	});

	test.each(Object.keys(schemas))('%s: the saved entry is published', (name) => {
		expect(written[name], 'Decap wrote the file').toBeTruthy();
		const published: Record<string, string> = {
			news: 'tin-tuc/mau-news/index.html',
			campaigns: 'chien-dich/mau-campaigns/index.html',
			indicators: 'so-lieu/quang-ninh-2022-cai-nghien.json',
			services: 'ho-tro/index.html',
			pages: 'mau-pages/index.html',
			plans: 'ke-hoach/mau-plans/index.html',
			legal: 'van-ban/mau-legal/index.html',
			national: 'ho-tro/index.html',
		};
		const file = join(fixture.dist, published[name]!);
		expect(existsSync(file), published[name]).toBe(true);
		if (name === 'indicators') expect(JSON.parse(readFileSync(file, 'utf8')).observations).toHaveLength(1);
		if (name === 'services') expect(readFileSync(file, 'utf8')).toContain('id="mau-services"');
		if (name === 'national') expect(readFileSync(file, 'utf8')).toContain('href="tel:1199"');
	});
});
