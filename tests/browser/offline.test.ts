import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { writeServiceWorker } from '../../src/integrations/service-worker';
import { OFFLINE_CACHE_PREFIX } from '../../src/lib/offline';
import { routes } from '../../src/lib/routes';
import { launchBrowser, PHONE, type BrowserSession } from '../helpers/browser';
import { assertBuilt, DIST, listPages, scriptsOf } from '../helpers/dist';
import { startNginx, type NginxServer } from '../helpers/nginx';

/**
 * Reading offline, as a commune with a weak signal uses it: through nginx with the shipped
 * config, a reader opts in on the offline page, the site changes and the saved pages follow,
 * then the network is cut (Chromium offline, nginx stopped) and the saved pages still open.
 * The site is a copy of dist/, so that it can change.
 */
let root: string;
let nginx: NginxServer | undefined;
let browser: BrowserSession;
let page: Page;

/** A campaign's print sheet, when the portal has a campaign. */
const campaignSheet = listPages().find((path) => path.startsWith(routes.campaigns) && path.endsWith('/in/'));
const NO_CAMPAIGN = 'nội dung không có chiến dịch: không có trang in nào để đọc khi mất mạng';
const plan = listPages().find((path) => /^\/ke-hoach\/(?!nam\/|dia-ban\/)[^/]+\/$/u.test(path))!;
const MARKER = 'bản cập nhật kiểm thử';

beforeAll(async () => {
	assertBuilt();
	root = mkdtempSync(join(tmpdir(), 'portal-offline-'));
	cpSync(DIST, root, { recursive: true });
	nginx = await startNginx(root);
	browser = await launchBrowser(PHONE);
	page = await browser.context.newPage();
});

afterAll(async () => {
	await browser?.close();
	await nginx?.close();
	rmSync(root, { recursive: true, force: true });
});

/** The names of the worker's caches, seen from a page of the site. */
const cacheNames = () =>
	page.evaluate((prefix) => caches.keys().then((names) => names.filter((name) => name.startsWith(prefix))), OFFLINE_CACHE_PREFIX);
const version = () => /version ([0-9a-f]+)/u.exec(readFileSync(join(root, 'sw.js'), 'utf8'))![1]!;

describe('reading offline', () => {
	test('only the offline page registers a worker; help, campaign sheets and plans ship no script', () => {
		for (const path of [routes.help, plan, ...(campaignSheet ? [campaignSheet] : [])]) expect(scriptsOf(path), path).toEqual([]);
		const registering = listPages().filter((path) =>
			scriptsOf(path).some(
				(script) => /serviceWorker/u.test(script.textContent ?? '') || /offline/u.test(script.getAttribute('src') ?? ''),
			),
		);
		expect(registering.filter((path) => path !== routes.offline)).toEqual([]);
	});

	test('the worker script is served with its own policy and is never cached long', async () => {
		const response = await fetch(`${nginx!.origin}${routes.serviceWorker}`);
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toMatch(/javascript/u);
		expect(response.headers.get('content-security-policy')).toMatch(/^default-src 'self'(;|$)/u);
		expect(response.headers.get('cache-control')).toBe('no-cache');
	});

	test('after opting in, the saved pages follow a change of the site, then open with the network cut', async () => {
		await page.goto(`${nginx!.origin}${routes.offline}`);
		expect(await page.locator('#offline-no-js').isVisible()).toBe(false);
		await page.locator('#offline-save').click();
		await page.waitForFunction(() => /^Đã lưu \d+ trang/u.test(document.querySelector('#offline-status')?.textContent ?? ''), null, {
			timeout: 30_000,
		});
		expect(await cacheNames()).toEqual([`${OFFLINE_CACHE_PREFIX}${version()}`]);
		expect(await page.locator('#offline-remove').isVisible()).toBe(true);

		// The site changes, as a rebuild changes it: the help page, and with it the worker's version.
		const help = join(root, 'ho-tro', 'index.html');
		writeFileSync(help, readFileSync(help, 'utf8').replace(/(<h1[^>]*>)/u, `$1${MARKER}: `));
		writeServiceWorker(root);
		// A reader who comes back online only browses the site: the browser finds the new worker by itself.
		await page.goto(`${nginx!.origin}${routes.home}`);
		const expected = [`${OFFLINE_CACHE_PREFIX}${version()}`];
		for (let waited = 0; waited < 30_000 && (await cacheNames()).join() !== expected.join(); waited += 500) await page.waitForTimeout(500);
		expect(await cacheNames()).toEqual(expected);

		// The network is cut: Chromium offline, and the server stopped.
		await browser.context.setOffline(true);
		await nginx!.close();
		nginx = undefined;
		const origin = new URL(page.url()).origin;
		await page.goto(`${origin}${routes.help}`);
		expect(await page.locator('h1').textContent()).toContain(MARKER);
		expect(await page.locator('a[href="tel:113"]').count()).toBeGreaterThan(0);
		// Its stylesheet was saved too: the page looks as it does online.
		expect(await page.locator('.help-strip').evaluate((strip) => getComputedStyle(strip).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
		if (campaignSheet) {
			await page.goto(`${origin}${campaignSheet}`);
			expect(await page.locator('main').textContent()).toContain('Thông điệp chính');
		} else console.info(`[bỏ qua] ${NO_CAMPAIGN}`);
		await page.goto(`${origin}${plan}`);
		expect(await page.locator('.doc-text').count()).toBe(1);
		// A page that was not saved shows the list of those that were.
		await page.goto(`${origin}${routes.news}`);
		expect(await page.locator('h1').textContent()).toBe('Lưu để đọc khi không có mạng');
	});
});
