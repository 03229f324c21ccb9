import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { acceptDialogs, fillNewsItem, logIn, saveDraft } from '../helpers/admin';
import { launchBrowser, type BrowserSession } from '../helpers/browser';
import { startDecapServer, type DecapServer } from '../helpers/decap';
import { createFixtureSite, type FixtureSite } from '../helpers/fixture-site';
import { git } from '../helpers/portal-host';
import { freePort } from '../helpers/ports';
import { startStaticServer, type StaticServer } from '../helpers/static-server';
import { foreignWords } from '../helpers/vietnamese-words';

/**
 * The admin in Vietnamese, screen by screen, in real Chromium set to en-US (so
 * nothing Vietnamese comes from the browser): the collections, every
 * collection's entry editor with its lists and objects opened and its selects
 * and relations dropped down (their screen-reader text too), a new news item
 * with the Markdown toolbar, the media library, the editorial workflow board
 * with a draft on it, the account menu and the portal's settings. On each, every
 * text node, `title`, `aria-label`, `placeholder` and `alt` is read and each word
 * checked (tests/helpers/vietnamese-words.ts). One build, one browser, one tab.
 */
const NOW = '2026-11-24T10:00:00+07:00';

let site: FixtureSite;
let decap: DecapServer;
let server: StaticServer;
let browser: BrowserSession;
let page: Page;
/** Each failing word, with the screens and the texts it was met in. */
const findings = new Map<string, Set<string>>();

/** Every string of the page an editor sees or hears: text (screen-reader text included), titles, labels, placeholders, alt. */
function readStrings(target: Page): Promise<string[]> {
	return target.evaluate(() => {
		// What editors type is content, not the admin's words: form fields and the Markdown editor.
		const typed = (node: Node) => node.parentElement?.closest('script, style, textarea, [contenteditable="true"], .CodeMirror') !== null;
		const strings: string[] = [];
		const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const text = node.textContent?.trim();
			if (text && !typed(node)) strings.push(text);
		}
		for (const element of document.body.querySelectorAll('[title], [aria-label], [placeholder], img[alt]')) {
			for (const name of ['title', 'aria-label', 'placeholder', 'alt']) {
				const value = element.getAttribute(name)?.trim();
				if (value) strings.push(value);
			}
		}
		return strings;
	});
}

/** Reads the screen and records every word that fails. */
async function check(screen: string): Promise<void> {
	for (const text of await readStrings(page)) {
		for (const word of foreignWords(text)) {
			const seen = findings.get(word) ?? new Set<string>();
			seen.add(`${screen}: “${text.slice(0, 80)}”`);
			findings.set(word, seen);
		}
	}
}

/** Opens every collapsed list item and object of the editor, nested ones included. */
async function expandAll(): Promise<void> {
	for (let pass = 0; pass < 4; pass += 1) {
		const collapsed = page.locator(
			'button[aria-label="Mở ra"], [class*="ListItemTopBar"] > button:first-child:has(svg[style*="rotate(90"])',
		);
		const count = await collapsed.count();
		if (count === 0) return;
		// A toggle inside an item opened in this pass may have moved or gone: the next pass finds it again.
		for (let index = count - 1; index >= 0; index -= 1)
			await collapsed
				.nth(index)
				.click({ timeout: 2_000 })
				.catch(() => undefined);
	}
}

/** Drops down each select and relation of the editor in turn and reads it open: options and live region. */
async function openSelects(screen: string): Promise<void> {
	const inputs = page.locator('input[role="combobox"]');
	const count = Math.min(await inputs.count(), 12);
	for (let index = 0; index < count; index += 1) {
		const input = inputs.nth(index);
		await input.scrollIntoViewIfNeeded();
		await input.focus();
		await page.keyboard.press('ArrowDown');
		// A relation loads its options: wait until the menu has them, or says it has none.
		await page
			.locator('[class*="-menu"]')
			.first()
			.waitFor({ timeout: 5_000 })
			.catch(() => undefined);
		await page.waitForFunction(() => !document.querySelector('[class*="-menu"]')?.textContent?.includes('Đang tải'), null, {
			timeout: 5_000,
		});
		await page.keyboard.press('ArrowDown');
		await check(`${screen} (ô chọn ${index + 1})`);
		await page.keyboard.press('Escape');
	}
}

beforeAll(async () => {
	site = createFixtureSite();
	// Decap's git mode works in a repository of its own: this throw-away copy, committed once.
	writeFileSync(join(site.root, '.gitignore'), 'node_modules\ndist\n.astro\n');
	git(site.root, 'init', '--quiet', '--initial-branch=main');
	git(site.root, 'add', '--all');
	git(site.root, 'commit', '--quiet', '--message', 'Bản đầu');
	const port = await freePort();
	const built = site.build({ CMS_LOCAL_BACKEND_URL: `http://127.0.0.1:${port}/api/v1`, CMS_LOCAL_WORKFLOW: '1', PORTAL_NOW: NOW });
	if (!built.ok) throw new Error(built.output);
	decap = await startDecapServer(site.root, port, 'git');
	server = await startStaticServer(site.dist);
	browser = await launchBrowser({ viewport: { width: 1280, height: 900 }, locale: 'en-US' });
	page = await browser.context.newPage();
	acceptDialogs(page);
	await logIn(page, server.origin);
}, 300_000);

afterAll(async () => {
	await browser?.close();
	await server?.close();
	await decap?.stop();
	site?.remove();
});

/** The collections of the generated config, as the admin lists them. */
async function collectionNames(): Promise<string[]> {
	return page.$$eval('a[href^="#/collections/"]', (links) => [
		...new Set(links.map((link) => (link.getAttribute('href') ?? '').split('/')[2] ?? '').filter(Boolean)),
	]);
}

describe('every screen of the admin speaks Vietnamese', () => {
	test('the collections and each collection’s list', async () => {
		const names = await collectionNames();
		expect(names.length).toBeGreaterThan(5);
		for (const name of names) {
			await page.goto(`${server.origin}/admin/#/collections/${name}`);
			await page.locator('a[href*="/entries/"], a[href$="/new"]').first().waitFor();
			await page.waitForTimeout(500);
			await check(`danh sách ${name}`);
		}
	});

	test('an entry of each collection, lists and objects opened, selects and relations dropped down', async () => {
		for (const name of await collectionNames()) {
			await page.goto(`${server.origin}/admin/#/collections/${name}`);
			await page.locator('a[href*="/entries/"], a[href$="/new"]').first().waitFor();
			await page.waitForTimeout(500);
			// An empty collection (no results reported yet) is met through its new-entry form.
			const entry = page.locator('a[href*="/entries/"]').first();
			if (await entry.count()) await entry.click();
			else await page.goto(`${server.origin}/admin/#/collections/${name}/new`);
			await page.getByRole('button', { name: 'Lưu', exact: true }).waitFor();
			await expandAll();
			await check(`sửa ${name}`);
			await openSelects(`sửa ${name}`);
		}
	});

	test('a new news item: the date, the Markdown toolbar, the media library', async () => {
		await page.goto(`${server.origin}/admin/#/collections/news/new`);
		await page.getByRole('button', { name: 'Lưu', exact: true }).waitFor();
		await check('tin mới');
		await page.getByRole('button', { name: 'Chọn một hình' }).click();
		await page.locator('input[type=file]').waitFor({ state: 'attached' });
		await check('thư viện tập tin (chọn ảnh)');
		// The library is a modal kept in Decap's state, which a change of address alone leaves open over
		// the page (the header's button behind it): a reload closes it, and the login stays.
		await page.goto(`${server.origin}/admin/#/collections/news`);
		await page.reload();
		await page.getByRole('button', { name: 'Tập tin', exact: true }).click();
		await page.locator('input[type=file]').waitFor({ state: 'attached' });
		await check('thư viện tập tin');
		await page.reload();
		await page.getByText('Bộ sưu tập').first().waitFor();
	});

	test('the workflow board, with a draft on it, and the draft’s toolbar', async () => {
		await fillNewsItem(page, server.origin, {
			title: 'Tin nháp để xem bảng biên tập',
			description: 'Tin thử.',
			date: '2026-11-23',
			author: 'Ban biên tập',
			body: 'Nội dung.',
			image: { name: 'nhap.jpg', alt: 'Ảnh thử' },
		});
		await saveDraft(page);
		await check('tin nháp');
		await page.goto(`${server.origin}/admin/#/workflow`);
		await page.getByText('Tin nháp để xem bảng biên tập').first().waitFor();
		await page.getByText('Tin nháp để xem bảng biên tập').first().hover();
		await check('bảng biên tập');
	});

	test('the account menu and the portal’s settings', async () => {
		await page.goto(`${server.origin}/admin/#/collections/settings/entries/site`);
		await page.getByRole('button', { name: 'Lưu', exact: true }).waitFor();
		await expandAll();
		await check('cài đặt cổng');
		await openSelects('cài đặt cổng');
		await page.getByRole('button', { name: 'Tài khoản' }).click();
		await check('menu tài khoản');
	});

	test('no screen shows an English word or a raw vocabulary key', () => {
		const report = [...findings].map(([word, where]) => `${word}\n    ${[...where].slice(0, 3).join('\n    ')}`);
		expect(report, report.join('\n')).toEqual([]);
	});
});
