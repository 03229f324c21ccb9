import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { anchorHref, firstPageAlias, isPrintPage, pageHref, pageKind, pagefindScript, routes, searchDateOrder } from './routes';

const PAGES = fileURLToPath(new URL('../pages/', import.meta.url));

/** A route with a sample argument, the URL it must build, and the file under `src/pages/` that serves it. */
interface PageRoute {
	name: string;
	url: string;
	expected: string;
	file: string;
}

const pageRoutes: PageRoute[] = [
	{ name: 'home', url: routes.home, expected: '/', file: 'index.astro' },
	{ name: 'notFound', url: routes.notFound, expected: '/404.html', file: '404.astro' },
	{ name: 'staticPage', url: routes.staticPage('mot-trang'), expected: '/mot-trang/', file: '[page].astro' },
	{ name: 'about', url: routes.about, expected: '/gioi-thieu/', file: 'gioi-thieu.astro' },
	{ name: 'accessibility', url: routes.accessibility, expected: '/tuyen-bo-tiep-can/', file: 'tuyen-bo-tiep-can.astro' },
	{ name: 'editorGuide', url: routes.editorGuide, expected: '/huong-dan-bien-tap/', file: '[page].astro' },
	{ name: 'search', url: routes.search, expected: '/tim-kiem/', file: 'tim-kiem/index.astro' },
	{ name: 'offline', url: routes.offline, expected: '/doc-ngoai-tuyen/', file: 'doc-ngoai-tuyen.astro' },
	{ name: 'plans', url: routes.plans, expected: '/ke-hoach/', file: 'ke-hoach/index.astro' },
	{ name: 'plan', url: routes.plan('quang-ninh-2022'), expected: '/ke-hoach/quang-ninh-2022/', file: 'ke-hoach/[id]/index.astro' },
	{
		name: 'planSource',
		url: routes.planSource('quang-ninh-2022'),
		expected: '/ke-hoach/quang-ninh-2022/van-ban-goc.txt',
		file: 'ke-hoach/[id]/van-ban-goc.txt.ts',
	},
	{ name: 'plansOfYear', url: routes.plansOfYear(2025), expected: '/ke-hoach/nam/2025/', file: 'ke-hoach/nam/[year].astro' },
	{
		name: 'plansOfLocality',
		url: routes.plansOfLocality('lai-chau'),
		expected: '/ke-hoach/dia-ban/lai-chau/',
		file: 'ke-hoach/dia-ban/[locality].astro',
	},
	{ name: 'legalDocuments', url: routes.legalDocuments, expected: '/van-ban/', file: 'van-ban/index.astro' },
	{
		name: 'legalDocument',
		url: routes.legalDocument('luat-73-2021-qh14'),
		expected: '/van-ban/luat-73-2021-qh14/',
		file: 'van-ban/[id].astro',
	},
	{ name: 'agencies', url: routes.agencies, expected: '/co-quan/', file: 'co-quan/index.astro' },
	{
		name: 'agency',
		url: routes.agency('lai-chau', 'phong-tu-phap'),
		expected: '/co-quan/lai-chau/phong-tu-phap/',
		file: 'co-quan/[locality]/[agency].astro',
	},
	{ name: 'campaigns', url: routes.campaigns, expected: '/chien-dich/', file: 'chien-dich/index.astro' },
	{ name: 'campaignsCalendar', url: routes.campaignsCalendar, expected: '/chien-dich/lich.ics', file: 'chien-dich/lich.ics.ts' },
	{ name: 'campaign', url: routes.campaign('ngay-26-6'), expected: '/chien-dich/ngay-26-6/', file: 'chien-dich/[id]/index.astro' },
	{
		name: 'campaignPrint',
		url: routes.campaignPrint('ngay-26-6'),
		expected: '/chien-dich/ngay-26-6/in/',
		file: 'chien-dich/[id]/in.astro',
	},
	{
		name: 'campaignCalendar',
		url: routes.campaignCalendar('ngay-26-6'),
		expected: '/chien-dich/ngay-26-6.ics',
		file: 'chien-dich/[id].ics.ts',
	},
	{
		name: 'campaignScript',
		url: routes.campaignScript('ngay-26-6'),
		expected: '/chien-dich/ngay-26-6/loa-truyen-thanh.txt',
		file: 'chien-dich/[id]/loa-truyen-thanh.txt.ts',
	},
	{ name: 'news', url: routes.news, expected: '/tin-tuc/', file: 'tin-tuc/index.astro' },
	{ name: 'newsItem', url: routes.newsItem('2022-05-20-tin'), expected: '/tin-tuc/2022-05-20-tin/', file: 'tin-tuc/[id]/index.astro' },
	{ name: 'tags', url: routes.tags, expected: '/tin-tuc/chu-de/', file: 'tin-tuc/chu-de/index.astro' },
	{ name: 'tag', url: routes.tag('hiv'), expected: '/tin-tuc/chu-de/hiv/', file: 'tin-tuc/chu-de/[tag]/index.astro' },
	{ name: 'pageHref', url: pageHref(routes.news, 1), expected: '/tin-tuc/', file: 'tin-tuc/index.astro' },
	{ name: 'pageHref', url: pageHref(routes.news, 2), expected: '/tin-tuc/trang/2/', file: 'tin-tuc/trang/[page].astro' },
	{ name: 'pageHref', url: pageHref(routes.tag('hiv'), 1), expected: '/tin-tuc/chu-de/hiv/', file: 'tin-tuc/chu-de/[tag]/index.astro' },
	{
		name: 'pageHref',
		url: pageHref(routes.tag('hiv'), 3),
		expected: '/tin-tuc/chu-de/hiv/trang/3/',
		file: 'tin-tuc/chu-de/[tag]/trang/[page].astro',
	},
	// Not built (page 1 is the list itself); redirected there, so it must stay the page-N shape.
	{ name: 'firstPageAlias', url: firstPageAlias(routes.news), expected: '/tin-tuc/trang/1/', file: 'tin-tuc/trang/[page].astro' },
	{ name: 'feed', url: routes.feed, expected: '/rss.xml', file: 'rss.xml.ts' },
	{ name: 'datasets', url: routes.datasets, expected: '/so-lieu/', file: 'so-lieu/index.astro' },
	{ name: 'dataset', url: routes.dataset('lai-chau-2025-x'), expected: '/so-lieu/lai-chau-2025-x/', file: 'so-lieu/[id]/index.astro' },
	{ name: 'datasetCsv', url: routes.datasetCsv('lai-chau-2025-x'), expected: '/so-lieu/lai-chau-2025-x.csv', file: 'so-lieu/[id].csv.ts' },
	{
		name: 'datasetJson',
		url: routes.datasetJson('lai-chau-2025-x'),
		expected: '/so-lieu/lai-chau-2025-x.json',
		file: 'so-lieu/[id].json.ts',
	},
	{
		name: 'datasetXlsx',
		url: routes.datasetXlsx('lai-chau-2025-x'),
		expected: '/so-lieu/lai-chau-2025-x.xlsx',
		file: 'so-lieu/[id].xlsx.ts',
	},
	{ name: 'dataCatalogue', url: routes.dataCatalogue, expected: '/so-lieu/danh-muc.jsonld', file: 'so-lieu/danh-muc.jsonld.ts' },
	{ name: 'allData', url: routes.allData, expected: '/so-lieu/tat-ca.zip', file: 'so-lieu/[archive].zip.ts' },
	{ name: 'cadence', url: routes.cadence, expected: '/so-lieu/nhip-dang-tin/', file: 'so-lieu/nhip-dang-tin/index.astro' },
	{ name: 'cadenceCsv', url: routes.cadenceCsv, expected: '/so-lieu/nhip-dang-tin.csv', file: 'so-lieu/nhip-dang-tin.csv.ts' },
	{ name: 'cadenceJson', url: routes.cadenceJson, expected: '/so-lieu/nhip-dang-tin.json', file: 'so-lieu/nhip-dang-tin.json.ts' },
	{ name: 'cadenceXlsx', url: routes.cadenceXlsx, expected: '/so-lieu/nhip-dang-tin.xlsx', file: 'so-lieu/nhip-dang-tin.xlsx.ts' },
	{ name: 'help', url: routes.help, expected: '/ho-tro/', file: 'ho-tro/index.astro' },
	{
		name: 'helpInLocality',
		url: routes.helpInLocality('lai-chau'),
		expected: '/ho-tro/dia-ban/lai-chau/',
		file: 'ho-tro/dia-ban/[locality].astro',
	},
	{ name: 'forFamilies', url: routes.forFamilies, expected: '/danh-cho/nguoi-dan/', file: 'danh-cho/nguoi-dan/index.astro' },
	{ name: 'forSchools', url: routes.forSchools, expected: '/danh-cho/nha-truong/', file: 'danh-cho/nha-truong/index.astro' },
	{ name: 'forOfficials', url: routes.forOfficials, expected: '/danh-cho/can-bo/', file: 'danh-cho/can-bo/index.astro' },
	{ name: 'admin', url: routes.admin, expected: '/admin/', file: 'admin/index.astro' },
	{ name: 'adminConfig', url: routes.adminConfig, expected: '/admin/config.yml', file: 'admin/config.yml.ts' },
	{ name: 'robots', url: routes.robots, expected: '/robots.txt', file: 'robots.txt.ts' },
];

/** Routes no page file serves: the build or the `public/` folder writes them. */
const otherRoutes = [
	{ name: 'sitemap', url: routes.sitemap, expected: '/sitemap-index.xml' },
	{ name: 'serviceWorker', url: routes.serviceWorker, expected: '/sw.js' },
	{ name: 'favicon', url: routes.favicon, expected: '/favicon.svg' },
	{ name: 'materials', url: routes.materials, expected: '/tai-lieu/' },
	{ name: 'material', url: routes.material('to-roi.pdf'), expected: '/tai-lieu/to-roi.pdf' },
	{ name: 'pagefindScript', url: pagefindScript, expected: '/pagefind/pagefind.js' },
	{ name: 'searchDateOrder', url: searchDateOrder, expected: '/pagefind/thu-tu-ngay.json' },
];

/**
 * The URLs a page file serves, as Astro maps it with directory-style output: `[x]` is one
 * segment, `index.astro` is its folder, `name.astro` is `name/`, an endpoint `name.ext.ts`
 * is `name.ext`, and `404.astro` is written as `404.html`.
 */
function servedPattern(file: string): RegExp {
	const path =
		file === '404.astro'
			? '404.html'
			: file.endsWith('.ts')
				? file.slice(0, -'.ts'.length)
				: file.replace(/(^|\/)index\.astro$/u, '$1').replace(/\.astro$/u, '/');
	const source = path
		.split(/(\[[^\]]+\])/u)
		.map((part) => (part.startsWith('[') ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')))
		.join('');
	return new RegExp(`^/${source}$`, 'u');
}

function pageFiles(dir = PAGES, prefix = ''): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
		entry.isDirectory() ? pageFiles(`${dir}${entry.name}/`, `${prefix}${entry.name}/`) : [`${prefix}${entry.name}`],
	);
}

describe('route builders', () => {
	test.each([...pageRoutes, ...otherRoutes])('$name builds $expected', ({ url, expected }) => {
		expect(url).toBe(expected);
	});

	test.each(pageRoutes)('$expected is served by src/pages/$file', ({ url, file }) => {
		expect(existsSync(`${PAGES}${file}`), `src/pages/${file} không tồn tại`).toBe(true);
		expect(url).toMatch(servedPattern(file));
	});

	test('every page file has a route builder', () => {
		const named = new Set(pageRoutes.map((route) => route.file));
		expect(pageFiles().filter((file) => !named.has(file))).toEqual([]);
	});

	test('every route builder is in the tables above', () => {
		const named = new Set([...pageRoutes, ...otherRoutes].map((route) => route.name));
		expect(
			[...Object.keys(routes), 'pageHref', 'firstPageAlias', 'pagefindScript', 'searchDateOrder'].filter((name) => !named.has(name)),
		).toEqual([]);
	});
});

describe('servedPattern', () => {
	test.each([
		['index.astro', '/', true],
		['tin-tuc/[id]/index.astro', '/tin-tuc/x/', true],
		['tin-tuc/[id]/index.astro', '/tin-tuc/x/y/', false],
		['gioi-thieu.astro', '/gioi-thieu/', true],
		['gioi-thieu.astro', '/gioi-thieu', false],
		['so-lieu/[id].csv.ts', '/so-lieu/x.csv', true],
		['so-lieu/[id].csv.ts', '/so-lieu/x/csv', false],
		['404.astro', '/404.html', true],
	])('%s serves %s: %s', (file, url, served) => {
		expect(servedPattern(file).test(url)).toBe(served);
	});
});

test.each([
	[routes.campaignPrint('ngay-26-6'), true],
	[`https://example.gov.vn${routes.campaignPrint('ngay-26-6')}`, true],
	[routes.campaign('ngay-26-6'), false],
])('isPrintPage(%s) is %s', (path, expected) => {
	expect(isPrintPage(path)).toBe(expected);
});

test.each([
	[routes.plan('quang-ninh-2022'), 'muc-2-4', '/ke-hoach/quang-ninh-2022/#muc-2-4'],
	[routes.help, 'noi-ho-tro', '/ho-tro/#noi-ho-tro'],
	['', 'muc-1', '#muc-1'],
])('anchorHref(%s, %s) is %s', (path, anchor, expected) => {
	expect(anchorHref(path, anchor)).toBe(expected);
});

describe('pageKind', () => {
	test.each([
		[routes.plan('quang-ninh-2022'), 'plan'],
		[routes.plans, 'page'],
		[routes.plansOfYear(2025), 'page'],
		[routes.plansOfLocality('lai-chau'), 'page'],
		[routes.legalDocument('luat-73-2021-qh14'), 'legal'],
		[routes.legalDocuments, 'page'],
		[routes.newsItem('2022-05-20-tin'), 'news'],
		[routes.news, 'page'],
		[routes.tag('hiv-aids'), 'page'],
		[pageHref(routes.news, 2), 'page'],
		[routes.campaign('thang-hanh-dong'), 'campaign'],
		[routes.campaignPrint('thang-hanh-dong'), 'campaign'],
		[routes.campaigns, 'page'],
		[routes.dataset('quang-ninh-2022-cai-nghien'), 'data'],
		[routes.cadence, 'data'],
		[routes.datasets, 'page'],
		[routes.help, 'help'],
		[routes.helpInLocality('lai-chau'), 'help'],
		[routes.forFamilies, 'help'],
		[routes.forSchools, 'page'],
		[routes.forOfficials, 'page'],
		[routes.agency('lai-chau', 'cong-an-thanh-pho'), 'agency'],
		[routes.agencies, 'page'],
		[routes.about, 'page'],
		[routes.home, 'page'],
	])('%s is a %s', (path, kind) => {
		expect(pageKind(path)).toBe(kind);
	});
});
