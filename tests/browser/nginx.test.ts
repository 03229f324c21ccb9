import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Page, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
	IMMUTABLE,
	PAGE_ONLY_HEADERS,
	POLICIES,
	RESPONSE_HEADERS,
	SUBRESOURCE_FOLDERS,
	SUBRESOURCE_TYPES,
	WORKER_SCRIPTS,
} from '../../src/lib/deploy-config';
import { routes } from '../../src/lib/routes';
import { launchBrowser, type BrowserSession } from '../helpers/browser';
import { assertBuilt, DIST, listFiles, listPages } from '../helpers/dist';
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

/** What a script, stylesheet, picture or index file that pages load must not carry: the headers of documents. */
const NO_DOCUMENT_HEADERS = Object.fromEntries(
	[...Object.keys(PAGE_ONLY_HEADERS), 'Content-Security-Policy'].map((name) => [name, undefined]),
);

/**
 * The headers each kind of response must carry (undefined: must not), by its path: those of
 * any file, and on whatever is or may be opened as a document, the document headers and its policy.
 */
function expectedHeaders(path: string): Record<string, string | undefined> {
	const document = (policy: string) => ({ ...RESPONSE_HEADERS, ...PAGE_ONLY_HEADERS, 'Content-Security-Policy': policy });
	if ((WORKER_SCRIPTS as readonly string[]).includes(path))
		return { ...RESPONSE_HEADERS, ...NO_DOCUMENT_HEADERS, 'Content-Security-Policy': POLICIES.worker };
	if (path.startsWith('/tai-lieu/') || path === '/admin/config.yml') return document(POLICIES.file);
	if (path.startsWith('/admin/')) return document(POLICIES.admin);
	if (SUBRESOURCE_FOLDERS.some((folder) => path.startsWith(folder)))
		return SUBRESOURCE_TYPES.some((type) => path.endsWith(`.${type}`))
			? { ...RESPONSE_HEADERS, ...NO_DOCUMENT_HEADERS }
			: document(POLICIES.file);
	if (/\.(?!html$)[^./]+$/u.test(path)) return document(POLICIES.file);
	return document(POLICIES.page);
}

function missingHeaders(response: Response): string[] {
	const headers = response.headers();
	const path = new URL(response.url()).pathname;
	// Chromium keeps no HSTS header of a plain-HTTP response in its cache: that one is checked on raw responses.
	const { 'Strict-Transport-Security': _hsts, ...headersKept } = expectedHeaders(path);
	return Object.entries(headersKept)
		.filter(([name, value]) => headers[name.toLowerCase()] !== value)
		.map(([name, value]) => `${response.url()}: ${name} ${value === undefined ? 'thừa' : 'thiếu'}`);
}

/** A raw request to nginx, for what a browser hides (compression, redirects). */
function fetchRaw(
	path: string,
	headers: Record<string, string> = {},
	origin = nginx.origin,
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
	return new Promise((resolveResponse, reject) => {
		const call = request(`${origin}${path}`, { headers }, (response) => {
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
		const asset = await fetchRaw(stylesheet!);
		expect(asset.headers['cache-control']).toBe(IMMUTABLE);
		expect(asset.headers['strict-transport-security']).toBe(RESPONSE_HEADERS['Strict-Transport-Security']);
		expect(home.headers['cache-control']).toBe('no-cache');
	});

	test('what pages load (a script, an index chunk, a fragment) carries the headers of any file and no document header', async () => {
		const home = await fetchRaw('/');
		const search = await fetchRaw(routes.search);
		const script = /src="(\/_astro\/[^"]+\.js)"/u.exec(search.body.toString())?.[1];
		expect(script).toBeDefined();
		const [chunk] = listFiles(join(DIST, 'pagefind/index'));
		const [fragment] = listFiles(join(DIST, 'pagefind/fragment'));
		for (const path of [script!, '/pagefind/pagefind.js', `/pagefind/index/${chunk}`, `/pagefind/fragment/${fragment}`]) {
			const raw = await fetchRaw(path);
			expect(raw.status, path).toBe(200);
			for (const [name, value] of Object.entries({ ...RESPONSE_HEADERS, ...NO_DOCUMENT_HEADERS }))
				expect(raw.headers[name.toLowerCase()], `${path}: ${name}`).toBe(value);
		}
		// The pages themselves carry them all.
		for (const [name, value] of Object.entries(PAGE_ONLY_HEADERS)) expect(home.headers[name.toLowerCase()], name).toBe(value);
		expect(home.headers['strict-transport-security']).toBe(RESPONSE_HEADERS['Strict-Transport-Security']);
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
		expect(response.headers['content-security-policy']).toBe(POLICIES.page);
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

describe('uploaded files and other non-page files, under the shipped config', () => {
	let files: NginxServer;
	const root = mkdtempSync(join(tmpdir(), 'portal-nginx-files-'));
	// A hand-made one-page PDF: what a campaign leaflet is, as far as the server can tell.
	const pdf = Buffer.from(
		'%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj 3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
	);
	const script = "document.documentElement.setAttribute('data-ran', 'yes')";

	beforeAll(async () => {
		mkdirSync(join(root, 'tai-lieu'), { recursive: true });
		mkdirSync(join(root, 'admin'), { recursive: true });
		writeFileSync(join(root, '404.html'), '<!doctype html><title>404</title><h1>404</h1>');
		writeFileSync(
			join(root, 'tai-lieu/trang.html'),
			`<!doctype html><title>tài liệu</title><script>${script}</script><img src=x onerror="${script}">`,
		);
		writeFileSync(
			join(root, 'tai-lieu/anh.svg'),
			`<svg xmlns="http://www.w3.org/2000/svg" onload="${script}"><script>${script}</script><rect width="10" height="10"/></svg>`,
		);
		writeFileSync(join(root, 'anh.svg'), readFileSync(join(root, 'tai-lieu/anh.svg')));
		// Astro copies an imported SVG into its hashed folder, among the scripts that get no document headers.
		mkdirSync(join(root, '_astro'), { recursive: true });
		writeFileSync(join(root, '_astro/anh.B1x2y3z4.svg'), readFileSync(join(root, 'tai-lieu/anh.svg')));
		writeFileSync(join(root, 'tai-lieu/to-roi.pdf'), pdf);
		writeFileSync(join(root, 'admin/config.yml'), 'backend:\n  name: git-gateway\n');
		files = await startNginx(root);
	});
	afterAll(async () => {
		await files?.close();
		rmSync(root, { recursive: true, force: true });
	});

	/** Opens a file directly, as a visitor following a link would; says whether its inline script ran and what was refused. */
	async function open(path: string): Promise<{ ran: boolean; refusals: string[] }> {
		const page = await browser.context.newPage();
		const refusals: string[] = [];
		page.on('console', (message) => refusals.push(message.text()));
		try {
			await page.goto(`${files.origin}${path}`, { waitUntil: 'load' });
			await page.waitForTimeout(200);
			return { ran: (await page.evaluate(() => document.documentElement.getAttribute('data-ran'))) === 'yes', refusals };
		} finally {
			await page.close();
		}
	}

	test.each(['/tai-lieu/trang.html', '/tai-lieu/anh.svg', '/anh.svg', '/_astro/anh.B1x2y3z4.svg'])(
		'the inline script of %s does not run',
		async (path) => {
			const { ran, refusals } = await open(path);
			expect(ran).toBe(false);
			// Chromium says why: the sandbox (no scripts) or the policy refused the script.
			expect(refusals.join('\n')).toMatch(/sandboxed|Content Security Policy/u);
		},
	);

	test.each([
		['/tai-lieu/trang.html', POLICIES.file],
		['/tai-lieu/to-roi.pdf', POLICIES.file],
		['/anh.svg', POLICIES.file],
		['/_astro/anh.B1x2y3z4.svg', POLICIES.file],
		['/admin/config.yml', POLICIES.file],
		['/khong-co.png', POLICIES.page],
	])('%s carries every security header and its own policy', async (path, policy) => {
		const raw = await fetchRaw(path, {}, files.origin);
		for (const [name, value] of Object.entries({ ...RESPONSE_HEADERS, ...PAGE_ONLY_HEADERS }))
			expect(raw.headers[name.toLowerCase()], name).toBe(value);
		// A missing file is answered with the 404 page, a page.
		expect(raw.headers['content-security-policy']).toBe(policy);
	});

	test('the CMS configuration is served as YAML text', async () => {
		const type = (await fetchRaw('/admin/config.yml', {}, files.origin)).headers['content-type'];
		expect(type).toMatch(/^text\/yaml/u);
	});

	test('a sandboxed PDF still downloads, byte for byte', async () => {
		expect((await fetchRaw('/tai-lieu/to-roi.pdf', {}, files.origin)).headers['content-disposition']).toBe('attachment');
		const page = await browser.context.newPage();
		try {
			const download = page.waitForEvent('download');
			// Headless Chromium has no PDF viewer: following the link downloads the file.
			await page.goto(`${files.origin}/tai-lieu/to-roi.pdf`).catch(() => undefined);
			const saved = await (await download).path();
			expect(readFileSync(saved)).toEqual(pdf);
		} finally {
			await page.close();
		}
	});
});
