import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { launchBrowser, type BrowserSession } from '../helpers/browser';
import { startDecapServer, type DecapServer } from '../helpers/decap';
import { freePort } from '../helpers/ports';
import { createFixtureSite, type FixtureSite } from '../helpers/fixture-site';
import { startStaticServer, type StaticServer } from '../helpers/static-server';

/**
 * An editor's week, in real Chromium running in UTC: decap-server on a copy of
 * the project, log in to the local backend, write a news item with Vietnamese
 * typed through an input method, an image with its description, a list, a link,
 * `a < b` and `{`; save; then the file is valid, the site builds, and the item
 * is on /tin-tuc/, in the feed and in search.
 */
const NOW = '2026-11-24T10:00:00+07:00';
const TITLE = 'Họp bàn về cai nghiện tự nguyện tại Đồng Đăng';
const SLUG = '2026-11-20-hop-ban-ve-cai-nghien-tu-nguyen-tai-dong-dang';

let site: FixtureSite;
let decap: DecapServer;
let server: StaticServer;
let browser: BrowserSession;
let page: Page;
const violations: string[] = [];

/** Types a word the way Telex does: the IME composes letter by letter, then commits. */
async function typeWithIme(target: Page, steps: string[]): Promise<void> {
	const cdp = await target.context().newCDPSession(target);
	for (const step of steps)
		await cdp.send('Input.imeSetComposition', { text: step, selectionStart: step.length, selectionEnd: step.length });
	await cdp.send('Input.insertText', { text: steps.at(-1)! });
	await cdp.detach();
}

beforeAll(async () => {
	site = createFixtureSite();
	const port = await freePort();
	const built = site.build({ CMS_LOCAL_BACKEND_URL: `http://127.0.0.1:${port}/api/v1`, PORTAL_NOW: NOW });
	if (!built.ok) throw new Error(built.output);
	decap = await startDecapServer(site.root, port);
	server = await startStaticServer(site.dist);
	browser = await launchBrowser({ viewport: { width: 1280, height: 900 }, timezoneId: 'UTC', env: { TZ: 'UTC' } });
	page = await browser.context.newPage();
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (event) => {
			(window as unknown as { cspViolations: string[] }).cspViolations ??= [];
			(window as unknown as { cspViolations: string[] }).cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`);
		});
	});
	page.on('pageerror', (error) => violations.push(`pageerror: ${error.message}`));
}, 300_000);

afterAll(async () => {
	await browser?.close();
	await server?.close();
	await decap?.stop();
	site?.remove();
});

describe('an editor writes the weekly news in the CMS', () => {
	test('the admin page is Vietnamese, kept out of search engines, and loads nothing from elsewhere', async () => {
		const external: string[] = [];
		page.on('request', (request) => {
			const url = new URL(request.url());
			if (!['127.0.0.1', 'localhost'].includes(url.hostname) && url.protocol.startsWith('http')) external.push(request.url());
		});
		await page.goto(`${server.origin}/admin/`);
		expect(await page.locator('meta[name="robots"]').getAttribute('content')).toContain('noindex');
		await page.getByRole('button', { name: 'Đăng nhập' }).click();
		await page.getByText('Bộ sưu tập').waitFor();
		for (const name of [
			'Tin tức',
			'Chiến dịch',
			'Số liệu (kết quả)',
			'Nơi hỗ trợ',
			'Trang tĩnh',
			'Kế hoạch (thuộc tính)',
			'Văn bản',
			'Cài đặt cổng',
		]) {
			expect(await page.getByRole('link', { name }).count(), name).toBeGreaterThan(0);
		}
		expect(await page.locator('a[href="/huong-dan-bien-tap/"]').count()).toBe(1);
		expect(external).toEqual([]);
	});

	test('creates an item with an image, a list, a link, a < b, { and Vietnamese typed through an input method', async () => {
		await page.goto(`${server.origin}/admin/#/collections/news/new`);
		await page.getByLabel('Tiêu đề').fill(TITLE);
		await page.getByLabel('Sapo').fill('Tin thử nghiệm trong bộ kiểm thử.');
		await page.getByLabel('Ngày đăng').fill('2026-11-20');
		await page.getByLabel('Đơn vị, tác giả').fill('Ban biên tập');
		await page.getByRole('button', { name: 'Thêm chủ đề' }).click();
		await page.locator('[id^="tags-field"] input').last().fill('Cai nghiện');
		await page.getByRole('button', { name: 'Thêm kế hoạch liên quan' }).click();
		await page.locator('[id^="plans-field"] input').last().click();
		await page.locator('[class*="option"]', { hasText: 'Lai Châu' }).first().click();
		await page.getByRole('button', { name: 'Chọn một hình' }).click();
		await page.locator('input[type=file]').setInputFiles({
			name: 'anh-hop.jpg',
			mimeType: 'image/jpeg',
			buffer: await sharp({ create: { width: 1600, height: 1200, channels: 3, background: '#336699' } })
				.jpeg()
				.toBuffer(),
		});
		await page.getByRole('button', { name: 'Lấy những cái đã chọn' }).click();
		await page.getByLabel('Mô tả ảnh (bắt buộc)').fill('Cán bộ xã nói chuyện với người dân');
		const editor = page.locator('.cms-editor-raw [contenteditable="true"], .cms-editor-raw textarea').first();
		await editor.click();
		await page.keyboard.type('Họp tại ');
		await typeWithIme(page, ['V', 'Vi', 'Vie', 'Viê', 'Viêt', 'Việt']);
		await page.keyboard.type(' Nam: a < b và dấu { lẻ.\n\n- mục một\n- mục hai\n\n[Xem kế hoạch](/ke-hoach/lai-chau-2025/)');
		const preview = page.locator('iframe').first().contentFrame();
		await expect
			.poll(async () =>
				preview
					.locator('.prose')
					.innerText()
					.catch(() => ''),
			)
			.toContain('a < b và dấu { lẻ');
		await page.getByRole('button', { name: 'Công bố' }).click();
		await page.getByText('Công bố ngay', { exact: true }).click();
		const file = join(site.root, 'content/news', `${SLUG}.md`);
		await expect.poll(() => existsSync(file), { timeout: 15_000 }).toBe(true);
		expect(await page.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? [])).toEqual([]);
		expect(violations).toEqual([]);
	});

	test('the saved file has valid frontmatter, the day picked in a UTC browser, and the text as typed', () => {
		const text = readFileSync(join(site.root, 'content/news', `${SLUG}.md`), 'utf8');
		const [, front, body] = text.split(/^---$/mu);
		const data = parse(front!);
		expect(data).toMatchObject({
			title: TITLE,
			author: 'Ban biên tập',
			tags: ['Cai nghiện'],
			plans: ['lai-chau-2025'],
			image: { alt: 'Cán bộ xã nói chuyện với người dân' },
		});
		expect(String(front)).toMatch(/^date: 2026-11-20$/mu);
		expect(data.image.src).toMatch(/^\.\.\/media\/anh-hop\.jpg$/u);
		expect(existsSync(join(site.root, 'content/media/anh-hop.jpg'))).toBe(true);
		expect(body).toContain('Họp tại Việt Nam: a < b và dấu { lẻ.');
		expect(body!.match(/Việt/gu)).toHaveLength(1);
		expect(body).toContain('- mục một\n- mục hai');
	});

	test('the site builds and the item is on /tin-tuc/, in the feed and in search', async () => {
		const rebuilt = site.build({ PORTAL_NOW: NOW });
		expect(rebuilt.ok, rebuilt.output.slice(-2000)).toBe(true);
		expect(readFileSync(join(site.dist, 'tin-tuc/index.html'), 'utf8')).toContain(`/tin-tuc/${SLUG}/`);
		expect(readFileSync(join(site.dist, 'rss.xml'), 'utf8')).toContain(TITLE);
		const itemPage = readFileSync(join(site.dist, `tin-tuc/${SLUG}/index.html`), 'utf8');
		expect(itemPage).toContain('a &lt; b và dấu { lẻ.');
		await server.close();
		server = await startStaticServer(site.dist);
		const reader = await browser.context.newPage();
		await reader.goto(`${server.origin}/tim-kiem/?q=dong+dang`);
		await reader.waitForFunction(() => document.querySelectorAll('#search-results li').length > 0, null, { timeout: 15_000 });
		const found = await reader.$$eval('#search-results h2 a', (links) => links.map((link) => (link as HTMLAnchorElement).pathname));
		expect(found.slice(0, 3)).toContain(`/tin-tuc/${SLUG}/`);
		await reader.close();
	});
});
