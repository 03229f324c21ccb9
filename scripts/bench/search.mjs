import { recordRequests } from './requests.mjs';

const settled = (previous) => {
	const text = document.querySelector('#search-status')?.textContent ?? '';
	return text !== previous && /Tìm thấy|Không tìm thấy/u.test(text);
};

/**
 * A first search (the page, Pagefind, its WebAssembly and the index chunks a
 * query needs) and a second one on the same page, on a phone-sized Chromium
 * with an empty cache (tests/browser/search-budget.test.ts holds the budget on
 * the fixture site with this same measure). Time is from navigation (or from pressing Enter) to
 * the results being announced.
 */
export async function measureSearch(launchPhone, origin) {
	const browser = await launchPhone();
	try {
		const page = await browser.context.newPage();
		const recorded = recordRequests(page);
		await page.goto(`${origin}/tim-kiem/?q=${encodeURIComponent('cai nghien')}`);
		await page.waitForFunction(settled, '', { timeout: 60_000 });
		const firstMs = await page.evaluate(() => Math.round(performance.now()));
		// How many results it listed: a search that found nothing would cost less and prove nothing.
		const found = await page.locator('#search-results li').count();
		const first = { ...(await recorded.cost()), ms: firstMs, found };

		recorded.reset();
		const previous = await page.locator('#search-status').textContent();
		const started = Date.now();
		await page.fill('#tu-khoa', 'dao tao nghe');
		await page.press('#tu-khoa', 'Enter');
		await page.waitForFunction(settled, previous, { timeout: 60_000 });
		const second = { ...(await recorded.cost()), ms: Date.now() - started };
		return { first, second };
	} finally {
		await browser.close();
	}
}
