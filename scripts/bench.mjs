#!/usr/bin/env node
/**
 * `npm run bench`: builds the portal with 10,000 generated news items plus
 * extra plans, documents and datasets, and a bare Astro site over the same
 * files (the floor), then prints build time and ratio, peak memory, the size of
 * the search index, what a first and a second search and a chart page cost in
 * Chromium, and Lighthouse scores (mobile) for five kinds of page. Everything
 * happens in a temporary folder; nothing generated reaches the project.
 *
 * Then the time from a push of one new news item (what "Công bố" does on a git
 * host), and of one edited item, to nginx serving it, through the shipped hook
 * and rebuild script with its incremental build, with the demo content and with
 * the generated content (scripts/bench/publish.mjs).
 *
 * Options: --news N (default 10000), --no-lighthouse, --keep (leave the folder),
 * --json FILE (the figures, machine-readable), --only publish (generate the
 * content and measure only publish and edit to served with it: minutes instead of
 * a quarter of an hour, to iterate on the rebuild), --rebuild-log FILE (keep the
 * rebuild script's log of the generated content's host, every step timed).
 */
import { cpSync, globSync, mkdtempSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { measureBuild } from './bench/build.mjs';
import { measureChart } from './bench/chart.mjs';
import { measureLongBody } from './bench/long-body.mjs';
import { generateContent } from './bench/generate.mjs';
import { runLighthouse } from './bench/lighthouse.mjs';
import { measurePlanPage } from './bench/plan-page.mjs';
import { measureToServed } from './bench/publish.mjs';
import { measureSearch } from './bench/search.mjs';
import { missedTargets } from './bench/targets.mjs';
import { importTs } from './lib/import-ts.mjs';
import { provisionChromium, provisionNginx } from './lib/provision.mjs';

const { values: options } = parseArgs({
	options: {
		news: { type: 'string', default: '10000' },
		'no-lighthouse': { type: 'boolean', default: false },
		keep: { type: 'boolean', default: false },
		json: { type: 'string' },
		only: { type: 'string' },
		'rebuild-log': { type: 'string' },
	},
});
if (options.only !== undefined && options.only !== 'publish') throw new Error(`--only ${options.only}: chỉ có --only publish.`);
process.env.PATH = `${resolve('node_modules/.bin')}${delimiter}${process.env.PATH}`;
process.env.CHROME_PATH ??= provisionChromium();
process.env.NGINX_PATH ??= provisionNginx();

/** The build's "today": after the last generated item, so all are published. */
const PORTAL_NOW = '2026-11-24T10:00:00+07:00';
/** A public address: the rebuild script refuses a loopback one. */
const SITE_URL = 'https://phongchongmatuy.example.gov.vn';

const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const kb = (bytes) => `${(bytes / 1024).toFixed(0)} KB`;
const folderBytes = (dir) =>
	globSync('**/*', { cwd: dir, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.reduce((sum, entry) => sum + statSync(join(entry.parentPath, entry.name)).size, 0);
const log = (message) => console.log(`[bench] ${message}`);

const { createFixtureSite } = await importTs('tests/helpers/fixture-site.ts');
const { launchBrowser, CHROMIUM_ARGS, PHONE } = await importTs('tests/helpers/browser.ts');
const { startNginx } = await importTs('tests/helpers/nginx.ts');
const { createPortalHost } = await importTs('tests/helpers/portal-host.ts');
const { routes } = await importTs('src/lib/routes.ts');
const { textOf } = await importTs('tests/helpers/dist.ts');
const launchPhone = () => launchBrowser(PHONE);

/** Builds the portal and the floor, then measures the built site in Chromium through nginx. */
async function measureSite(results, figures) {
	cpSync('scripts/bench/floor', floor, { recursive: true });
	cpSync(join(full, 'content'), join(floor, 'content'), { recursive: true });
	symlinkSync(resolve('node_modules'), join(floor, 'node_modules'), 'dir');

	log('Dựng bản sàn (Astro trần, chỉ hiển thị các mục)…');
	const floorRun = await measureBuild(floor, { PORTAL_NOW });
	if (!floorRun.ok) throw new Error(`Bản sàn dựng lỗi:\n${floorRun.output.slice(-3000)}`);
	log('Dựng cổng đầy đủ (kiểm tra nội dung, trang, ảnh, chỉ mục tìm kiếm, kiểm tra liên kết)…');
	const fullRun = await measureBuild(full, { PORTAL_NOW });
	if (!fullRun.ok) throw new Error(`Cổng dựng lỗi:\n${fullRun.output.slice(-3000)}`);

	const dist = site.dist;
	const pages = globSync('**/*.html', { cwd: dist }).length;
	const floorPages = globSync('**/*.html', { cwd: join(floor, 'dist') }).length;
	const ratio = fullRun.seconds / floorRun.seconds;
	// Pagefind has no incremental mode: every build, full or incremental, indexes the whole dist/.
	const indexMs = Number(/chỉ mục tìm kiếm cho \d+ trang trong (\d+) ms/u.exec(fullRun.output)?.[1] ?? NaN);
	Object.assign(results, {
		pages,
		build_s: fullRun.seconds,
		floor_s: floorRun.seconds,
		ratio,
		peak_rss_mb: fullRun.peakBytes / 1024 / 1024,
		floor_peak_rss_mb: floorRun.peakBytes / 1024 / 1024,
		search_index_s: indexMs / 1000,
	});
	figures.push(
		['Trang (cổng / sàn)', `${pages} / ${floorPages}`],
		['Dựng cổng đầy đủ', `${fullRun.seconds.toFixed(1)} s`],
		['Dựng bản sàn', `${floorRun.seconds.toFixed(1)} s`],
		['Tỷ lệ (mục tiêu ≤ 1,5)', `${ratio.toFixed(2)}×`],
		['Bộ nhớ đỉnh (cổng / sàn)', `${mb(fullRun.peakBytes)} / ${mb(floorRun.peakBytes)}`],
		['Chỉ mục Pagefind', `${mb(folderBytes(join(dist, 'pagefind')))}, lập trong ${(indexMs / 1000).toFixed(1)} s (mọi lần dựng)`],
	);
	// The Lai Châu plan: the budget counts HTML and CSS of a first visit against its main's text.
	const plan = measurePlanPage(dist, 'ke-hoach/lai-chau-2025', textOf);
	results.plan_page_overhead_kb = plan.overheadKb;
	figures.push([
		'Trang kế hoạch Lai Châu, lần đầu (HTML + CSS / chữ)',
		`${kb(plan.pageBytes)} / ${kb(plan.textBytes)} (+${plan.overheadKb.toFixed(1)} KB)`,
	]);

	const nginx = await startNginx(dist);
	try {
		log('Tìm kiếm trong Chromium qua nginx…');
		const search = await measureSearch(launchPhone, nginx.origin);
		Object.assign(results, {
			first_search_kb: search.first.bytes / 1024,
			first_search_requests: search.first.requests,
			second_search_kb: search.second.bytes / 1024,
		});
		figures.push(
			['Tìm kiếm lần đầu', `${kb(search.first.bytes)} truyền (${search.first.requests} yêu cầu), ${search.first.ms} ms`],
			['Tìm kiếm lần hai', `${kb(search.second.bytes)} truyền (${search.second.requests} yêu cầu), ${search.second.ms} ms`],
		);
		// A dataset with results (the generated plan copies have them): one without has no chart.
		const chartPage = globSync('so-lieu/*-thu-nghiem-*/index.html', { cwd: dist })
			.sort()[0]
			.replace(/index\.html$/u, '');
		const chart = await measureChart(launchPhone, `${nginx.origin}/${chartPage}`);
		figures.push(['Trang biểu đồ', `${kb(chart.bytes)} truyền (${chart.requests} yêu cầu), trong đó JavaScript ${kb(chart.scriptBytes)}`]);
		if (!options['no-lighthouse']) {
			const newsItem = globSync('tin-tuc/*-tin-thu-nghiem-*/index.html', { cwd: dist })
				.sort()[0]
				.replace(/index\.html$/u, '');
			const targets = [
				['Trang chủ', '/'],
				['Kế hoạch', '/ke-hoach/quang-ninh-2022/'],
				['Tin tức', `/${newsItem}`],
				['Biểu đồ', `/${chartPage}`],
				['Tìm kiếm', '/tim-kiem/?q=cai%20nghien'],
			];
			for (const [name, path] of targets) {
				log(`Lighthouse (di động): ${name}…`);
				const scores = await runLighthouse(`${nginx.origin}${path}`, CHROMIUM_ARGS);
				figures.push([`Lighthouse ${name}`, scores]);
			}
		}
	} finally {
		await nginx.close();
	}
}

// The portal: a fixture copy of the project with the generated content added.
const site = createFixtureSite();
const full = site.root;
const floor = mkdtempSync(join(tmpdir(), 'portal-bench-floor-'));
try {
	const made = generateContent(site, { news: Number(options.news) });
	log(
		`Sinh dữ liệu thử: ${made.news} tin, ${made.documents} văn bản, ${made.plans} kế hoạch, ${made.datasets} bộ số liệu có kết quả (thư mục ${full}).`,
	);

	/** The figures for --json (the keys other runs and the README compare). */
	const results = { news: made.news };
	const figures = [];
	if (options.only !== 'publish') await measureSite(results, figures);

	const publish = { createPortalHost, routes, siteUrl: SITE_URL, portalNow: PORTAL_NOW, log };
	if (options.only !== 'publish') {
		log('Từ lúc công bố hay sửa đến lúc nginx phục vụ tin, với nội dung mẫu…');
		const demo = await measureToServed({ ...publish, contentFrom: 'content' });
		results.publish_to_served_demo_s = demo.publishS;
		results.edit_to_served_demo_s = demo.editS;
		figures.push(
			['Từ công bố đến lúc lên trang (nội dung mẫu)', `${demo.publishS.toFixed(1)} s`],
			['Từ sửa tin đến lúc lên trang (nội dung mẫu)', `${demo.editS.toFixed(1)} s`],
		);
	}
	log(`Từ lúc công bố hay sửa đến lúc nginx phục vụ tin, với ${made.news} tin…`);
	const large = await measureToServed({ ...publish, contentFrom: join(full, 'content'), keepLog: options['rebuild-log'] });
	results.publish_to_served_s = large.publishS;
	results.edit_to_served_s = large.editS;
	figures.push(
		[`Từ công bố đến lúc lên trang (${made.news} tin)`, `${large.publishS.toFixed(1)} s`],
		[`Từ sửa tin đến lúc lên trang (${made.news} tin)`, `${large.editS.toFixed(1)} s`],
	);

	if (options.only !== 'publish') {
		const longBody = await measureLongBody();
		Object.assign(results, longBody);
		figures.push([
			'Thân bài 100.000 dòng (vượt giới hạn)',
			`${longBody.long_body_100k_s.toFixed(1)} s, ${longBody.long_body_us_per_line_100k.toFixed(0)} µs/dòng (10.000 dòng: ${longBody.long_body_us_per_line_10k.toFixed(0)} µs/dòng)`,
		]);
	}

	console.log('\nKết quả đo (npm run bench):');
	const width = Math.max(...figures.map(([name]) => name.length));
	for (const [name, value] of figures) console.log(`  ${name.padEnd(width)}  ${value}`);
	const missed = missedTargets(results);
	if (missed.length > 0) console.log('');
	for (const line of missed) console.log(`  Lưu ý: ${line}`);
	if (options.json) {
		writeFileSync(options.json, `${JSON.stringify(results, null, '\t')}\n`);
		log(`Đã ghi ${options.json}`);
	}
} finally {
	if (options.keep) log(`Giữ thư mục ${full} và ${floor}`);
	else {
		site.remove();
		rmSync(floor, { recursive: true, force: true });
	}
}
