import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import ICAL from 'ical.js';
import { strFromU8, unzipSync } from 'fflate';
import { parseHTML } from 'linkedom';
import sharp from 'sharp';
import { parse } from 'yaml';
import { buildCmsConfig } from '../../cms/config';
import { inputJsonSchema } from '../../cms/fields';
import { collectionSchemas, standaloneTools } from '../../src/schemas/collections';
import { siteSchema } from '../../src/schemas/site';
import { decapFormat } from '../helpers/decap';
import { DATASET_COLUMNS } from '../../src/lib/dataset-export';
import { parseCsv } from '../helpers/csv';
import { listFiles } from '../helpers/dist';
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
/** The contact e-mail the fixture's settings get. */
const REPORT_EMAIL = 'bao-loi@example.org';
/** The official-text address the sample document gets. */
const OFFICIAL_TEXT = 'https://example.org/van-ban/mau-legal';
/** Values the model ties together across fields (a result must belong to a real target of its plan, in its year). */
const crossField: Record<string, Record<string, unknown>> = {
	indicators: { plan: 'quang-ninh-2022', target: 'cai-nghien' },
	// A phone line, the first kind, needs its number.
	national: { phone: '1199' },
	// An editor who found the official text fills its address (example.org: a reserved domain).
	legal: { officialText: OFFICIAL_TEXT },
};

/** The fixture's site address, unlike the real build's. */
const OTHER_ADDRESS = 'https://cong-thong-tin.example.vn';

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
	// With a contact e-mail set in the settings, as a deployer would (the demo has none).
	files['content/site.yaml'] = yaml.toFile(
		{ ...yaml.fromFile(readFileSync('content/site.yaml', 'utf8')), contact: { email: REPORT_EMAIL } },
		settings.files[0]!.fields.map((field) => field.name),
	);
	fixture.write(files);
	// Built at another address than dist/ (localhost): the calendars below must not change with it.
	result = fixture.build({ PORTAL_NOW: '2026-11-24T10:00:00+07:00', SITE_URL: OTHER_ADDRESS });
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

describe('the same site at another address (this fixture is built with one, dist/ with the default)', () => {
	const events = (root: string, id: string) =>
		new ICAL.Component(ICAL.parse(readFileSync(join(root, 'chien-dich', id), 'utf8')))
			.getAllSubcomponents('vevent')
			.map((vevent) => new ICAL.Event(vevent));

	test.each(['lich.ics', 'thang-hanh-dong-phong-chong-ma-tuy.ics', 'ngay-quoc-te-phong-chong-ma-tuy.ics'])(
		'%s: event UIDs and dates stay as they are, only the links change',
		(file) => {
			const here = events('dist', file);
			const there = events(fixture.dist, file).filter((event) => here.some((other) => other.uid === event.uid));
			expect(here.length).toBeGreaterThan(0);
			expect(there.map((event) => [event.uid, event.startDate.toString(), event.endDate.toString()])).toEqual(
				here.map((event) => [event.uid, event.startDate.toString(), event.endDate.toString()]),
			);
			expect(there.every((event) => String(event.component.getFirstPropertyValue('url')).startsWith(OTHER_ADDRESS))).toBe(true);
		},
	);
});

describe("a document's official text", () => {
	const panel = (root: string, id: string) => {
		const html = readFileSync(join(root, 'van-ban', id, 'index.html'), 'utf8');
		const { document } = parseHTML(html);
		return document.querySelector('.metadata')!;
	};

	test('saved with an address, the page links it', () => {
		const link = panel(fixture.dist, 'mau-legal').querySelector(`a[href="${OFFICIAL_TEXT}"]`);
		expect(link?.getAttribute('rel')).toContain('noopener');
		expect(panel(fixture.dist, 'mau-legal').textContent).not.toContain('chưa có liên kết đến văn bản chính thức');
	});

	test('without one, the page says so and links nowhere', () => {
		const metadata = panel(fixture.dist, 'luat-73-2021-qh14');
		expect(metadata.textContent).toContain('chưa có liên kết đến văn bản chính thức');
		expect(metadata.querySelector('a[href^="http"]')).toBeNull();
	});
});

describe('"Báo lỗi nội dung trang này"', () => {
	const pages = (root: string) =>
		listFiles(root)
			.filter((file) => file.endsWith('.html') && !file.startsWith('admin/'))
			.map((file) => ({ file, document: parseHTML(readFileSync(join(root, file), 'utf8')).document }));
	const isContent = (file: string) => !['404.html', 'tim-kiem/index.html'].includes(file) && !/\/in\/index\.html$/u.test(file);

	test('with a contact e-mail, every content page offers a prefilled e-mail naming its address', () => {
		const content = pages(fixture.dist).filter(({ file }) => isContent(file));
		expect(content.length).toBeGreaterThan(50);
		for (const { file, document } of content) {
			const link = [...document.querySelectorAll('main a')].find((anchor) => anchor.textContent?.trim() === 'Báo lỗi nội dung trang này');
			expect(link, file).toBeTruthy();
			const href = new URL(link!.getAttribute('href')!);
			expect(href.pathname, file).toBe(REPORT_EMAIL);
			const canonical = document.querySelector('link[rel="canonical"]')!.getAttribute('href')!;
			expect(href.searchParams.get('body'), file).toContain(canonical);
		}
	});

	test('the 404 and search pages, not content, offer none', () => {
		for (const { file, document } of pages(fixture.dist).filter(({ file }) => !isContent(file) && !file.includes('/in/')))
			expect(document.querySelector(`a[href^="mailto:${REPORT_EMAIL}?subject"]`), file).toBeNull();
	});

	test('with no contact configured (the demo), no page has the link', () => {
		for (const { file, document } of pages('dist'))
			expect(document.body.textContent?.includes('Báo lỗi nội dung trang này'), file).toBe(false);
	});
});

describe('a reported result in the data files (the sample indicator of this fixture)', () => {
	const id = 'quang-ninh-2022-cai-nghien';
	const read = (extension: string) => readFileSync(join(fixture.dist, 'so-lieu', `${id}.${extension}`));

	test('the CSV row has its period, its days and its figure', () => {
		const json = JSON.parse(read('json').toString());
		const [observation] = json.observations;
		const [header, row] = parseCsv(read('csv').toString());
		const cell = (name: string) => row![header!.indexOf(name)];
		expect(cell('Mã kỳ')).toBe(observation.period);
		expect(cell('Kỳ')).toBe(observation.periodLabel);
		expect(cell('Kết quả')).toBe(String(observation.value));
		expect(cell('Từ ngày')).toMatch(/^2022-\d{2}-01$/u);
		expect(cell('Nguồn kết quả')).toContain(observation.source.document);
	});

	test('the spreadsheet holds the figure as a number and the days as dates', () => {
		const json = JSON.parse(read('json').toString());
		const sheet = strFromU8(unzipSync(new Uint8Array(read('xlsx')))['xl/worksheets/sheet1.xml']!);
		const column = (name: string) => String.fromCharCode(65 + DATASET_COLUMNS.findIndex((entry) => entry.header === name));
		expect(sheet).toContain(`<c r="${column('Kết quả')}2"><v>${json.observations[0].value}</v></c>`);
		for (const name of ['Từ ngày', 'Đến ngày'])
			expect(sheet).toMatch(new RegExp(`<c r="${column(name)}2" s="\\d+"><v>\\d{5}</v></c>`, 'u'));
	});
});
