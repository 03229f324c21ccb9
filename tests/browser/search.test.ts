import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { formatViolations, runAxe } from '../helpers/axe';
import { launchBrowser, type BrowserSession } from '../helpers/browser';
import { assertBuilt, DIST } from '../helpers/dist';
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
	['huong dan bien tap', '/huong-dan-bien-tap/'],
	['cai nghien tu nguyen tai gia dinh', /^\/(ho-tro|ke-hoach\/lai-chau-2025)\/$/u],
	['điều trị Methadone', /^\/(ho-tro|ke-hoach\/lai-chau-2025|so-lieu\/lai-chau-2025-dieu-tri-methadone)\/$/u],
	['tuyen bo tiep can', '/tuyen-bo-tiep-can/'],
];

let server: StaticServer;
let browser: BrowserSession;
let page: Page;

async function resultsFor(query: string): Promise<string[]> {
	await page.goto(`${server.origin}/tim-kiem/?q=${encodeURIComponent(query)}`);
	await page.waitForFunction(() => /Tìm thấy|Không tìm thấy/u.test(document.querySelector('#search-status')?.textContent ?? ''), null, {
		timeout: 15_000,
	});
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

describe('the search page', () => {
	test('each result shows its type and an excerpt with the words marked', async () => {
		await resultsFor('cai nghien');
		const first = page.locator('#search-results li').first();
		expect(await first.locator('.badge').textContent()).toMatch(/^(Kế hoạch|Văn bản|Tin tức|Chiến dịch|Số liệu|Hỗ trợ|Trang)$/u);
		expect(await first.locator('mark').count()).toBeGreaterThan(0);
		expect(await page.locator('#search-status').textContent()).toMatch(/^Tìm thấy \d+ kết quả cho “cai nghien”\.$/u);
	});

	test('a type filter narrows the results and lives in the URL; the back button restores', async () => {
		await resultsFor('cai nghien');
		const before = await page.locator('#search-results li').count();
		await page.locator('details.filters summary').click();
		await page.locator('input[name="loai"][value="Tin tức"]').check();
		await page.waitForURL(/loai=Tin\+t%E1%BB%A9c/u);
		await page.waitForFunction(() =>
			[...document.querySelectorAll('#search-results .badge')].every((badge) => badge.textContent === 'Tin tức'),
		);
		const types = await page.$$eval('#search-results .badge', (badges) => [...new Set(badges.map((badge) => badge.textContent))]);
		expect(types).toEqual(['Tin tức']);
		expect(await page.locator('#search-results li').count()).toBeLessThan(before);
		await page.goBack();
		await page.waitForFunction(() => !new URLSearchParams(location.search).has('loai'));
		await page.waitForFunction((count) => document.querySelectorAll('#search-results li').length >= Math.min(count, 10), before);
		expect(await page.locator('input[name="loai"][value="Tin tức"]').isChecked()).toBe(false);
	});

	test('sorting by date puts the newest first', async () => {
		await page.goto(`${server.origin}/tim-kiem/?loai=Tin+t%E1%BB%A9c&sap-xep=moi`);
		await page.waitForFunction(() => document.querySelectorAll('#search-results li').length > 1);
		const first = await page.locator('#search-results h2 a').first().getAttribute('href');
		// The shipped items were all posted on one day; the newest posting date comes first.
		expect(first).toContain('2026-11-24');
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
	test('the page explains and links to the section lists', async () => {
		const noJs = await launchBrowser({ javaScriptEnabled: false });
		const plain = await noJs.context.newPage();
		await plain.goto(`${server.origin}/tim-kiem/?q=cai+nghien`);
		expect(await plain.locator('#search-no-js').isVisible()).toBe(true);
		expect(await plain.locator('#search-no-js a[href="/ke-hoach/"]').count()).toBe(1);
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
