/**
 * What a chart page costs on a phone: every request from navigation until the
 * chart is drawn (Chart.js loads only when the chart scrolls into view), with
 * the JavaScript counted apart.
 */
export async function measureChart(launchBrowser, url) {
	const browser = await launchBrowser({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true });
	try {
		const page = await browser.context.newPage();
		const requests = [];
		page.on('requestfinished', (request) => requests.push(request));
		await page.goto(url);
		await page.locator('[data-chart]').first().scrollIntoViewIfNeeded();
		await page.waitForSelector('[data-chart-drawn="true"]', { timeout: 30_000 });
		const sizes = await Promise.all(requests.map(async (request) => ({ script: request.resourceType() === 'script', size: await request.sizes() })));
		const bytes = (list) => list.reduce((sum, { size }) => sum + size.responseBodySize + size.responseHeadersSize, 0);
		return { bytes: bytes(sizes), scriptBytes: bytes(sizes.filter((entry) => entry.script)), requests: sizes.length };
	} finally {
		await browser.close();
	}
}
