import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { formatViolations, runAxe } from '../helpers/axe';
import { launchBrowser, type BrowserSession } from '../helpers/browser';
import { assertBuilt, DIST } from '../helpers/dist';
import { readYaml } from '../helpers/content';
import { createFixtureSite, type FixtureSite } from '../helpers/fixture-site';
import { pdfPageTexts } from '../helpers/pdf';
import { startStaticServer, type StaticServer } from '../helpers/static-server';

/** Columns of the canvas where the bar colour is drawn, grouped into runs: one run per bar. */
async function barRuns(page: Page, index = 0): Promise<{ bars: number; targetLine: boolean }> {
	return page.evaluate((which) => {
		const canvas = document.querySelectorAll('canvas')[which]!;
		const context = canvas.getContext('2d')!;
		const { width, height } = canvas;
		const data = context.getImageData(0, 0, width, height).data;
		const isColour = (x: number, y: number, [r, g, b]: number[]) => {
			const i = (y * width + x) * 4;
			return Math.abs(data[i]! - r!) < 12 && Math.abs(data[i + 1]! - g!) < 12 && Math.abs(data[i + 2]! - b!) < 12 && data[i + 3]! > 200;
		};
		const bar = [0x0d, 0x3b, 0x66];
		const line = [0xa4, 0x16, 0x1a];
		let bars = 0;
		let inBar = false;
		let targetLine = false;
		for (let x = 0; x < width; x += 1) {
			let column = false;
			for (let y = 0; y < height; y += 2) {
				if (isColour(x, y, bar)) column = true;
				if (isColour(x, y, line)) targetLine = true;
			}
			if (column && !inBar) bars += 1;
			inBar = column;
		}
		return { bars, targetLine };
	}, index);
}

async function openChart(page: Page, url: string) {
	await page.goto(url);
	await page.locator('[data-chart]').first().scrollIntoViewIfNeeded();
	await page.waitForSelector('[data-chart-drawn="true"]', { timeout: 15_000 });
	await page.waitForTimeout(700);
}

describe('charts of the real site', () => {
	let server: StaticServer;
	let browser: BrowserSession;

	beforeAll(async () => {
		assertBuilt();
		server = await startStaticServer(DIST);
		browser = await launchBrowser({ viewport: { width: 360, height: 640 }, reducedMotion: 'reduce' });
	});
	afterAll(async () => {
		await browser?.close();
		await server?.close();
	});

	test("the cadence: the portal's weeks draw no target line, a plan target's weeks draw its line", async () => {
		const page = await browser.context.newPage();
		const errors: string[] = [];
		page.on('pageerror', (error) => errors.push(error.message));
		await openChart(page, `${server.origin}/so-lieu/nhip-dang-tin/`);
		// No target applies to the whole portal: each plan's applies to its own place and year.
		expect((await barRuns(page)).targetLine).toBe(false);
		await page.locator('[data-chart]').nth(1).scrollIntoViewIfNeeded();
		await page.waitForFunction(() => document.querySelectorAll('[data-chart-drawn="true"]').length >= 2, undefined, { timeout: 15_000 });
		await page.waitForTimeout(700);
		expect((await barRuns(page, 1)).targetLine).toBe(true);
		expect(errors).toEqual([]);
		await page.close();
	});
});

/** A public address for the fixture: printed links show it (never reached, the site is served locally). */
const PUBLIC_ADDRESS = 'https://cong.example.gov.vn';

describe('a fixture site with results for one target and a public address (never published)', () => {
	// Results for one target of the first plan; another target of that plan has none.
	const plan = readYaml<{ targets: { id: string; partOf?: string }[] }>('content/plans/quang-ninh-2022.yaml');
	const withResults = 'quang-ninh-2022-cai-nghien';
	const withoutResults = `quang-ninh-2022-${plan.targets.find((target) => target.id !== 'cai-nghien' && target.partOf !== 'cai-nghien')!.id}`;
	let site: FixtureSite;
	let server: StaticServer;
	let browser: BrowserSession;

	beforeAll(async () => {
		site = createFixtureSite();
		site.write({
			'content/legal/bao-cao-thu-nghiem.yaml':
				'title: Báo cáo thử nghiệm (dữ liệu kiểm thử)\ntype: bao-cao\nstatus: khong-ro\nunknown: [number, issued]\n',
			'content/indicators/quang-ninh-2022-cai-nghien.yaml': [
				'plan: quang-ninh-2022',
				'target: cai-nghien',
				'observations:',
				'  - { period: { kind: quy, year: 2022, index: 1 }, value: 200, source: bao-cao-thu-nghiem }',
				'  - { period: { kind: quy, year: 2022, index: 2 }, value: 450, source: bao-cao-thu-nghiem }',
				'  - { period: { kind: quy, year: 2022, index: 3 }, value: 620, source: bao-cao-thu-nghiem }',
				'  - { period: { kind: nam, year: 2022 }, value: 910, source: bao-cao-thu-nghiem, note: số liệu kiểm thử }',
				'',
			].join('\n'),
		});
		const result = site.build({ SITE_URL: PUBLIC_ADDRESS });
		if (!result.ok) throw new Error(result.output);
		server = await startStaticServer(site.dist);
		browser = await launchBrowser({ viewport: { width: 800, height: 900 }, bypassCSP: true });
	}, 300_000);

	afterAll(async () => {
		await browser?.close();
		await server?.close();
		site?.remove();
	});

	test('the table lists each period in order and the headline states the latest result', async () => {
		const page = await browser.context.newPage();
		await page.goto(`${server.origin}/so-lieu/${withResults}/`);
		const periods = await page.locator('#bang-so-lieu tbody th').allTextContents();
		expect(periods).toEqual(['Quý 1/2022', 'Quý 2/2022', 'Quý 3/2022', 'Năm 2022']);
		expect(await page.locator('h1').textContent()).toBe('Năm 2022: đạt 910 lượt người so với mục tiêu 900 (101,1% chỉ tiêu)');
		await page.close();
	});

	test('Chart.js loads only when the chart scrolls into view', async () => {
		const page = await browser.context.newPage();
		await page.setViewportSize({ width: 360, height: 640 });
		const requested: string[] = [];
		page.on('request', (request) => requested.push(request.url()));
		await page.goto(`${server.origin}/so-lieu/${withResults}/`);
		await page.waitForTimeout(500);
		expect(
			requested.filter((url) => url.includes('draw-chart')),
			'not before scrolling',
		).toEqual([]);
		await openChart(page, `${server.origin}/so-lieu/${withResults}/`);
		expect(requested.some((url) => url.includes('draw-chart'))).toBe(true);
		await page.close();
	});

	test('a target with no reported result has no chart: its target and "chưa có số liệu", and no chart script', async () => {
		const page = await browser.context.newPage();
		const requested: string[] = [];
		page.on('request', (request) => requested.push(request.url()));
		await page.goto(`${server.origin}/so-lieu/${withoutResults}/`);
		await page.locator('footer.site-footer').scrollIntoViewIfNeeded();
		await page.waitForTimeout(500);
		expect(await page.locator('[data-chart], canvas').count()).toBe(0);
		expect(requested.filter((url) => /chart/u.test(url))).toEqual([]);
		expect(await page.locator('h1').textContent()).toMatch(/^Mục tiêu năm \d{4}: .+ – chưa có số liệu báo cáo$/u);
		expect(await page.locator('#bang-so-lieu tbody').textContent()).toContain('chưa có số liệu');
		await page.close();
	});

	test('the chart draws one bar per period and the target line', async () => {
		const page = await browser.context.newPage();
		await openChart(page, `${server.origin}/so-lieu/${withResults}/`);
		expect(await barRuns(page)).toEqual({ bars: 4, targetLine: true });
		const violations = await runAxe(page);
		expect(violations, formatViolations('fixture chart page', violations)).toEqual([]);
		await page.close();
	});

	test('printed, a link within the portal shows the public address before its path', async () => {
		const page = await browser.context.newPage();
		await page.goto(`${server.origin}/so-lieu/${withResults}/`);
		await page.emulateMedia({ media: 'print' });
		const after = await page
			.locator('main a[href^="/ke-hoach/"]')
			.first()
			.evaluate((link) => getComputedStyle(link, '::after').content);
		expect(after.startsWith(`" <${PUBLIC_ADDRESS}`), after).toBe(true);
		const text = (await pdfPageTexts(new Uint8Array(await page.pdf({ format: 'A4' })))).join(' ');
		expect(text).toContain(`<${PUBLIC_ADDRESS}/ke-hoach/`);
		expect(text).not.toMatch(/<\/[\p{L}\d-]/u);
		await page.close();
	});
});
