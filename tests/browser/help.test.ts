import { describe, expect, test } from 'vitest';
import { formatViolations, runAxe } from '../helpers/axe';
import { useBuiltSite } from '../helpers/built-site';

/** WCAG 2.2 target size (minimum), 2.5.8: 24 × 24 CSS pixels. */
const MIN_TARGET = 24;

const site = useBuiltSite({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true, bypassCSP: true });

describe('on a phone (360 × 740)', () => {
	test.each(['/ho-tro/', '/danh-cho/nguoi-dan/', '/tin-tuc/2026-11-24-quang-ninh-ban-hanh-ke-hoach-146/'])(
		'%s: axe finds nothing and help targets are touch-sized',
		async (path) => {
			const page = await site.browser.context.newPage();
			await page.goto(`${site.server.origin}${path}`);
			const violations = await runAxe(page);
			expect(violations, formatViolations(path, violations)).toEqual([]);
			const small = await page.$$eval(
				'.help-strip a, .emergency-numbers a, .filters a',
				(links, min) =>
					links
						.map((link) => ({ text: link.textContent?.trim(), box: link.getBoundingClientRect() }))
						.filter(({ box }) => box.width < min || box.height < min)
						.map(({ text }) => text),
				MIN_TARGET,
			);
			expect(small).toEqual([]);
			const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
			expect(overflow, 'no sideways scrolling').toBeLessThanOrEqual(0);
			await page.close();
		},
	);

	test('the help box is reached by keyboard right after the header, and a tap on 113 dials', async () => {
		const page = await site.browser.context.newPage();
		await page.goto(`${site.server.origin}/van-ban/`);
		const stops: (string | null)[] = [];
		for (let i = 0; i < 20; i += 1) {
			await page.keyboard.press('Tab');
			stops.push(await page.evaluate(() => document.activeElement?.getAttribute('href') ?? null));
			if (stops.at(-1) === 'tel:113') break;
		}
		expect(stops.at(-1)).toBe('tel:113');
		expect(stops.indexOf('tel:113')).toBeGreaterThan(stops.indexOf('/ke-hoach/'));
		expect(await page.locator('.help-strip a[href="tel:113"]').getAttribute('href')).toBe('tel:113');
		await page.close();
	});
});
