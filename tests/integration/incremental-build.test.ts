import { cpSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createFixtureSite, type FixtureSite } from '../helpers/fixture-site';
import { CACHE_FOLDER, changedFiles, fileDigests, keyedFiles, renderedFiles } from '../helpers/incremental';

/**
 * Incremental builds (astro.config.mjs, src/data/page-keys.ts) on a fixture site with
 * 45 extra news items under one tag, so the news list and that tag have several pages.
 * Builds, in order: a full build; the same again with nothing changed; one more news
 * item; a full build from nothing of the same content (the reference); the site
 * config edited and put back; the next day; one item's text edited. The same code throughout.
 */
const NOW = '2026-11-24T10:00:00+07:00';
const NEXT_DAY = '2026-11-25T10:00:00+07:00';
const TAG = 'Kiểm thử tăng dần';
const NEW_TAG = 'Tin mới một lần';
const NEW_ID = 'kiem-thu-tin-moi';

/**
 * Fields of a build that may differ between an incremental and a full build of the same
 * content, commit and PORTAL_NOW. None: the build writes no time or commit into dist/
 * (the rebuild status lives outside the release, see deploy/rebuild.mjs).
 */
const BUILD_RECORD_FILES: readonly string[] = [];

const item = (id: string, date: string, tags: string[]): [path: string, text: string] => [
	`content/news/${id}.md`,
	[
		'---',
		`title: Tin kiểm thử ${id}`,
		`description: Dữ liệu kiểm thử ${id}, không đăng trên cổng thật.`,
		`date: ${date}`,
		'author: Kiểm thử',
		`tags: [${tags.join(', ')}]`,
		'---',
		`Nội dung của ${id}.`,
		'',
	].join('\n'),
];

let site: FixtureSite;
let referenceDist: string;
const builds: Record<string, { rendered: Set<string>; keyed: Set<string>; files: Map<string, string> }> = {};

function build(name: string, env: Record<string, string> = {}) {
	const result = site.build({ PORTAL_NOW: NOW, ...env });
	expect(result.ok, result.output.slice(-3000)).toBe(true);
	builds[name] = { rendered: renderedFiles(result.output), keyed: keyedFiles(site.root), files: fileDigests(site.dist) };
	return builds[name]!;
}

beforeAll(() => {
	site = createFixtureSite();
	site.write(
		Object.fromEntries(
			Array.from({ length: 45 }, (_, index) =>
				item(
					`kiem-thu-${String(index + 1).padStart(2, '0')}`,
					`2026-10-${String((index % 30) + 1).padStart(2, '0')}T0${index % 8}:00:00+07:00`,
					[TAG],
				),
			),
		),
	);
	build('full');
	build('unchanged');
	site.write(Object.fromEntries([item(NEW_ID, '2026-11-24T08:00:00+07:00', [TAG, NEW_TAG])]));
	build('added');
	// The reference: the same content built from nothing, cache and output removed.
	referenceDist = `${site.root}-reference-dist`;
	cpSync(site.dist, `${site.root}-incremental-dist`, { recursive: true });
	rmSync(join(site.root, CACHE_FOLDER), { recursive: true, force: true });
	rmSync(site.dist, { recursive: true, force: true });
	build('reference');
	cpSync(site.dist, referenceDist, { recursive: true });
	const config = readFileSync(join(site.root, 'content/site.yaml'), 'utf8');
	site.write({ 'content/site.yaml': config.replace(/^name: .*$/mu, 'name: Cổng kiểm thử dựng tăng dần') });
	build('siteConfig');
	site.write({ 'content/site.yaml': config });
	build('configBack');
	build('nextDay', { PORTAL_NOW: NEXT_DAY });
	const [file, text] = item('kiem-thu-05', '2026-10-05T04:00:00+07:00', [TAG]);
	site.write({ [file]: `${text}\nMột đoạn thêm khi sửa.\n` });
	build('edited', { PORTAL_NOW: NEXT_DAY });
}, 900_000);

afterAll(() => {
	site?.remove();
	rmSync(`${site?.root}-reference-dist`, { recursive: true, force: true });
	rmSync(`${site?.root}-incremental-dist`, { recursive: true, force: true });
});

describe('incremental build', () => {
	test('with nothing changed, no page with a key is rendered again: a key that changes every build fails here', () => {
		const { rendered, keyed } = builds.unchanged!;
		expect(keyed.size).toBeGreaterThan(100);
		expect([...rendered].filter((file) => keyed.has(file))).toEqual([]);
		// What is rendered is the pages without a key: few, and the same in every build.
		expect(rendered.size).toBeLessThan(60);
		expect(builds.unchanged!.files).toEqual(builds.full!.files);
	});

	test('one more news item re-renders its page, its lists and tags, home, feed, sitemap and data archive, and no page it does not change', () => {
		const { rendered, keyed } = builds.added!;
		const always = builds.unchanged!.rendered;
		for (const file of [
			`/tin-tuc/${NEW_ID}/index.html`,
			'/tin-tuc/index.html',
			'/tin-tuc/trang/2/index.html',
			'/tin-tuc/trang/3/index.html',
			'/tin-tuc/chu-de/kiem-thu-tang-dan/index.html',
			'/tin-tuc/chu-de/kiem-thu-tang-dan/trang/2/index.html',
			'/tin-tuc/chu-de/tin-moi-mot-lan/index.html',
			'/index.html',
			'/rss.xml',
		]) {
			expect(rendered, file).toContain(file);
		}
		// The sitemap is written after the pages, from the list of all of them.
		expect(readFileSync(join(`${site.root}-incremental-dist`, 'sitemap-0.xml'), 'utf8')).toContain(`/tin-tuc/${NEW_ID}/`);
		// Pages with a key are rendered exactly when their output changed (from the full build
		// before to the full build after): other items' pages only where their related items moved.
		const changed = changedFiles(builds.full!.files, builds.reference!.files);
		const renderedKeyed = [...rendered].filter((file) => keyed.has(file)).sort();
		expect(renderedKeyed).toEqual([...changed].filter((file) => keyed.has(file)).sort());
		// The data archive holds the news cadence (items per week), which one more item changes.
		expect(renderedKeyed).toContain('/so-lieu/tat-ca.zip');
		for (const file of renderedKeyed.filter((keyedFile) => keyedFile !== '/so-lieu/tat-ca.zip')) {
			expect(file).toMatch(
				/^\/tin-tuc\/(?:trang\/\d+\/|chu-de\/(?:kiem-thu-tang-dan|tin-moi-mot-lan)\/(?:trang\/\d+\/)?|[a-z0-9-]+\/)index\.html$/u,
			);
		}
		// Pages without a key are the same few as in a build with nothing changed.
		expect([...rendered].filter((file) => !keyed.has(file)).sort()).toEqual([...always].sort());
	});

	test('gives the same dist/ byte for byte as a full build from nothing', () => {
		const incremental = fileDigests(`${site.root}-incremental-dist`);
		const reference = fileDigests(referenceDist);
		const differing = [...changedFiles(incremental, reference)].filter((file) => !BUILD_RECORD_FILES.includes(file));
		expect(differing).toEqual([]);
		expect(incremental.size).toBeGreaterThan(200);
	});

	test('editing the site config re-renders every page, and putting it back again too', () => {
		for (const name of ['siteConfig', 'configBack'] as const) {
			const { rendered, keyed } = builds[name]!;
			expect(
				[...keyed].filter((file) => !rendered.has(file)),
				name,
			).toEqual([]);
		}
		expect(builds.configBack!.files).toEqual(builds.reference!.files);
	});

	test('an edited paragraph re-renders the page of that item and no other page with a key', () => {
		const { rendered, keyed } = builds.edited!;
		expect([...rendered].filter((file) => keyed.has(file))).toEqual(['/tin-tuc/kiem-thu-05/index.html']);
	});

	test('the next day re-renders the pages that count days, and no news page', () => {
		const { rendered, keyed } = builds.nextDay!;
		expect(rendered).toContain('/chien-dich/ngay-quoc-te-phong-chong-ma-tuy/index.html');
		expect([...rendered].filter((file) => keyed.has(file) && file.startsWith('/tin-tuc/'))).toEqual([]);
	});
});
