import { describe, expect, test } from 'vitest';
import { launchBrowser } from '../helpers/browser';
import { routes } from '../../src/lib/routes';
import { useBuiltSite } from '../helpers/built-site';
import { readYaml } from '../helpers/content';

const site = useBuiltSite();
/** The portal's name, as content/site.yaml gives it and the header shows it. */
const portalName = readYaml<{ name: string }>('content/site.yaml').name;

describe('keyboard use', () => {
	test('the first Tab reaches a visible skip link that moves focus to the main content', async () => {
		const page = await site.browser.context.newPage();
		// The help page: every portal has one, and its main content opens with links (the numbers to call).
		await page.goto(`${site.server.origin}${routes.help}`);
		await page.keyboard.press('Tab');
		const skip = await page.evaluate(() => {
			const element = document.activeElement as HTMLElement;
			const box = element.getBoundingClientRect();
			return { text: element.textContent, href: element.getAttribute('href'), top: box.top, height: box.height };
		});
		expect(skip.text).toBe('Bỏ qua, đến nội dung chính');
		expect(skip.href).toBe('#noi-dung');
		expect(skip.top).toBeGreaterThanOrEqual(0);
		expect(skip.height).toBeGreaterThan(10);
		await page.keyboard.press('Enter');
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('noi-dung');
		await page.keyboard.press('Tab');
		const next = await page.evaluate(() => document.activeElement?.closest('main') !== null);
		expect(next, 'sau khi bỏ qua, phím Tab tiếp theo ở trong nội dung chính').toBe(true);
		await page.close();
	});

	test('Tab walks the header in reading order and every stop shows a focus ring', async () => {
		const page = await site.browser.context.newPage();
		await page.goto(`${site.server.origin}/`);
		const stops: { text: string; ring: boolean }[] = [];
		for (let i = 0; i < 14; i += 1) {
			await page.keyboard.press('Tab');
			stops.push(
				await page.evaluate(() => {
					const element = document.activeElement as HTMLElement;
					const style = getComputedStyle(element);
					const ring = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== 'none';
					return { text: (element.textContent || element.getAttribute('aria-label') || element.getAttribute('id') || '').trim(), ring };
				}),
			);
		}
		const texts = stops.map((stop) => stop.text);
		expect(texts.slice(0, 2)).toEqual(['Bỏ qua, đến nội dung chính', portalName]);
		expect(texts).toEqual(expect.arrayContaining(['Kế hoạch', 'Văn bản', 'Tin tức', 'Hỗ trợ']));
		expect(texts.indexOf('Kế hoạch')).toBeLessThan(texts.indexOf('Hỗ trợ'));
		expect(
			stops.filter((stop) => !stop.ring),
			'mọi điểm dừng đều có viền focus',
		).toEqual([]);
		await page.close();
	});
});

describe('without JavaScript', () => {
	test('the header search is a plain form that submits to /tim-kiem/?q=', async () => {
		const noJs = await launchBrowser({ javaScriptEnabled: false });
		const page = await noJs.context.newPage();
		await page.goto(`${site.server.origin}/gioi-thieu/`);
		await page.fill('#tim-kiem-dau-trang', 'cai nghien');
		await Promise.all([page.waitForURL(/\/tim-kiem\/\?q=cai\+nghien$/u), page.press('#tim-kiem-dau-trang', 'Enter')]);
		expect(new URL(page.url()).searchParams.get('q')).toBe('cai nghien');
		await noJs.close();
	});
});
