import { readdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { formatViolations, runAxe } from '../helpers/axe';
import { PHONE } from '../helpers/browser';
import { useBuiltSite } from '../helpers/built-site';
import { readYaml } from '../helpers/content';
import { listPages, sitemapPaths } from '../helpers/dist';

/**
 * Every page on a 360 × 740 phone, as a worried parent holds it: the way to help and the
 * three national lines in the first screen, nothing wider than the screen, no table cell
 * whose text is cut.
 */
const site = useBuiltSite({ ...PHONE, bypassCSP: true });
/** The national lines the content marks for every page, with their names. */
const LINES = readdirSync('content/national')
	.filter((file) => file.endsWith('.yaml'))
	.map((file) => readYaml<{ phone?: string; title: string; everyPage?: boolean; order: number }>(`content/national/${file}`))
	.filter((entry) => entry.phone !== undefined && entry.everyPage)
	.sort((a, b) => a.order - b.order);
const NUMBERS = LINES.map((entry) => entry.phone!);

test('the demo marks 113, 115 and 111 for every page', () => {
	expect(NUMBERS).toEqual(['113', '115', '111']);
});

let tab: Page | undefined;

/** What the first screen and the layout of a page show, measured in the page (one tab for all). */
async function measure(path: string) {
	tab ??= await site.browser.context.newPage();
	const page = tab;
	await page.goto(`${site.server.origin}${path}`, { waitUntil: 'load' });
	const result = await page.evaluate(
		({ numbers, help }) => {
			const inFirstScreen = (element: Element) => {
				const box = element.getBoundingClientRect();
				return (
					box.width > 0 && box.height > 0 && box.top >= 0 && box.bottom <= innerHeight && getComputedStyle(element).visibility !== 'hidden'
				);
			};
			const firstScreen = (selector: string) => [...document.querySelectorAll(selector)].filter(inFirstScreen);
			// A stacked table's header row is kept for screen readers in a 1-pixel box: not text cut.
			const forScreenReaders = (element: Element) => {
				for (let node: Element | null = element; node; node = node.parentElement) if (node.getBoundingClientRect().width <= 1) return true;
				return false;
			};
			const cut = [...document.querySelectorAll('th, td, .table')]
				.filter((element) => !forScreenReaders(element))
				.filter((element) => element.scrollWidth > element.clientWidth + 1 || element.getBoundingClientRect().right > innerWidth + 1)
				.map((element) => `${element.tagName.toLowerCase()}: ${(element.textContent ?? '').trim().slice(0, 40)}`);
			return {
				numbers: numbers.map(
					(number) => firstScreen(`a[href="tel:${number}"]`).map((link) => (link.textContent ?? '').replace(/\s+/gu, ' ').trim())[0] ?? '',
				),
				help: firstScreen(`a[href="${help}"]`).length,
				width: document.documentElement.scrollWidth,
				cut,
			};
		},
		{ numbers: NUMBERS, help: '/ho-tro/' },
	);
	return result;
}

describe('on a 360 × 740 phone', () => {
	test.each(sitemapPaths().concat('/404.html'))('%s shows the way to help and the national lines in the first screen', async (path) => {
		const { numbers, help, width, cut } = await measure(path);
		expect(help, 'liên kết tới trang hỗ trợ trong màn hình đầu').toBeGreaterThan(0);
		// Each line in the first screen, with its name (111 as the national child-protection line).
		expect(numbers).toEqual(LINES.map((entry) => `${entry.phone} ${entry.title}`));
		expect(width, 'trang không cuộn ngang').toBeLessThanOrEqual(PHONE.viewport.width);
		expect(cut, 'ô bảng bị cắt').toEqual([]);
	});

	const others = listPages().filter((path) => !sitemapPaths().includes(path) && path !== '/404.html');
	test.each(others)('%s (not in the sitemap) does not scroll sideways', async (path) => {
		const { width, cut } = await measure(path);
		expect(width).toBeLessThanOrEqual(PHONE.viewport.width);
		expect(cut).toEqual([]);
	});

	test('"Mục lục" opens the menus and the search box without a script; axe finds nothing either way', async () => {
		const page = await site.browser.context.newPage();
		await page.goto(`${site.server.origin}/van-ban/`);
		expect(await page.locator('.main-nav a[href="/ke-hoach/"]').isVisible()).toBe(false);
		expect(await runAxe(page)).toEqual([]);
		await page.locator('summary', { hasText: 'Mục lục' }).click();
		expect(await page.locator('.main-nav a[href="/ke-hoach/"]').isVisible()).toBe(true);
		expect(await page.locator('header input[name="q"]').isVisible()).toBe(true);
		const violations = await runAxe(page);
		expect(violations, formatViolations('/van-ban/ (mục lục mở)', violations)).toEqual([]);
		await page.close();
	});

	test.each(['/ke-hoach/', '/ke-hoach/nam/2025/', '/ho-tro/'])('%s: each count in brackets stands apart from its label', async (path) => {
		const page = await site.browser.context.newPage();
		await page.goto(`${site.server.origin}${path}`);
		const joined = await page.$$eval('main a .muted, main li > .muted', (counts) =>
			counts
				.filter((count) => /^\(\d+/u.test(count.textContent ?? ''))
				.flatMap((count) => {
					// The label's last letter and the bracket, as drawn: a space (or gap) lies between them.
					const label = count.previousSibling ?? count.parentElement?.previousSibling;
					// A space written between them is drawn unless a flex box drops it: only a flex box is measured.
					if (!label || getComputedStyle(count.parentElement!).display !== 'inline-flex') return [];
					const range = document.createRange();
					range.selectNodeContents(label);
					const end = [...range.getClientRects()].at(-1);
					const start = count.getClientRects()[0];
					if (!end || !start || Math.abs(end.top - start.top) > 4) return [];
					return start.left - end.right < 2 ? [`${(label.textContent ?? '').trim()}${count.textContent}`] : [];
				}),
		);
		expect(joined).toEqual([]);
		await page.close();
	});
});
