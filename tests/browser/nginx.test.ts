import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Page, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { IMMUTABLE, RESPONSE_HEADERS } from '../../src/lib/deploy-config';
import { launchBrowser, type BrowserSession } from '../helpers/browser';
import { assertBuilt, DIST, listPages } from '../helpers/dist';
import { startNginx, type NginxServer } from '../helpers/nginx';
import { startStaticServer, type StaticServer } from '../helpers/static-server';

/**
 * The site as deployed: real nginx with the shipped config over dist/, real
 * Chromium with the policy enforced (no bypass). Every page is opened; a
 * search and a chart are run; any policy violation or missing header fails.
 */

let nginx: NginxServer;
let browser: BrowserSession;

beforeAll(async () => {
	assertBuilt();
	nginx = await startNginx(DIST);
	browser = await launchBrowser();
}, 60_000);

afterAll(async () => {
	await browser?.close();
	await nginx?.close();
});

/** What a page did under the enforced policy. */
interface Visit {
	violations: string[];
	responses: Response[];
}

/** Opens a page with a listener for policy violations, installed before any script of the page runs. */
async function visit(path: string, then?: (page: Page) => Promise<void>): Promise<Visit> {
	const page = await browser.context.newPage();
	const responses: Response[] = [];
	const violations: string[] = [];
	page.on('response', (response) => responses.push(response));
	page.on('console', (message) => {
		if (/Content Security Policy|Refused to/u.test(message.text())) violations.push(message.text());
	});
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (event) => {
			console.error(`Refused to load: ${event.violatedDirective} ${event.blockedURI}`);
		});
	});
	try {
		await page.goto(`${nginx.origin}${path}`, { waitUntil: 'load' });
		if (then) await then(page);
		await page.waitForTimeout(50);
		return { violations, responses };
	} finally {
		await page.close();
	}
}

function missingHeaders(response: Response): string[] {
	const headers = response.headers();
	return Object.entries(RESPONSE_HEADERS)
		.filter(([name, value]) => headers[name.toLowerCase()] !== value)
		.map(([name]) => `${response.url()}: ${name}`);
}

/** A raw request to nginx, for what a browser hides (compression, redirects). */
function fetchRaw(
	path: string,
	headers: Record<string, string> = {},
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
	return new Promise((resolveResponse, reject) => {
		const call = request(`${nginx.origin}${path}`, { headers }, (response) => {
			const chunks: Buffer[] = [];
			response.on('data', (chunk: Buffer) => chunks.push(chunk));
			response.on('end', () =>
				resolveResponse({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }),
			);
		});
		call.on('error', reject);
		call.end();
	});
}

describe('every page under the enforced policy, served by nginx', () => {
	test('no page breaks its policy, and every response carries the security headers', async () => {
		const problems: string[] = [];
		for (const path of listPages()) {
			const { violations, responses } = await visit(path);
			problems.push(...violations.map((violation) => `${path}: ${violation}`));
			for (const response of responses.filter((candidate) => candidate.url().startsWith(nginx.origin)))
				problems.push(...missingHeaders(response));
		}
		expect(problems, nginx.errors()).toEqual([]);
	}, 240_000);

	test('a search runs (WebAssembly allowed on that page only) with no violation', async () => {
		let results = 0;
		const { violations, responses } = await visit('/tim-kiem/?q=cai%20nghien', async (page) => {
			await page.waitForFunction(() => /Tìm thấy|Không tìm thấy/u.test(document.querySelector('#search-status')?.textContent ?? ''), null, {
				timeout: 15_000,
			});
			results = await page.locator('#search-results h2 a').count();
		});
		expect(violations).toEqual([]);
		expect(results).toBeGreaterThan(0);
		expect(responses.some((response) => response.url().includes('/pagefind/'))).toBe(true);
	});

	test('a chart draws with no violation', async () => {
		const { violations } = await visit('/so-lieu/nhip-dang-tin/', async (page) => {
			await page.locator('[data-chart]').first().scrollIntoViewIfNeeded();
			await page.waitForSelector('[data-chart-drawn="true"]', { timeout: 15_000 });
		});
		expect(violations).toEqual([]);
	});

	test('the CMS page starts under its own policy', async () => {
		const { violations } = await visit('/admin/', async (page) => {
			await page.waitForFunction(() => document.querySelector('#nc-root, [class*="AuthenticationPage"], button') !== null, null, {
				timeout: 20_000,
			});
		});
		expect(violations).toEqual([]);
	});

	test('a page of the portal cannot be framed by another site', async () => {
		let framer: StaticServer | undefined;
		const dir = mkdtempSync(join(tmpdir(), 'portal-framer-'));
		try {
			writeFileSync(join(dir, 'index.html'), `<!doctype html><title>framer</title><iframe src="${nginx.origin}/"></iframe>`);
			writeFileSync(join(dir, '404.html'), '<!doctype html><title>404</title>');
			framer = await startStaticServer(dir);
			const page = await browser.context.newPage();
			const refused = new Promise<string>((resolveMessage) => {
				page.on('console', (message) => {
					if (/frame-ancestors|X-Frame-Options/u.test(message.text())) resolveMessage(message.text());
				});
			});
			await page.goto(`${framer.origin}/`, { waitUntil: 'domcontentloaded' });
			expect(await Promise.race([refused, new Promise((resolveTimeout) => setTimeout(() => resolveTimeout('no refusal'), 5000))])).toMatch(
				/frame-ancestors|X-Frame-Options/u,
			);
			const child = page.frames().find((frame) => frame !== page.mainFrame());
			// A refused frame shows Chromium's error page instead of the portal.
			expect(child).toBeDefined();
			expect(child?.url()).not.toBe(`${nginx.origin}/`);
			await page.close();
		} finally {
			await framer?.close();
			rmSync(dir, { recursive: true, force: true });
		}
	});
});

describe('what the shipped nginx config does', () => {
	test('hashed assets are cached for a year, pages are revalidated', async () => {
		const home = await fetchRaw('/');
		const stylesheet = /href="(\/_astro\/[^"]+\.css)"/u.exec(home.body.toString())?.[1];
		expect(stylesheet).toBeDefined();
		expect((await fetchRaw(stylesheet!)).headers['cache-control']).toBe(IMMUTABLE);
		expect(home.headers['cache-control']).toBe('no-cache');
	});

	test('HTML, CSS and data are compressed', async () => {
		const page = await fetchRaw('/ke-hoach/quang-ninh-2022/', { 'accept-encoding': 'gzip' });
		expect(page.headers['content-encoding']).toBe('gzip');
		expect(gunzipSync(page.body).toString()).toContain('146/KH-UBND');
		const csv = await fetchRaw('/so-lieu/quang-ninh-2022-dao-tao-nghe.csv', { 'accept-encoding': 'gzip' });
		expect(csv.status).toBe(200);
	});

	test.each([
		['/so-lieu/quang-ninh-2022-dao-tao-nghe.csv', 'text/csv; charset=utf-8'],
		['/so-lieu/quang-ninh-2022-dao-tao-nghe.json', 'application/json; charset=utf-8'],
		['/chien-dich/lich.ics', 'text/calendar; charset=utf-8'],
		['/so-lieu/quang-ninh-2022-dao-tao-nghe.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
		['/so-lieu/danh-muc.jsonld', 'application/ld+json; charset=utf-8'],
		['/so-lieu/tat-ca.zip', 'application/zip'],
		['/', 'text/html; charset=utf-8'],
	])('%s is served as %s', async (path, type) => {
		const response = await fetchRaw(path);
		expect(response.status).toBe(200);
		expect(response.headers['content-type']).toBe(type);
	});

	test('a missing page gets the portal 404 page, with status 404 and the headers', async () => {
		const response = await fetchRaw('/khong-co-trang-nay/');
		expect(response.status).toBe(404);
		expect(response.body.toString()).toContain('<h1');
		expect(response.headers['x-content-type-options']).toBe('nosniff');
		expect(response.headers['content-security-policy']).toBe(RESPONSE_HEADERS['Content-Security-Policy']);
	});

	test('redirects: a folder without its slash, the first news page; host files stay private', async () => {
		const folder = await fetchRaw('/ke-hoach');
		expect(folder.status).toBe(301);
		expect(folder.headers.location).toBe('/ke-hoach/');
		const first = await fetchRaw('/tin-tuc/trang/1/');
		expect(first.status).toBe(301);
		expect(first.headers.location).toBe('/tin-tuc/');
		expect(first.headers['x-frame-options']).toBe('DENY');
		expect((await fetchRaw('/_headers')).status).toBe(404);
	});
});
