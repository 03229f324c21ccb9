import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { pageKind, routes } from '../../src/lib/routes';
import { useBuiltSite } from '../helpers/built-site';
import { readYaml, words } from '../helpers/content';
import { listFiles, sitemapPaths } from '../helpers/dist';
import { pdfPageTexts } from '../helpers/pdf';
import { skipBecause } from '../helpers/skip';

/**
 * Pages printed to A4 by Chromium and read back from the PDF as a reader would: no page
 * wasted after the content, no link printed as a path only a browser can follow, the
 * national lines on paper; the campaign sheets as a teacher hands them out.
 */
const site = useBuiltSite();

/** One page of each route: the first of the sitemap's pages that share a parent address and a kind. */
function onePerRoute(): string[] {
	const seen = new Map<string, string>();
	for (const path of sitemapPaths()) {
		const segments = path.split('/').filter(Boolean);
		const key = segments.length <= 1 ? path : `${pageKind(path)}:${segments.slice(0, -1).join('/')}`;
		if (!seen.has(key)) seen.set(key, path);
	}
	return [...seen.values()];
}

async function print(path: string): Promise<{ page: Page; pages: string[] }> {
	const page = await site.browser.context.newPage();
	await page.goto(`${site.server.origin}${path}`);
	await page.emulateMedia({ media: 'print' });
	const pages = await pdfPageTexts(new Uint8Array(await page.pdf({ format: 'A4', printBackground: true })));
	return { page, pages };
}

/** What the printed links of a page's main content add after them (`::after`), when anything. */
const printedAddresses = (page: Page) =>
	page.$$eval('main a', (links) =>
		links
			.map((link) => getComputedStyle(link, '::after').content)
			.filter((content) => content !== 'none' && content !== 'normal' && content !== '""'),
	);

describe.each(onePerRoute())('%s printed on A4', (path) => {
	test('fills its pages with no page wasted after the content, no relative link, the national lines on top', async () => {
		const { page, pages } = await print(path);
		expect(pages.length).toBeGreaterThan(0);
		expect(
			pages.map((text, index) => ({ page: index + 1, text })).filter(({ text }) => text.length === 0),
			'trang trắng',
		).toEqual([]);
		// The content ends on the last sheet: nothing (a footer, say) spills onto one of its own.
		const main = words(await page.locator('main').innerText());
		const last = words(pages.at(-1)!).join(' ');
		expect(last, 'trang cuối có phần cuối của nội dung').toContain(main.slice(-4).join(' '));
		expect(pages.join(' ')).not.toMatch(/<\/[\p{L}\d-]/u);
		expect((await printedAddresses(page)).filter((content) => !content.startsWith('" <http'))).toEqual([]);
		for (const number of ['113', '115', '111']) expect(pages[0]).toContain(number);
		await page.close();
	});
});

const campaigns = listFiles('content/campaigns')
	.filter((file) => file.endsWith('.yaml'))
	.map((file) => file.replace(/\.yaml$/u, ''));
if (campaigns.length === 0) skipBecause('nội dung không có chiến dịch: không có trang in A4 nào của chiến dịch');

describe.each(campaigns)('the printable page of %s', (id) => {
	test('is three A4 sheets: the poster with 111, 113, 115, the pupils’ handout, the teachers’ notes', async () => {
		const { page, pages } = await print(`/chien-dich/${id}/in/`);
		const campaign = readYaml<{ title: string; messages: { text: string }[] }>(`content/campaigns/${id}.yaml`);
		expect(pages).toHaveLength(3);
		const [poster, handout, notes] = pages.map((text) => words(text).join(' '));
		expect(poster).toContain(words(campaign.title).join(' '));
		for (const number of ['111', '113', '115']) expect(poster).toContain(number);
		expect(handout).toContain('Thông điệp chính');
		for (const message of campaign.messages) expect(handout).toContain(words(message.text).join(' '));
		expect(handout).not.toContain('Dành cho giáo viên');
		expect(notes).toContain('Dành cho giáo viên');
		expect(notes).not.toContain('Tờ phát cho học sinh');
		expect(pages.join(' ')).not.toMatch(/<\/[\p{L}\d-]/u);
		expect(await page.locator('header, nav, .help-strip, footer').count()).toBe(0);
		expect(await page.locator('.screen-only').isVisible()).toBe(false);
		await page.close();
	});
});

test('content pages print without menus, search, breadcrumbs or footer', async () => {
	const page = await site.browser.context.newPage();
	// A page with all of these on screen: a campaign's, else the help page.
	await page.goto(`${site.server.origin}${campaigns[0] ? `/chien-dich/${campaigns[0]}/` : routes.help}`);
	for (const selector of ['.main-nav', '.audience-nav', '.header-search', '.breadcrumbs', 'footer'])
		expect(await page.locator(selector).first().isVisible(), `${selector} on screen`).toBe(true);
	await page.emulateMedia({ media: 'print' });
	for (const selector of ['.main-nav', '.audience-nav', '.header-search', 'summary', '.breadcrumbs', 'footer']) {
		expect(await page.locator(selector).first().isVisible(), selector).toBe(false);
	}
	expect(await page.locator('.site-name').isVisible()).toBe(true);
	await page.close();
});
