import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { COLLECTIONS, COLLECTION_NAMES, type CollectionDefinition } from '../../src/schemas/collections';
import { acceptDialogs, logIn, photo } from '../helpers/admin';
import { NEW_ENTRIES, pick } from '../helpers/new-entries';
import { launchBrowser, type BrowserSession } from '../helpers/browser';
import { startDecapServer, type DecapServer } from '../helpers/decap';
import { createFixtureSite, type FixtureSite } from '../helpers/fixture-site';
import { freePort } from '../helpers/ports';
import { startStaticServer, type StaticServer } from '../helpers/static-server';

/**
 * Every entry the CMS shows, opened, changed and saved through the admin's form
 * in real Chromium (Decap's own validation included, never its serializer), and a
 * new entry of every collection that offers "create", with only what the form
 * requires, all into one copy of the project, then one build: each is published.
 */
const NOW = '2026-11-24T10:00:00+07:00';

let site: FixtureSite;
let decap: DecapServer;
let server: StaticServer;
let browser: BrowserSession;
let page: Page;
/** What the admin asked through `window.confirm` (Decap's "leave this page?" among them). */
let asked: string[] = [];
const pageErrors: string[] = [];

interface Edit {
	file: string;
	marker: string;
}
const edits: Edit[] = [];
const created: { slug: string; day: string }[] = [];
/** Datasets of results created through the form: each must be published with its figure. */
const createdResults: string[] = [];
/** New entries of the other collections, saved through the form: each must be on its page. */
const createdEntries: typeof NEW_ENTRIES = [];

beforeAll(async () => {
	site = createFixtureSite();
	const port = await freePort();
	const built = site.build({ CMS_LOCAL_BACKEND_URL: `http://127.0.0.1:${port}/api/v1`, PORTAL_NOW: NOW });
	if (!built.ok) throw new Error(built.output);
	decap = await startDecapServer(site.root, port);
	server = await startStaticServer(site.dist);
	browser = await launchBrowser({ viewport: { width: 1280, height: 900 }, timezoneId: 'UTC', env: { TZ: 'UTC' } });
	page = await browser.context.newPage();
	asked = acceptDialogs(page);
	page.on('pageerror', (error) => pageErrors.push(`${error.message} ${error.stack ?? ''}`));
	await logIn(page, server.origin);
}, 300_000);

afterAll(async () => {
	await browser?.close();
	await server?.close();
	await decap?.stop();
	site?.remove();
});

/** What Decap shows under the fields when it refuses to save. */
const formErrors = (target: Page) =>
	target.locator('[class*="ControlErrorsList"], [class*="control-errors"], ul[class*="Error"] li').allTextContents();

/** Leaves the open form for the collections list, so that the next form is a fresh one (Decap keeps the old for a moment). */
async function leaveForm(): Promise<void> {
	await page.goto(`${server.origin}/admin/#/`);
	await page.locator('[id*="-field-"]').first().waitFor({ state: 'detached' });
}

/**
 * Waits for Decap to open a new entry at its own address, which it does once the file is written: a
 * form opened before that would be replaced by it (or, worse, saved with its draft).
 */
async function waitForOpened(collection: string, file: string): Promise<void> {
	const slug = file.slice(file.lastIndexOf('/') + 1, -extname(file).length);
	await page.waitForURL((url) => url.hash === `#/collections/${collection}/entries/${slug}`, { timeout: 15_000 });
}

/** "Công bố" → "Công bố ngay". */
async function publish(): Promise<void> {
	await page.getByRole('button', { name: 'Công bố', exact: true }).click();
	await page.getByText('Công bố ngay', { exact: true }).click();
}

/** Opens an entry, appends a marker to one visible text field, publishes, and waits for the file to carry it. */
async function editAndSave(hash: string, fieldName: string, file: string, marker: string): Promise<void> {
	// Leave the previous entry first: Decap routes by hash, and its form would still be there for a moment.
	await leaveForm();
	await page.goto(`${server.origin}/admin/${hash}`);
	const input = page.locator(`[id^="${fieldName}-field-"]`).first();
	await input.waitFor({ timeout: 20_000 });
	const before = await input.inputValue();
	await input.fill(`${before} ${marker}`);
	await publish();
	await expect
		.poll(() => readFileSync(file, 'utf8').includes(marker), {
			timeout: 15_000,
			message: `${file}: ${(await formErrors(page)).join(' | ')}`,
		})
		.toBe(true)
		.catch(async (error: unknown) => {
			throw new Error(`${file} không lưu được: ${(await formErrors(page)).join(' | ')} (${String(error)})`);
		});
	edits.push({ file, marker });
}

/**
 * The field changed in an entry whose title no page shows: a national date (kind `ngay-thang`, no
 * phone) is not listed among the emergency numbers (src/data/national.ts keeps phone lines only); it
 * is published only as the "Nguồn: …" of the campaign sentences that cite it (src/data/claims.ts).
 */
const SHOWN_FIELD: Record<string, string> = {
	// By collection and file: a campaign may share its file name with the national date it recurs on.
	'national/ngay-26-6-phong-chong-ma-tuy.yaml': 'source',
	'national/thang-hanh-dong-quoc-gia-phong-chong-hiv-aids.yaml': 'source',
};

describe('every shipped entry saves through the form', () => {
	const collections = COLLECTION_NAMES.flatMap((name) => {
		const definition: CollectionDefinition = COLLECTIONS[name];
		return definition.cms ? [{ name, definition }] : [];
	});

	test('opening an entry and leaving it unchanged asks nothing (no widget changes a value as it loads)', async () => {
		const first = collections.flatMap(({ name, definition }) => {
			const file = readdirSync(join(site.root, definition.base)).find((candidate) => ['.md', '.yaml'].includes(extname(candidate)));
			return file ? [`${name}/entries/${file.slice(0, -extname(file).length)}`] : [];
		});
		for (const entry of [...first, 'settings/entries/site']) {
			await page.goto(`${server.origin}/admin/#/collections/${entry}`);
			await page.locator('[id*="-field-"]').first().waitFor({ timeout: 20_000 });
			// Relation and target widgets load their options after the form shows: give them the time to.
			await page.waitForTimeout(1000);
			await leaveForm();
			expect(asked.splice(0), entry).toEqual([]);
		}
		// The prompt this listens for: leaving a changed entry asks (and is accepted).
		await page.goto(`${server.origin}/admin/#/collections/settings/entries/site`);
		await page.locator('[id^="name-field-"]').first().fill('Đổi rồi bỏ');
		await leaveForm();
		expect(asked.splice(0)).toEqual(['Bạn có chắc rằng bạn muốn rời khỏi trang này?']);
		// Left, the change is dropped: reopened, the entry offers no backup of it to restore.
		await page.goto(`${server.origin}/admin/#/collections/settings/entries/site`);
		await page.locator('[id^="name-field-"]').first().waitFor();
		await page.waitForTimeout(1000);
		expect(await page.locator('[id^="name-field-"]').first().inputValue()).not.toContain('Đổi rồi bỏ');
		expect(asked.splice(0)).toEqual([]);
	}, 120_000);

	test.each(collections)(
		'$name',
		async ({ name, definition }) => {
			const folder = join(site.root, definition.base);
			const files = readdirSync(folder).filter((file) => ['.md', '.yaml'].includes(extname(file)));
			for (const [index, file] of files.entries()) {
				const slug = file.slice(0, -extname(file).length);
				await editAndSave(
					`#/collections/${name}/entries/${slug}`,
					SHOWN_FIELD[`${name}/${file}`] ?? definition.displayField ?? 'title',
					join(folder, file),
					`sửa-${name}-${index}`,
				);
			}
		},
		600_000,
	);

	test('the settings page', async () => {
		await editAndSave('#/collections/settings/entries/site', 'name', join(site.root, 'content/site.yaml'), 'sửa-cài-đặt');
	}, 60_000);

	test.each([
		['00:30', '2026-06-01T00:30:00+07:00', 'Tin không ảnh lúc nửa đêm'],
		['23:30', '2026-06-02T23:30:00+07:00', 'Tin không ảnh lúc khuya'],
	])(
		'a new news item without a photo, "Hôm nay" at %s in Việt Nam, in an English browser',
		async (_, time, title) => {
			const vn = await launchBrowser({ viewport: { width: 1280, height: 900 }, timezoneId: 'Asia/Ho_Chi_Minh', locale: 'en-US' });
			try {
				const editor = await vn.context.newPage();
				await editor.clock.install({ time: new Date(time) });
				acceptDialogs(editor);
				await logIn(editor, server.origin);
				await editor.goto(`${server.origin}/admin/#/collections/news/new`);
				await editor.getByLabel('Tiêu đề').fill(title);
				await editor.getByLabel('Sapo').fill(`${title}: tin thử, không có ảnh.`);
				await editor.locator('[id^="date-field-"]').locator('xpath=..').getByRole('button', { name: 'Hôm nay' }).click();
				const day = time.slice(0, 10);
				const [year, month, date] = day.split('-');
				expect(await editor.getByLabel('Ngày đăng').inputValue()).toBe(`${date}/${month}/${year}`);
				await editor.getByLabel('Đơn vị, tác giả').fill('Ban biên tập');
				await editor.locator('.cms-editor-raw [contenteditable="true"], .cms-editor-raw textarea').first().click();
				await editor.keyboard.type('Nội dung ngắn.');
				await editor.getByRole('button', { name: 'Công bố', exact: true }).click();
				await editor.getByText('Công bố ngay', { exact: true }).click();
				const slug = `${day}-${title === 'Tin không ảnh lúc nửa đêm' ? 'tin-khong-anh-luc-nua-dem' : 'tin-khong-anh-luc-khuya'}`;
				const file = join(site.root, 'content/news', `${slug}.md`);
				await expect.poll(() => existsSync(file), { timeout: 15_000, message: (await formErrors(editor)).join(' | ') }).toBe(true);
				expect(readFileSync(file, 'utf8')).toMatch(new RegExp(`^date: "?${day}"?$`, 'mu'));
				expect(readFileSync(file, 'utf8')).not.toContain('image');
				created.push({ slug, day });
			} finally {
				await vn.close();
			}
		},
		120_000,
	);

	test('a filled photo without its description, and 30/02, are stopped in the form in Vietnamese', async () => {
		await page.goto(`${server.origin}/admin/#/collections/news/new`);
		await page.getByLabel('Tiêu đề').fill('Tin có ảnh thiếu mô tả');
		await page.getByLabel('Sapo').fill('Thử.');
		await page.getByLabel('Ngày đăng').fill('30/02/2026');
		await page.getByLabel('Đơn vị, tác giả').fill('Ban biên tập');
		await page.getByRole('button', { name: 'Chọn một hình' }).click();
		await page.locator('input[type=file]').setInputFiles({ name: 'anh.jpg', mimeType: 'image/jpeg', buffer: await photo(400, 300) });
		await page.getByRole('button', { name: 'Lấy những cái đã chọn' }).click();
		await page.getByRole('button', { name: 'Công bố', exact: true }).click();
		await page.getByText('Công bố ngay', { exact: true }).click();
		// textContent, not innerText: Decap's error list is upper-cased by CSS.
		await expect.poll(async () => (await page.locator('body').textContent())?.includes('thì phải điền cả')).toBe(true);
		const text = (await page.locator('body').textContent()) ?? '';
		expect(text).toMatch(/Đã điền “[^”]+” thì phải điền cả: Mô tả ảnh/u);
		expect(text).toContain('Ngày viết theo ngày/tháng/năm, ví dụ 01/06/2025, và phải có trên lịch.');
		expect(readdirSync(join(site.root, 'content/news')).filter((file) => file.includes('thieu-mo-ta'))).toEqual([]);
	}, 60_000);

	test("a new result: the target is picked among the chosen plan's targets, and one the plan lacks is refused", async () => {
		const choose = (field: string, text: string) => pick(page, page.locator(`[id^="${field}-field-"]`).last(), text);
		await leaveForm();
		await page.goto(`${server.origin}/admin/#/collections/indicators/new`);
		await choose('plan', 'Lai Châu');
		await choose('target', 'tiếp cận dịch vụ');
		// The editor changes the plan after the target: the id stays, and the form refuses it in Vietnamese.
		await choose('plan', 'Quảng Ninh');
		await page.getByRole('button', { name: 'Thêm kết quả báo cáo' }).click();
		await choose('kind', 'Năm');
		await page.locator('[id^="year-field-"]').last().fill('2022');
		await page.locator('[id^="value-field-"]').last().fill('50');
		await choose('source', '218');
		await publish();
		await expect
			.poll(async () =>
				(await page.locator('body').textContent())?.includes('kế hoạch "quang-ninh-2022" không có chỉ tiêu "tiep-can-dich-vu"'),
			)
			.toBe(true);
		const folder = join(site.root, 'content/indicators');
		expect(readdirSync(folder).filter((file) => file.endsWith('.yaml'))).toEqual([]);
		// Offered by label, stored as the id.
		await choose('target', 'hoạt động truyền thông');
		await publish();
		const file = join(folder, 'quang-ninh-2022-xa-hoat-dong-truyen-thong.yaml');
		await expect.poll(() => existsSync(file), { timeout: 15_000, message: (await formErrors(page)).join(' | ') }).toBe(true);
		expect(readFileSync(file, 'utf8')).toMatch(/^target: xa-hoat-dong-truyen-thong$/mu);
		await waitForOpened('indicators', file);
		createdResults.push('quang-ninh-2022-xa-hoat-dong-truyen-thong');
	}, 120_000);

	test.each(NEW_ENTRIES)(
		'a new entry of $collection with only what the form requires',
		async (entry) => {
			await leaveForm();
			await page.goto(`${server.origin}/admin/#/collections/${entry.collection}/new`);
			await page.locator('[id*="-field-"]').first().waitFor({ timeout: 20_000 });
			await entry.fill(page);
			await publish();
			const file = join(site.root, entry.file);
			await expect
				.poll(() => existsSync(file), { timeout: 15_000 })
				.toBe(true)
				.catch(async (error: unknown) => {
					await page.screenshot({ path: join(tmpdir(), `cms-form-${entry.collection}.png`), fullPage: true });
					throw new Error(`${entry.file} không lưu được: ${(await formErrors(page)).join(' | ')} (${String(error)})`);
				});
			await waitForOpened(entry.collection, entry.file);
			createdEntries.push(entry);
		},
		60_000,
	);

	test('one build publishes every change', () => {
		const built = site.build({ PORTAL_NOW: NOW });
		expect(built.ok, built.output.slice(-3000)).toBe(true);
		const html = readdirSync(site.dist, { recursive: true, encoding: 'utf8' })
			.filter((file) => file.endsWith('.html'))
			.map((file) => readFileSync(join(site.dist, file), 'utf8'))
			.join('\n');
		expect(edits.filter((edit) => !html.includes(edit.marker)).map((edit) => edit.file)).toEqual([]);
		expect(edits.length).toBeGreaterThan(30);
		const rss = readFileSync(join(site.dist, 'rss.xml'), 'utf8');
		for (const { slug, day } of created) {
			const [year, month, date] = day.split('-');
			const item = readFileSync(join(site.dist, 'tin-tuc', slug, 'index.html'), 'utf8');
			expect(item).toContain(`${date}/${month}/${year}`);
			const entry = rss.slice(rss.indexOf(`/tin-tuc/${slug}/`));
			const pubDate = /<pubDate>([^<]+)<\/pubDate>/u.exec(entry)?.[1] ?? '';
			expect(pubDate, pubDate).toContain(`${date} ${new Date(`${day}T12:00:00Z`).toUTCString().slice(8, 11)} ${year}`);
		}
		expect(created).toHaveLength(2);
		for (const dataset of createdResults) expect(readFileSync(join(site.dist, 'so-lieu', dataset, 'index.html'), 'utf8')).toContain('50%');
		expect(createdResults).toHaveLength(1);
		for (const entry of createdEntries) {
			const shown = readFileSync(join(site.dist, entry.url, 'index.html'), 'utf8');
			expect(
				entry.shows.filter((text) => !shown.includes(text)),
				`${entry.collection} on ${entry.url}`,
			).toEqual([]);
		}
		expect(createdEntries.map((entry) => entry.collection).sort()).toEqual(
			COLLECTION_NAMES.filter((name) => {
				const definition: CollectionDefinition = COLLECTIONS[name];
				// News and results have tests of their own above.
				return definition.cms?.create && !['news', 'indicators'].includes(name);
			}).sort(),
		);
		expect(pageErrors).toEqual([]);
	}, 300_000);
});
