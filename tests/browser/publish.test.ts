import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser } from '../helpers/browser';
import { buildStatusPath, routes } from '../../src/lib/routes';
import type { NginxServer } from '../helpers/nginx';
import { createPortalHost, type PortalHost } from '../helpers/portal-host';

/**
 * From a push to the live site, on this machine as on a locality's server: a
 * bare repository with the shipped post-receive hook, $PORTAL_HOME built by the
 * shipped rebuild script, nginx with the shipped server block. A push of news
 * is rebuilt and served; an item dated tomorrow waits for the daily rebuild
 * (the shipped systemd unit's command) on its day; a push that breaks the
 * build leaves the last release served, and the admin page says why.
 */
const SITE_URL = 'https://phongchongmatuy.example.gov.vn';
const TODAY = '2026-11-24';
const TOMORROW = '2026-11-25';

const newsItem = (title: string, date: string) =>
	`---\ntitle: ${title}\ndescription: Tin thử của bộ kiểm thử đăng bài, ${title.toLowerCase()}.\ndate: ${date}\nauthor: Ban biên tập\n---\n\n${title}.\n`;
const TODAY_ITEM = { path: `content/news/${TODAY}-hop-giao-ban-tuan`, title: 'Họp giao ban tuần về cai nghiện tự nguyện' };
const TOMORROW_ITEM = { path: `content/news/${TOMORROW}-ra-quan-tuyen-truyen`, title: 'Ra quân tuyên truyền trong trường học' };
const BROKEN = `content/news/${TOMORROW}-tin-ngay-sai.md`;
const pageOf = (item: { path: string }) => routes.newsItem(item.path.slice('content/news/'.length));

let host: PortalHost;
let nginx: NginxServer;
let published: string;
let publishedSubject: string;
const fetchPage = (path: string) => fetch(`${nginx.origin}${path}`);

beforeAll(async () => {
	host = createPortalHost({ env: { SITE_URL, PORTAL_NOW: `${TODAY}T12:00:00+07:00` } });
	publishedSubject = 'Thêm hai tin tuần này';
	published = host.commit(
		{
			[`${TODAY_ITEM.path}.md`]: newsItem(TODAY_ITEM.title, TODAY),
			[`${TOMORROW_ITEM.path}.md`]: newsItem(TOMORROW_ITEM.title, TOMORROW),
		},
		publishedSubject,
	);
	host.push();
	const status = await host.waitForAttempt(published);
	if (status.lastAttempt?.state !== 'ok') throw new Error(`Bản dựng đầu thất bại:\n${host.log().slice(-4000)}`);
	nginx = await host.startNginx();
}, 300_000);

afterAll(async () => {
	await nginx?.close();
	host?.remove();
});

describe('a push to the publishing branch', () => {
	test('is rebuilt by the hook and served by nginx with the shipped config', async () => {
		const response = await fetchPage(pageOf(TODAY_ITEM));
		expect(response.status, nginx.errors()).toBe(200);
		const html = await response.text();
		expect(html).toContain(TODAY_ITEM.title);
		// Built for the public address, not the machine it was built on.
		expect(html).toContain(`<link rel="canonical" href="${SITE_URL}${pageOf(TODAY_ITEM)}"`);
		expect(await (await fetchPage(routes.news)).text()).toContain(pageOf(TODAY_ITEM));
	});

	test('an item dated tomorrow is not published the day before', async () => {
		expect((await fetchPage(pageOf(TOMORROW_ITEM))).status).toBe(404);
		expect(await (await fetchPage(routes.news)).text()).not.toContain(TOMORROW_ITEM.title);
	});

	test('reinstalls nothing when package-lock.json did not change, and keeps the build cache outside node_modules', () => {
		expect(host.log()).toContain('package-lock.json không đổi');
		expect(host.log()).not.toContain('npm ci');
		expect(readdirSync(join(host.home, 'cache')).length).toBeGreaterThan(0);
	});

	test('the record says what is live, in Việt Nam time, at the fixed path, never cached', async () => {
		const response = await fetchPage(buildStatusPath);
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toMatch(/^application\/json/u);
		expect(response.headers.get('cache-control')).toBe('no-cache');
		expect(response.headers.get('x-content-type-options')).toBe('nosniff');
		const status = await response.json();
		expect(status.live).toMatchObject({ commit: published, subject: publishedSubject });
		expect(status.live.time).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00$/u);
		expect(status.lastAttempt).toMatchObject({ commit: published, state: 'ok' });
	});

	test('the release carries no build record of its own', () => {
		const release = readlinkSync(join(host.home, 'current'));
		expect(existsSync(join(release, buildStatusPath))).toBe(false);
	});
});

describe('the daily rebuild, as the shipped systemd unit runs it', () => {
	test('on the item’s day, publishes it', async () => {
		const unit = readFileSync('deploy/systemd/cong-thong-tin-rebuild.service', 'utf8').replaceAll('/srv/cong-thong-tin', host.home);
		const command = /^ExecStart=(.+)$/mu.exec(unit)![1]!;
		const environment = Object.fromEntries([...unit.matchAll(/^Environment=(\w+)=(.*)$/gmu)].map((match) => [match[1]!, match[2]!]));
		const before = readlinkSync(join(host.home, 'current'));
		host.setEnv({ SITE_URL, PORTAL_NOW: `${TOMORROW}T00:05:00+07:00` });
		const run = spawnSync(command, [], { env: { ...process.env, ...environment }, encoding: 'utf8', timeout: 240_000 });
		expect(run.status, `${run.stdout}\n${run.stderr}`.slice(-3000)).toBe(0);
		expect(readlinkSync(join(host.home, 'current'))).not.toBe(before);
		const response = await fetchPage(pageOf(TOMORROW_ITEM));
		expect(response.status).toBe(200);
		expect(await response.text()).toContain(TOMORROW_ITEM.title);
		expect(host.status()?.live?.commit).toBe(published);
	}, 240_000);
});

describe('a push that breaks the build', () => {
	let broken: string;
	let liveRelease: string;
	beforeAll(async () => {
		liveRelease = readlinkSync(join(host.home, 'current'));
		broken = host.commit({ [BROKEN]: newsItem('Tin có ngày không có trên lịch', '2026-02-30') }, 'Thêm Tin “tin-ngay-sai”');
		host.push();
		await host.waitForAttempt(broken);
	}, 300_000);

	test('leaves the previous release served', async () => {
		expect(readlinkSync(join(host.home, 'current'))).toBe(liveRelease);
		expect((await fetchPage(pageOf(TOMORROW_ITEM))).status).toBe(200);
	});

	test('records the failure, its step and its first error, naming file and field', () => {
		const status = host.status()!;
		expect(status.live?.commit).toBe(published);
		expect(status.lastAttempt).toMatchObject({ commit: broken, state: 'failed', step: 'build' });
		expect(status.lastAttempt?.error).toMatch(new RegExp(`^${BROKEN}:\\d+: date: `, 'u'));
	});

	test('the admin page tells the editor, in Vietnamese, what is live and why the last build failed', async () => {
		const browser = await launchBrowser();
		try {
			const page = await browser.context.newPage();
			await page.goto(`${nginx.origin}${routes.admin}`);
			const status = page.locator('[data-build-status]');
			await status.waitFor({ state: 'visible', timeout: 15_000 });
			const text = await status.innerText();
			expect(text).toContain(`có thay đổi mới nhất: ${publishedSubject} (mã ${published.slice(0, 7)})`);
			expect(text).toMatch(/Lần dựng lúc \d{2}:\d{2} ngày \d{2}\/\d{2}\/\d{4} bị lỗi khi dựng trang, nên trang vẫn giữ bản trước/u);
			expect(text).toContain(`Thay đổi: Thêm Tin “tin-ngay-sai” (mã ${broken.slice(0, 7)}). Lỗi đầu tiên: ${BROKEN}:`);
			expect(await status.getAttribute('data-state')).toBe('failed');
		} finally {
			await browser.close();
		}
	});
});
