import { recordRequests } from './requests.mjs';

/**
 * What a chart page costs on a phone: every request from navigation until the
 * chart is drawn (Chart.js loads only when the chart scrolls into view), with
 * the JavaScript counted apart.
 */
export async function measureChart(launchPhone, url) {
	const browser = await launchPhone();
	try {
		const page = await browser.context.newPage();
		const recorded = recordRequests(page);
		await page.goto(url);
		await page.locator('[data-chart]').first().scrollIntoViewIfNeeded();
		await page.waitForSelector('[data-chart-drawn="true"]', { timeout: 30_000 });
		const all = await recorded.cost();
		const scripts = await recorded.cost((request) => request.resourceType() === 'script');
		return { bytes: all.bytes, requests: all.requests, scriptBytes: scripts.bytes };
	} finally {
		await browser.close();
	}
}
