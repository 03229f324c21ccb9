import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { formatViolations, runAxe } from '../helpers/axe';
import { launchBrowser, type BrowserSession } from '../helpers/browser';
import { assertBuilt, DIST, loadPage, textOf } from '../helpers/dist';
import { foldWord } from '../../src/lib/search-text';
import { routes, searchDateOrder } from '../../src/lib/routes';
import { SEARCH_DATE_META, SEARCH_FILTERS } from '../../src/lib/search-query';
import { startStaticServer, type StaticServer } from '../helpers/static-server';
import { transferSize } from '../helpers/transfer';

/** Queries typed as people type them on a phone, without marks, and a page each must find in the top 3. */
const QUERIES: [query: string, expected: string | RegExp][] = [
	['146/KH-UBND', '/ke-hoach/quang-ninh-2022/'],
	['nghi dinh 116', '/van-ban/nghi-dinh-116-2021-nd-cp/'],
	['cai nghien bat buoc', /^\/(ho-tro|ke-hoach\/lai-chau-2025)\/$/u],
	['dieu tri methadone', /^\/(ho-tro|ke-hoach\/lai-chau-2025|so-lieu\/lai-chau-2025-dieu-tri-methadone)\/$/u],
	['dao tao nghe', /^\/(ke-hoach\/quang-ninh-2022|so-lieu\/quang-ninh-2022-dao-tao-nghe|van-ban\/ke-hoach-104-kh-ubnd-quang-ninh)\/$/u],
	['Lai Chau 2025', '/ke-hoach/lai-chau-2025/'],
	['doanh nghiep', /^\/(ke-hoach\/(lai-chau-2025|quang-ninh-2022)|ho-tro)\/$/u],
	['day nghe', /^\/(ke-hoach\/(lai-chau-2025|quang-ninh-2022)|ho-tro)\/$/u],
	['thang hanh dong phong chong ma tuy', '/chien-dich/thang-hanh-dong-phong-chong-ma-tuy/'],
	['HIV/AIDS', '/chien-dich/thang-hanh-dong-quoc-gia-phong-chong-hiv-aids/'],
	['Quang Ninh', /^\/(ke-hoach\/quang-ninh-2022|tin-tuc\/2026-11-24-quang-ninh-ban-hanh-ke-hoach-146)\/$/u],
	[
		'Lai Chau',
		/^\/(ke-hoach\/lai-chau-2025|tin-tuc\/2026-11-24-lai-chau-ban-hanh-ke-hoach-363|van-ban\/ke-hoach-363-kh-ubnd-lai-chau)\/$/u,
	],
	['methadone', /^\/(ho-tro|ke-hoach\/lai-chau-2025|so-lieu\/lai-chau-2025-dieu-tri-methadone)\/$/u],
	['luat phong chong ma tuy', '/van-ban/luat-73-2021-qh14/'],
	['363/KH-UBND', '/van-ban/ke-hoach-363-kh-ubnd-lai-chau/'],
	['ngay toan dan phong chong ma tuy', '/chien-dich/ngay-quoc-te-phong-chong-ma-tuy/'],
	['loa truyen thanh', /^\/chien-dich\/[a-z-]+\/$/u],
	['diem tu van', /^\/(ho-tro|ke-hoach\/quang-ninh-2022|so-lieu\/quang-ninh-2022-diem-tu-van)\/$/u],
	['cong an thanh pho', '/co-quan/lai-chau/cong-an-thanh-pho/'],
	['nghi quyet 68', '/van-ban/nghi-quyet-68-2023-nq-hdnd-lai-chau/'],
	['cai nghien tu nguyen tai gia dinh', /^\/(ho-tro|ke-hoach\/lai-chau-2025)\/$/u],
	['điều trị Methadone', /^\/(ho-tro|ke-hoach\/lai-chau-2025|so-lieu\/lai-chau-2025-dieu-tri-methadone)\/$/u],
	['tuyen bo tiep can', '/tuyen-bo-tiep-can/'],
];

/** A family's questions, typed without marks: the first result is a page written for the public. */
const FAMILY_QUERIES = ['con toi nghien ma tuy', 'cai nghien tu nguyen o dau', 'nguoi than nghien'];
const PUBLIC = 'Người dân và gia đình';

let server: StaticServer;
let browser: BrowserSession;
let page: Page;

/** Waits until the results of the current URL's search are on the page (the list says it is no longer busy). */
async function settled(target: Page = page): Promise<void> {
	await target.waitForFunction(
		() =>
			document.querySelector('#search-results')?.getAttribute('aria-busy') === 'false' &&
			/Tìm thấy|Không tìm thấy/u.test(document.querySelector('#search-status')?.textContent ?? ''),
		null,
		{ timeout: 15_000 },
	);
}

async function resultsFor(query: string): Promise<string[]> {
	await page.goto(`${server.origin}/tim-kiem/?q=${encodeURIComponent(query)}`);
	await settled();
	return page.$$eval('#search-results h2 a', (links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
}

beforeAll(async () => {
	assertBuilt();
	server = await startStaticServer(DIST);
	browser = await launchBrowser({ bypassCSP: true });
	page = await browser.context.newPage();
});

afterAll(async () => {
	await browser?.close();
	await server?.close();
});

describe('queries typed without marks find marked text', () => {
	test.each(QUERIES)('%j finds %s in the top 3', async (query, expected) => {
		const top = (await resultsFor(query)).slice(0, 3);
		const found = top.some((path) => (typeof expected === 'string' ? path === expected : expected.test(path)));
		expect(found, `top 3 cho "${query}": ${top.join(', ')}`).toBe(true);
	});
});

describe('queries a family types', () => {
	test.each(FAMILY_QUERIES)('%j has a page written for the public first', async (query) => {
		const [first] = await resultsFor(query);
		const audiences = [...loadPage(first!).querySelectorAll(`meta[data-pagefind-filter="${SEARCH_FILTERS.audience}[content]"]`)].map(
			(meta) => meta.getAttribute('content'),
		);
		expect(audiences, `kết quả đầu cho "${query}": ${first}`).toContain(PUBLIC);
	});

	test("the editors' guide is not in public search", async () => {
		expect(await resultsFor('huong dan bien tap')).not.toContain(routes.editorGuide);
	});
});

describe('the search page', () => {
	test('each result shows its type and an excerpt with the words marked', async () => {
		await resultsFor('cai nghien');
		const first = page.locator('#search-results li').first();
		expect(await first.locator('.badge').textContent()).toMatch(/^(Kế hoạch|Văn bản|Tin tức|Chiến dịch|Số liệu|Hỗ trợ|Cơ quan|Trang)$/u);
		expect(await first.locator('mark').count()).toBeGreaterThan(0);
		expect(await page.locator('#search-status').textContent()).toMatch(/^Tìm thấy \d+ kết quả cho “cai nghien”\.$/u);
	});

	test.each([
		['cong an thanh pho', '/co-quan/lai-chau/cong-an-thanh-pho/', 'Cơ quan'],
		['danh cho nha truong', routes.forSchools, 'Trang'],
		['146/KH-UBND', '/ke-hoach/quang-ninh-2022/', 'Kế hoạch'],
		['cai nghien bat buoc', routes.help, 'Hỗ trợ'],
	])('%j: %s is shown as %s', async (query, path, type) => {
		await resultsFor(query);
		const item = page.locator('#search-results li', { has: page.locator(`h2 a[href="${path}"]`) });
		expect(await item.locator('.badge').textContent()).toBe(type);
	});

	test.each(['tri', 'nguoi than nghien', 'dieu tri methadone', '146/KH-UBND'])(
		'%j marks only the words searched for, whole',
		async (query) => {
			await resultsFor(query);
			const wanted = new Set(query.match(/[\p{L}\p{N}]+/gu)!.map(foldWord));
			const marked = await page.$$eval('#search-results mark', (marks) => marks.map((mark) => mark.textContent ?? ''));
			expect(marked.length).toBeGreaterThan(0);
			expect(marked.filter((word) => !wanted.has(foldWord(word)))).toEqual([]);
		},
	);

	test('a result shows đ as the page writes it, never the stroke the index holds it with', async () => {
		const found = await resultsFor('dieu tri methadone');
		const shown = await page.$$eval('#search-results li', (items) =>
			items.map((item) => [item.querySelector('h2')?.textContent ?? '', item.querySelector('.result-excerpt')?.textContent ?? '']),
		);
		expect(shown.flat().filter((text) => text.includes('\u0335'))).toEqual([]);
		expect(
			shown.some(([title]) => /đ/iu.test(title!)),
			'một tiêu đề có đ',
		).toBe(true);
		expect(
			shown.some(([, excerpt]) => /điều trị/iu.test(excerpt!)),
			'một đoạn trích có "điều trị"',
		).toBe(true);
		// The pages served are not touched: the stroke is only in what Pagefind reads.
		for (const path of found) expect(loadPage(path).documentElement.outerHTML, path).not.toContain('\u0335');
	});

	test('a query is one search: typed with or without marks it finds the same pages, loading one index chunk a word at most', async () => {
		const search = async (query: string) => {
			const fresh = await browser.context.newPage();
			let chunks = 0;
			// A routed request skips the HTTP cache: every chunk the query needs is counted.
			await fresh.route('**/pagefind/index/*', (route) => {
				chunks += 1;
				return route.continue();
			});
			try {
				await fresh.goto(`${server.origin}/tim-kiem/?q=${encodeURIComponent(query)}`);
				await settled(fresh);
				const paths = await fresh.$$eval('#search-results h2 a', (links) => links.map((link) => link.getAttribute('href')));
				return { paths, chunks };
			} finally {
				await fresh.close();
			}
		};
		const plain = await search('dieu tri methadone');
		const marked = await search('điều trị methadone');
		expect(plain.paths.length).toBeGreaterThan(0);
		expect(marked.paths).toEqual(plain.paths);
		// Counted at all: the index is fetched through the route.
		expect(plain.chunks).toBeGreaterThan(0);
		expect(plain.chunks, 'không dấu').toBeLessThanOrEqual(3);
		expect(marked.chunks, 'có dấu').toBeLessThanOrEqual(3);
	});

	test('excerpts cut at whole words and say where text is left out', async () => {
		await resultsFor('cai nghien tu nguyen');
		const excerpts = await page.$$eval('#search-results .result-excerpt', (paragraphs) =>
			paragraphs.map((paragraph) => paragraph.textContent ?? ''),
		);
		const pages = await page.$$eval('#search-results h2 a', (links) =>
			links.map((link) => new URL((link as HTMLAnchorElement).href).pathname),
		);
		expect(excerpts.length).toBeGreaterThan(3);
		excerpts.forEach((excerpt, index) => {
			const text = textOf(loadPage(pages[index]!).querySelector('main'));
			const inner = excerpt.replace(/^… /u, '').replace(/ …$/u, '');
			const [firstWord] = inner.split(' ');
			// A word cut at its start would not be found with a space or the start of the text before it.
			expect(excerpt.startsWith('… ') || text.trimStart().startsWith(firstWord!), excerpt).toBe(true);
			expect(new RegExp(`(^|[\\s(“"])${firstWord!.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}`, 'u').test(text), excerpt).toBe(true);
		});
	});

	test('"Xem thêm kết quả" shows only while results are left', async () => {
		await page.goto(`${server.origin}/tim-kiem/`);
		await page.waitForFunction(() => !document.querySelector('#search-form')?.hasAttribute('hidden'));
		expect(await page.locator('#search-more').isVisible(), 'trước khi tìm').toBe(false);
		const few = await resultsFor('nghi quyet 68');
		expect(few.length).toBeLessThanOrEqual(10);
		expect(await page.locator('#search-more').isVisible(), 'danh sách đã đủ').toBe(false);
		const many = await resultsFor('ma tuy');
		expect(many).toHaveLength(10);
		expect(await page.locator('#search-more').isVisible(), 'còn kết quả').toBe(true);
		const total = Number(/Tìm thấy (\d+)/u.exec((await page.locator('#search-status').textContent()) ?? '')![1]);
		while (await page.locator('#search-more').isVisible()) {
			const count = await page.locator('#search-results li').count();
			await page.locator('#search-more').click();
			await page.waitForFunction((before) => document.querySelectorAll('#search-results li').length > before, count);
		}
		expect(await page.locator('#search-results li').count()).toBe(total);
		const links = await page.$$eval('#search-results h2 a', (anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
		expect(new Set(links).size, 'mỗi trang một lần').toBe(total);
		expect(await page.locator('#search-more').isVisible(), 'đã hiện hết').toBe(false);
	});

	test('a type filter narrows the results and lives in the URL; the back button restores', async () => {
		await resultsFor('cai nghien');
		const before = await page.locator('#search-results li').count();
		await page.locator('details.filters summary').click();
		await page.locator('input[name="loai"][value="Tin tức"]').check();
		await page.waitForURL(/loai=Tin\+t%E1%BB%A9c/u);
		// The results of the filtered search, not the list being replaced: wait for the list to settle.
		await settled();
		const types = await page.$$eval('#search-results .badge', (badges) => [...new Set(badges.map((badge) => badge.textContent))]);
		expect(types).toEqual(['Tin tức']);
		expect(await page.locator('#search-results li').count()).toBeLessThan(before);
		await page.goBack();
		await page.waitForFunction(() => !new URLSearchParams(location.search).has('loai'));
		await settled();
		expect(await page.locator('#search-results li').count()).toBe(before);
		expect(await page.locator('input[name="loai"][value="Tin tức"]').isChecked()).toBe(false);
	});

	test('sorting by date puts the newest first', async () => {
		await page.goto(`${server.origin}/tim-kiem/?loai=Tin+t%E1%BB%A9c&sap-xep=moi`);
		await settled();
		const dates = await page.$$eval('#search-results h2 a', (links) =>
			links.map((link) => /\/(\d{4}-\d{2}-\d{2})-/u.exec(link.getAttribute('href') ?? '')?.[1] ?? ''),
		);
		expect(dates.length).toBeGreaterThan(1);
		expect(dates).toEqual([...dates].sort().reverse());
	});

	test('oldest first orders every kind of page by its date; only a sorted search loads the date order', async () => {
		const fresh = await browser.context.newPage();
		const orders: string[] = [];
		fresh.on('request', (request) => {
			if (new URL(request.url()).pathname === searchDateOrder) orders.push(request.url());
		});
		try {
			await fresh.goto(`${server.origin}/tim-kiem/?q=${encodeURIComponent('ma tuy')}`);
			await settled(fresh);
			expect(orders, 'tìm theo mức liên quan').toEqual([]);
			await fresh.goto(`${server.origin}/tim-kiem/?q=${encodeURIComponent('ma tuy')}&sap-xep=cu`);
			await settled(fresh);
			expect(orders).toHaveLength(1);
			const paths = await fresh.$$eval('#search-results h2 a', (links) =>
				links.map((link) => new URL((link as HTMLAnchorElement).href).pathname),
			);
			// Each result's date as its page declares it (undated pages first, as the oldest).
			const dates = paths.map(
				(path) => loadPage(path).querySelector(`meta[data-pagefind-meta="${SEARCH_DATE_META}[content]"]`)?.getAttribute('content') ?? '',
			);
			expect(new Set(paths.map((path) => path.split('/')[1])).size, 'nhiều loại trang').toBeGreaterThan(1);
			expect(dates).toEqual([...dates].sort());
		} finally {
			await fresh.close();
		}
	});

	test('axe finds nothing with results shown and the filters open', async () => {
		await resultsFor('ke hoach');
		await page.locator('details.filters summary').click();
		const violations = await runAxe(page);
		expect(violations, formatViolations('/tim-kiem/', violations)).toEqual([]);
	});

	test('it is usable by keyboard: type, Enter, then Tab reaches the first result', async () => {
		await page.goto(`${server.origin}/tim-kiem/`);
		await page.locator('#tu-khoa').focus();
		await page.keyboard.type('dao tao nghe');
		await page.keyboard.press('Enter');
		await page.waitForFunction(() => document.querySelectorAll('#search-results li').length > 0);
		expect(new URL(page.url()).searchParams.get('q')).toBe('dao tao nghe');
		let reached = false;
		for (let i = 0; i < 8 && !reached; i += 1) {
			await page.keyboard.press('Tab');
			reached = await page.evaluate(() => document.activeElement?.closest('#search-results') !== null);
		}
		expect(reached).toBe(true);
	});
});

describe('without JavaScript', () => {
	test('the page says search needs JavaScript, shows no control that cannot work and links the topic pages', async () => {
		const noJs = await launchBrowser({ javaScriptEnabled: false });
		const plain = await noJs.context.newPage();
		await plain.goto(`${server.origin}/tim-kiem/?q=cai+nghien`);
		expect(await plain.locator('#search-no-js').isVisible()).toBe(true);
		expect(await plain.locator('#search-no-js').textContent()).toContain('cần JavaScript');
		const topics = await plain.$$eval('#search-no-js a', (links) => links.map((link) => link.getAttribute('href')));
		expect(topics).toEqual([routes.help, routes.forFamilies, routes.plans, routes.legalDocuments]);
		const controls = await plain.$$eval('main input, main select, main button, main textarea, [disabled]', (elements) =>
			elements
				.filter((element) => (element as HTMLElement).offsetParent !== null || element.hasAttribute('disabled'))
				.map((element) => element.outerHTML.slice(0, 80)),
		);
		expect(controls, 'không có ô hay nút không dùng được').toEqual([]);
		expect(await plain.locator('#search-more').isVisible()).toBe(false);
		expect(await plain.locator('#search-status').isVisible()).toBe(false);
		await noJs.close();
	});
});

describe('what a first search costs', () => {
	test('the search page and a first query transfer under 300 KB compressed (all requests)', async () => {
		const fresh = await launchBrowser();
		const first = await fresh.context.newPage();
		server.log.length = 0;
		await first.goto(`${server.origin}/tim-kiem/?q=cai+nghien+tu+nguyen`);
		await first.waitForFunction(() => document.querySelectorAll('#search-results li').length > 0);
		// What travels with gzip on, as the shipped nginx config serves it (the .pf_ files are already compressed).
		const sent = server.log.map((entry) => ({ ...entry, gzip: transferSize(entry.path) }));
		const total = sent.reduce((sum, entry) => sum + entry.gzip, 0);
		console.log(
			`Tìm kiếm lần đầu: ${sent.length} yêu cầu, ${Math.round(total / 1024)} KB nén (${Math.round(sent.reduce((sum, entry) => sum + entry.bytes, 0) / 1024)} KB chưa nén)`,
		);
		expect(total).toBeLessThan(300 * 1024);
		await fresh.close();
	});
});
