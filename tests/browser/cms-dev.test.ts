import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { acceptDialogs, fillNewsItem, publishNow } from '../helpers/admin';
import { launchBrowser, type BrowserSession } from '../helpers/browser';
import { createFixtureSite, type FixtureSite } from '../helpers/fixture-site';
import { startLocalCms, type LocalCms } from '../helpers/local-cms';

/**
 * `npm run cms` as an editor meets it after a fresh install: scripts/cms.mjs
 * (astro dev + decap-server) over a copy of the project whose Vite cache is
 * empty, the admin opened at the address it prints. The first visit shows the
 * collections without reloading; a save writes the file, shows Decap's
 * confirmation, and leaves the admin page as it is, while the dev server's
 * reload for the content change still reaches the site page open beside it.
 */
const NEW_ITEM = {
	title: 'Tin thử lưu dưới npm run cms',
	description: 'Tin thử: lưu mà trang quản trị không tải lại.',
	date: '2026-11-20',
	author: 'Ban biên tập',
	body: 'Nội dung ngắn.',
};
const NEW_FILE = 'content/news/2026-11-20-tin-thu-luu-duoi-npm-run-cms.md';
/** Decap's notice after a save (its vi locale, `entrySaved`). */
const SAVED = 'Mục đã được lưu';

let site: FixtureSite;
let cms: LocalCms;
let browser: BrowserSession;
let admin: Page;
let preview: Page;
/** Documents the admin tab has loaded (a hash change loads none; a reload does). */
let adminDocuments = 0;
/** Documents the site tab has loaded: the dev server's content reload reaches it. */
let previewDocuments = 0;

/** Counts the documents a tab's main frame requests. */
function countDocuments(page: Page, count: () => void): void {
	page.on('request', (request) => {
		if (request.isNavigationRequest() && request.frame() === page.mainFrame()) count();
	});
}

/** A news file's frontmatter, as the build reads it (Decap folds long lines). */
const frontmatter = (file: string): Record<string, unknown> => parse(readFileSync(file, 'utf8').split(/^---$/mu)[1]!);

/** Leaves a mark in the admin page's window: a reload would wipe it. */
const mark = () => admin.evaluate(() => ((window as unknown as { portalMark: string }).portalMark = 'chưa tải lại'));
const marked = () => admin.evaluate(() => (window as unknown as { portalMark?: string }).portalMark);

/**
 * Publishes the open entry, and checks what the editor sees: the notice, the
 * file written, then, once the site tab has been reloaded for the change, the
 * admin page still the same document.
 */
async function publishWithoutReload(file: string, field: string, expected: string): Promise<void> {
	const [documentsBefore, previewBefore] = [adminDocuments, previewDocuments];
	// An earlier save's notice, still shown, must not stand for this one's.
	await admin.evaluate(() => document.querySelectorAll('.Toastify__toast').forEach((notice) => notice.setAttribute('data-seen', '')));
	await mark();
	await publishNow(admin);
	await admin.locator('.Toastify__toast:not([data-seen])', { hasText: SAVED }).first().waitFor({ timeout: 30_000 });
	await expect
		.poll(() => (existsSync(file) ? String(frontmatter(file)[field]) : ''), {
			timeout: 15_000,
			message: `${file}; content/news: ${readdirSync(join(site.root, 'content/news')).join(', ')}`,
		})
		.toContain(expected);
	await expect
		.poll(() => previewDocuments, {
			timeout: 30_000,
			message: `trang của cổng không được tải lại sau khi lưu\n${cms.output().slice(-2000)}`,
		})
		.toBeGreaterThan(previewBefore);
	// The reload goes to every page at once: once the site tab has it, the admin would have it too.
	await admin.waitForTimeout(1000);
	expect(await marked()).toBe('chưa tải lại');
	expect(adminDocuments).toBe(documentsBefore);
}

beforeAll(async () => {
	site = createFixtureSite();
	cms = await startLocalCms(site.root);
	browser = await launchBrowser({ viewport: { width: 1280, height: 900 } });
	admin = await browser.context.newPage();
	// The dev server transforms Decap's bundle on demand: slower than the built admin.
	admin.setDefaultTimeout(90_000);
	acceptDialogs(admin);
	countDocuments(admin, () => adminDocuments++);
}, 150_000);

afterAll(async () => {
	await browser?.close();
	await cms?.stop();
	site?.remove();
});

describe('npm run cms after a fresh install', () => {
	test('the first visit shows the collections without a reload', async () => {
		await admin.goto(cms.adminUrl);
		await admin.getByRole('button', { name: 'Đăng nhập' }).click();
		await admin.getByText('Bộ sưu tập').first().waitFor();
		await admin.getByRole('link', { name: 'Tin tức' }).first().waitFor();
		expect(adminDocuments).toBe(1);
		// Vite's cache is this copy's own (a fresh copy has none): no earlier run can have warmed it.
		expect(existsSync(join(site.root, '.cache/vite/deps/_metadata.json'))).toBe(true);
	}, 150_000);
});

describe('saving under npm run cms does not disturb the editor', () => {
	beforeAll(async () => {
		// A page of the site, open beside the admin as while previewing: the dev server reloads it on a save.
		preview = await browser.context.newPage();
		countDocuments(preview, () => previewDocuments++);
		await preview.goto(new URL('/tin-tuc/', cms.adminUrl).href, { timeout: 90_000 });
	}, 120_000);

	test('an existing news item, edited through the form: saved, confirmed, the admin not reloaded', async () => {
		// Whichever item the content ships first: the test holds for a locality's own news too.
		const existing = readdirSync(join(site.root, 'content/news')).filter((file) => file.endsWith('.md'))[0]!;
		await admin.goto(`${cms.adminUrl}#/collections/news/entries/${existing.slice(0, -3)}`);
		const sapo = admin.getByLabel('Sapo');
		const before = await sapo.inputValue();
		await sapo.fill(`${before} Sửa dưới npm run cms.`);
		await publishWithoutReload(join(site.root, 'content/news', existing), 'description', 'Sửa dưới npm run cms.');
		// The form is still the editor's, with the change.
		expect(await admin.getByLabel('Sapo').inputValue()).toContain('Sửa dưới npm run cms.');
	}, 90_000);

	test('a new news item without a photo: saved, confirmed, the admin not reloaded', async () => {
		await fillNewsItem(admin, cms.adminUrl.replace(/\/admin\/$/u, ''), NEW_ITEM);
		await publishWithoutReload(join(site.root, NEW_FILE), 'title', NEW_ITEM.title);
	}, 90_000);
});
