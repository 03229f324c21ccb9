import type { Locator, Page } from 'playwright-core';
import { routes } from '../../src/lib/routes';

/**
 * New entries an editor creates in the admin with only what the form requires, one per
 * collection that offers "create", typed through the real widgets (relation pickers, selects,
 * the switch, a list's "Thêm …"). Fixture data for the browser suite: it never reaches the
 * published site. Earlier entries are cited by later ones (the campaign cites the new
 * national date and the new document), so the order of the list matters.
 */

/** Picks an option of a select or relation field by typing part of its label, as an editor does. */
export async function pick(page: Page, input: Locator, text: string): Promise<void> {
	await input.click();
	await input.fill(text);
	await page
		.getByRole('option', { name: new RegExp(text, 'u') })
		.first()
		.click();
	// The menu closes once the option is taken; until then a click elsewhere may land on it.
	await page.getByRole('listbox').waitFor({ state: 'detached' });
}

/**
 * Clicks a list's "Thêm …" and waits for the new item's `field` to render: until it does, the
 * `index`-th field of that name may be one further down the form (a service's "Ai được sử dụng").
 */
async function add(page: Page, button: string, field: string): Promise<void> {
	const fields = page.locator(`[id^="${field}-field-"]`);
	const before = await fields.count();
	await page.getByRole('button', { name: button }).click();
	await fields.nth(before).waitFor();
}

/** The `index`-th field named `name` of the form (nested fields repeat their name: every claim has a `text`). */
const nth = (page: Page, name: string, index: number) => page.locator(`[id^="${name}-field-"]`).nth(index);

/** Fills a claim's source with a plan, one of its sections and the section's words. */
async function planSource(page: Page, index: number, plan: string, section: string, quote: string): Promise<void> {
	await pick(page, nth(page, 'plan', index), plan);
	await nth(page, 'section', index).fill(section);
	await nth(page, 'quote', index).fill(quote);
}

/** A line of the Quảng Ninh plan (section muc-ii-2), as a shipped campaign quotes it. */
const QUANG_NINH = { plan: 'Quảng Ninh', section: 'muc-ii-2', quote: 'tác hại của tệ nạn ma túy (đặc biệt là ma túy tổng hợp)' };

export interface NewEntry {
	collection: string;
	/** The file the save must write, relative to the project root. */
	file: string;
	/** The built page that must show it, and what it must show there. */
	url: string;
	shows: string[];
	/** Fills the form of a new entry, already open. */
	fill: (page: Page) => Promise<void>;
}

const NATIONAL = { title: 'Ngày thử tạo mới qua biểu mẫu', source: 'Nguồn thử của bộ kiểm thử biểu mẫu' };
const LEGAL = 'Quyết định thử tạo mới qua biểu mẫu';

export const NEW_ENTRIES: NewEntry[] = [
	{
		collection: 'national',
		file: 'content/national/ngay-thu-tao-moi-qua-bieu-mau.yaml',
		// A national date has no page of its own: the campaign below cites it, and its page names the source.
		url: routes.campaign('chien-dich-thu-tao-moi'),
		shows: [NATIONAL.source],
		fill: async (page) => {
			await page.getByLabel('Tên', { exact: true }).fill(NATIONAL.title);
			await pick(page, page.getByLabel('Loại', { exact: true }), 'Ngày, tháng');
			await page.getByLabel('Nội dung', { exact: true }).fill('Một ngày hành động thử của bộ kiểm thử.');
			await page.getByLabel('Nguồn', { exact: true }).fill(NATIONAL.source);
		},
	},
	{
		collection: 'legal',
		file: 'content/legal/quyet-dinh-thu-tao-moi-qua-bieu-mau.yaml',
		url: routes.legalDocument('quyet-dinh-thu-tao-moi-qua-bieu-mau'),
		shows: [LEGAL],
		fill: async (page) => {
			await page.getByLabel('Tên văn bản', { exact: true }).fill(LEGAL);
			await pick(page, page.getByLabel('Loại văn bản', { exact: true }), 'Quyết định');
		},
	},
	{
		collection: 'campaigns',
		file: 'content/campaigns/chien-dich-thu-tao-moi.yaml',
		url: routes.campaign('chien-dich-thu-tao-moi'),
		shows: ['Chiến dịch thử tạo mới', 'Thông điệp thử về ma túy tổng hợp', 'Kính thưa bà con!'],
		fill: async (page) => {
			await page.getByLabel('Tên chiến dịch').fill('Chiến dịch thử tạo mới');
			// The description rests on the new national date, the message on a plan line; the
			// loudspeaker script opens with the portal's own greeting, then cites the new document.
			await nth(page, 'text', 0).fill('Một ngày hành động thử.');
			await pick(page, nth(page, 'national', 0), NATIONAL.title);
			await page.getByLabel('Ngày bắt đầu hằng năm').fill('06-01');
			await page.getByLabel('Ngày kết thúc hằng năm').fill('06-30');
			await pick(page, page.getByLabel('Đối tượng', { exact: true }), 'Học sinh');
			await add(page, 'Thêm thông điệp chính', 'text');
			await nth(page, 'text', 1).fill('Thông điệp thử về ma túy tổng hợp.');
			await planSource(page, 1, QUANG_NINH.plan, QUANG_NINH.section, QUANG_NINH.quote);
			await add(page, 'Thêm bài phát thanh trên loa truyền thanh', 'text');
			await nth(page, 'text', 2).fill('Kính thưa bà con!');
			await nth(page, 'editorial', 2).click();
			await add(page, 'Thêm bài phát thanh trên loa truyền thanh', 'text');
			await nth(page, 'text', 3).fill('Có quyết định thử tạo mới qua biểu mẫu.');
			await pick(page, nth(page, 'legal', 3), LEGAL);
			await nth(page, 'quote', 3).fill(LEGAL);
		},
	},
	{
		collection: 'services',
		file: 'content/services/diem-thu-tao-moi-quang-ninh.yaml',
		url: routes.helpInLocality('quang-ninh'),
		shows: ['Điểm thử tạo mới', 'Điểm thử nói về tác hại của ma túy tổng hợp.'],
		fill: async (page) => {
			await page.getByLabel('Tên', { exact: true }).fill('Điểm thử tạo mới');
			await pick(page, page.getByLabel('Loại', { exact: true }), 'Điểm tư vấn');
			await pick(page, page.getByLabel('Địa bàn', { exact: true }), 'Quảng Ninh');
			await add(page, 'Thêm kế hoạch nói gì về nơi này', 'text');
			await nth(page, 'text', 0).fill('Điểm thử nói về tác hại của ma túy tổng hợp.');
			await planSource(page, 0, QUANG_NINH.plan, QUANG_NINH.section, QUANG_NINH.quote);
		},
	},
	{
		collection: 'pages',
		file: 'content/pages/trang-thu-tao-moi.md',
		url: routes.staticPage('trang-thu-tao-moi'),
		shows: ['Trang thử tạo mới', 'Trang thử, chỉ có tiêu đề và mô tả.'],
		fill: async (page) => {
			await page.getByLabel('Tiêu đề', { exact: true }).fill('Trang thử tạo mới');
			await page.getByLabel('Mô tả ngắn', { exact: true }).fill('Trang thử, chỉ có tiêu đề và mô tả.');
		},
	},
];
