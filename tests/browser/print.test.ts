import { describe, expect, test } from 'vitest';
import { readYaml } from '../helpers/content';
import { useBuiltSite } from '../helpers/built-site';

/** The printable campaign page fits two A4 sheets: the poster, then the messages for class. */
const MAX_A4_PAGES = 2;
const CAMPAIGNS = [
	'thang-hanh-dong-phong-chong-ma-tuy',
	'ngay-quoc-te-phong-chong-ma-tuy',
	'thang-hanh-dong-quoc-gia-phong-chong-hiv-aids',
];

const site = useBuiltSite();

/** Pages of a PDF: its page objects, not the page-tree node. */
const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/gu) ?? []).length;

describe.each(CAMPAIGNS)('the printable page of %s', (id) => {
	test(`prints on at most ${MAX_A4_PAGES} A4 pages with every key message and no navigation`, async () => {
		const page = await site.browser.context.newPage();
		await page.goto(`${site.server.origin}/chien-dich/${id}/in/`);
		await page.emulateMedia({ media: 'print' });
		const messages = readYaml<{ messages: { text: string }[] }>(`content/campaigns/${id}.yaml`).messages.map((message) => message.text);
		const printed = await page.locator('main').innerText();
		for (const message of messages) expect(printed).toContain(message);
		expect(await page.locator('header, nav, .help-strip, footer').count()).toBe(0);
		expect(await page.locator('.screen-only').isVisible()).toBe(false);
		const pdf = await page.pdf({ format: 'A4', printBackground: true });
		const pages = pdfPages(pdf);
		expect(pages).toBeGreaterThanOrEqual(1);
		expect(pages).toBeLessThanOrEqual(MAX_A4_PAGES);
		await page.close();
	});
});

test('content pages print without header, navigation or help strip, with link targets shown', async () => {
	const page = await site.browser.context.newPage();
	await page.goto(`${site.server.origin}/chien-dich/thang-hanh-dong-phong-chong-ma-tuy/`);
	await page.emulateMedia({ media: 'print' });
	for (const selector of ['.main-nav', '.audience-nav', '.header-search', '.help-strip', '.breadcrumbs']) {
		expect(await page.locator(selector).isVisible(), selector).toBe(false);
	}
	const after = await page
		.locator('main a[href^="/ke-hoach/"]')
		.first()
		.evaluate((link) => getComputedStyle(link, '::after').content);
	expect(after).toContain('/ke-hoach/');
	await page.close();
});
