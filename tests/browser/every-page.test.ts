import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { formatViolations, runAxe } from '../helpers/axe';
import { launchBrowser, type BrowserSession } from '../helpers/browser';
import { assertBuilt, DIST, listPages } from '../helpers/dist';
import { startStaticServer, type StaticServer } from '../helpers/static-server';

/**
 * Opens every page of the built site in Chromium: no console error, no failed
 * request, and zero WCAG 2.0/2.1/2.2 A and AA violations from axe-core.
 */
let server: StaticServer;
let browser: BrowserSession;
let page: Page;
const problems: string[] = [];

beforeAll(async () => {
	assertBuilt();
	server = await startStaticServer(DIST);
	browser = await launchBrowser({ bypassCSP: true });
	page = await browser.context.newPage();
	page.on('console', (message) => {
		if (message.type() === 'error') problems.push(`console: ${message.text()}`);
	});
	page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
	page.on('requestfailed', (request) => problems.push(`requestfailed: ${request.url()}`));
	page.on('response', (response) => {
		if (response.status() >= 400 && !response.url().endsWith('/404.html')) problems.push(`HTTP ${response.status()}: ${response.url()}`);
	});
});

afterAll(async () => {
	await browser?.close();
	await server?.close();
});

const pages = listPages();

describe('every built page', () => {
	test('the site has the foundation pages', () => {
		expect(pages).toEqual(expect.arrayContaining(['/', '/gioi-thieu/', '/tuyen-bo-tiep-can/', '/404.html']));
	});

	test.each(pages)('%s loads cleanly and passes axe', async (path) => {
		problems.length = 0;
		await page.goto(`${server.origin}${path}`, { waitUntil: 'load' });
		const violations = await runAxe(page);
		expect(violations, formatViolations(path, violations)).toEqual([]);
		expect(problems, `lỗi khi mở ${path}`).toEqual([]);
	});
});
