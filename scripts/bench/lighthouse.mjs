import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const CATEGORIES = { performance: 'hiệu năng', accessibility: 'tiếp cận', 'best-practices': 'thực hành tốt', seo: 'SEO' };

/**
 * Lighthouse with its default mobile settings (a mid-range phone, simulated
 * slow 4G) on the system Chromium, fresh profile each run. Returns one line
 * of scores and the three Core Web Vitals it measures.
 */
export async function runLighthouse(url, chromeFlags) {
	const userDataDir = mkdtempSync(join(tmpdir(), 'portal-lighthouse-'));
	const chrome = await chromeLauncher.launch({
		chromePath: process.env.CHROME_PATH,
		chromeFlags: ['--headless=new', ...chromeFlags],
		userDataDir,
	});
	try {
		const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: Object.keys(CATEGORIES) });
		const { categories, audits } = result.lhr;
		const scores = Object.entries(CATEGORIES).map(([id, name]) => `${name} ${Math.round((categories[id]?.score ?? 0) * 100)}`);
		const vitals = ['largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift'].map(
			(id) =>
				`${audits[id].title
					.split(' ')
					.map((word) => word[0])
					.join('')} ${audits[id].displayValue}`,
		);
		return `${scores.join(', ')}; ${vitals.join(', ')}`;
	} finally {
		chrome.kill();
		rmSync(userDataDir, { recursive: true, force: true });
	}
}
