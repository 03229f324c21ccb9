import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { routes } from '../../src/lib/routes';

/**
 * Driving the admin page (Decap) as an editor does, through its form and its
 * buttons, for the browser suites: never through Decap's serializer. The
 * labels are the Vietnamese ones the editor reads.
 */

/** The editorial workflow's states as the admin names them ("in review" is "Đang xét duyệt" in Decap's vi locale). */
export const WORKFLOW_STATUS = {
	draft: 'Bản nháp',
	inReview: /Chờ duyệt|Đang xét duyệt/u,
	ready: 'Sẵn sàng',
} as const;

/**
 * Accepts every confirmation Decap asks with `window.confirm` ("Bạn có chắc…"
 * before "Công bố"); Playwright would otherwise answer no. Returns the list of
 * messages asked, for the test to read.
 */
export function acceptDialogs(page: Page): string[] {
	const asked: string[] = [];
	page.on('dialog', (dialog) => {
		asked.push(dialog.message());
		void dialog.accept();
	});
	return asked;
}

/** Opens the admin page and logs in to the local backend with its one button. */
export async function logIn(page: Page, origin: string): Promise<void> {
	await page.goto(`${origin}${routes.admin}`);
	await page.getByRole('button', { name: 'Đăng nhập' }).click();
	await page.getByText('Bộ sưu tập').first().waitFor();
}

/** What an editor types into a news item. */
export interface NewsInput {
	title: string;
	description: string;
	/** As the date picker stores it, `YYYY-MM-DD`. */
	date: string;
	author: string;
	/** Body, typed into the Markdown editor. */
	body: string;
	/** A photo (generated) uploaded through the media library, with its description. */
	image?: { name: string; alt: string };
}

/** A JPEG of a plain colour, as a phone's photo would be uploaded. */
export function photo(width = 1600, height = 1200): Promise<Buffer> {
	return sharp({ create: { width, height, channels: 3, background: '#336699' } })
		.jpeg()
		.toBuffer();
}

/** Opens a new news item and fills its form. */
export async function fillNewsItem(page: Page, origin: string, item: NewsInput): Promise<void> {
	await page.goto(`${origin}${routes.admin}#/collections/news/new`);
	await page.getByLabel('Tiêu đề').fill(item.title);
	await page.getByLabel('Sapo').fill(item.description);
	await page.getByLabel('Ngày đăng').fill(item.date);
	await page.getByLabel('Đơn vị, tác giả').fill(item.author);
	if (item.image) {
		await page.getByRole('button', { name: 'Chọn một hình' }).click();
		await page.locator('input[type=file]').setInputFiles({ name: item.image.name, mimeType: 'image/jpeg', buffer: await photo() });
		await page.getByRole('button', { name: 'Lấy những cái đã chọn' }).click();
		await page.getByLabel('Mô tả ảnh (bắt buộc)').fill(item.image.alt);
	}
	const editor = page.locator('.cms-editor-raw [contenteditable="true"], .cms-editor-raw textarea').first();
	await editor.click();
	await page.keyboard.type(item.body);
}

/** "Lưu": in the editorial workflow, saves a draft (a branch on git). */
export async function saveDraft(page: Page): Promise<void> {
	await page.getByRole('button', { name: 'Lưu', exact: true }).click();
	await statusButton(page).filter({ hasText: WORKFLOW_STATUS.draft }).waitFor({ timeout: 20_000 });
}

/** The toolbar's status menu ("Trạng thái: Bản nháp"). */
const statusButton = (page: Page) => page.getByRole('button', { name: /^Trạng(?: thái)?:/u });

/** Moves the open entry to another state of the workflow, through the toolbar's status menu. */
export async function setWorkflowStatus(page: Page, status: string | RegExp): Promise<void> {
	await statusButton(page).click();
	await page.getByRole('menuitem', { name: status }).click();
	await statusButton(page).filter({ hasText: status }).waitFor({ timeout: 20_000 });
}

/** "Công bố" → "Công bố ngay", confirmations accepted by `acceptDialogs`. */
export async function publishNow(page: Page): Promise<void> {
	await page.getByRole('button', { name: 'Công bố', exact: true }).click();
	await page.getByRole('menuitem', { name: 'Công bố ngay', exact: true }).click();
}
