import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { adminOnlyFiles, listFiles } from '../helpers/dist';
import { createFixtureSite, type FixtureSite } from '../helpers/fixture-site';
import { testPlanFiles } from '../helpers/test-plan';

/**
 * A copy of the portal deployed at a public address, with a plan of its own whose
 * year is the build's: its printed, exported and broadcast material cites that
 * address (and nothing cites the development server), and the weekly cadence counts
 * the news by posting date against that plan's target, in its place and its year.
 * One build; the fixture is never published.
 */
const ADDRESS = 'https://cong-thong-tin.example.gov.vn';
/** Thursday of ISO week 48 of 2026, in Việt Nam. */
const NOW = '2026-11-26T10:00:00+07:00';
const PLAN = 'lai-chau-2026-kiem-thu';
const TARGET = `${PLAN}-tin-bai-hang-tuan`;

const news = (file: string, fields: string) =>
	[
		`content/news/${file}.md`,
		`---\ntitle: Tin kiểm thử ${file}\ndescription: Dữ liệu kiểm thử ${file}.\nauthor: Kiểm thử\n${fields}\n---\nNội dung.\n`,
	] as const;

let site: FixtureSite;
let result: { ok: boolean; output: string };
const read = (path: string) => readFileSync(join(site.dist, path), 'utf8');

beforeAll(() => {
	site = createFixtureSite();
	site.write({
		...testPlanFiles({ id: PLAN, locality: 'lai-chau', localityName: 'thành phố Lai Châu', year: 2026, perWeek: 3 }),
		// Week 46: an item of another locality, which the Lai Châu target does not count.
		...Object.fromEntries([
			news('2026-11-10-tin-quang-ninh', 'date: 2026-11-10\nlocality: quang-ninh'),
			// Week 47: three items for Lai Châu; one reports an event of 2020, counted when posted.
			news('2026-11-17-tin-su-viec-cu', 'date: 2026-11-17\neventDate: 2020-05-01\nlocality: lai-chau'),
			news('2026-11-18-tin-lai-chau', 'date: 2026-11-18\nlocality: lai-chau'),
			news('2026-11-19-tin-chung', 'date: 2026-11-19'),
			// Week 48, the week of the build: not over, so not judged.
			news('2026-11-25-tin-tuan-nay', 'date: 2026-11-25\nlocality: lai-chau'),
		]),
	});
	result = site.build({ SITE_URL: ADDRESS, PORTAL_NOW: NOW });
}, 300_000);

afterAll(() => site?.remove());

test('the site builds', () => {
	expect(result.ok, result.output.slice(-3000)).toBe(true);
});

test('the demonstration notice (no operator configured) names the plans of this copy, its own included', () => {
	const notice = /class="demo-notice"[^>]*>([^<]*)</u.exec(read('index.html'))?.[1];
	expect(notice).toContain('Kế hoạch năm 2026 (chưa có số)');
	expect(read('gioi-thieu/index.html')).toContain(notice);
});

describe('with a public address configured', () => {
	test('no built file names the development server (the editors’ CMS bundle apart)', () => {
		const admin = adminOnlyFiles(site.dist);
		const files = listFiles(site.dist).filter((file) => /\.(?:html|xml|json|csv|ics|txt|js|webmanifest)$/u.test(file) && !admin.has(file));
		expect(files.length).toBeGreaterThan(100);
		for (const file of files) expect(read(file), file).not.toMatch(/localhost|127\.0\.0\.1/u);
	});

	test('print pages, scripts, calendars and data files cite the public address', () => {
		const campaign = 'thang-hanh-dong-phong-chong-ma-tuy';
		const page = `${ADDRESS}/chien-dich/${campaign}/`;
		expect(read(`chien-dich/${campaign}/in/index.html`)).toContain(`Nguồn: ${page}.`);
		expect(read(`chien-dich/${campaign}/loa-truyen-thanh.txt`)).toContain(`Nguồn: ${page}.`);
		const calendar = read(`chien-dich/${campaign}.ics`).replace(/\r\n[ \t]/gu, '');
		expect(calendar).toContain(`URL:${page}`);
		// The event keeps its UID whatever the address (issue 16): it never names the host.
		expect(calendar).toMatch(new RegExp(`^UID:${campaign}@(?!cong-thong-tin\\.example)`, 'mu'));
		const dataset = JSON.parse(read('so-lieu/quang-ninh-2022-cai-nghien.json'));
		expect(dataset.target.source.url).toBe(`${ADDRESS}/ke-hoach/quang-ninh-2022/#muc-2-4`);
		expect(dataset.page).toBe(`${ADDRESS}/so-lieu/quang-ninh-2022-cai-nghien/`);
		expect(dataset.demonstration).toBeUndefined();
		expect(read('so-lieu/quang-ninh-2022-cai-nghien.csv')).toContain(`(${ADDRESS}/ke-hoach/quang-ninh-2022/#muc-2-4)`);
		for (const file of [
			`chien-dich/${campaign}/in/index.html`,
			`chien-dich/${campaign}/loa-truyen-thanh.txt`,
			'so-lieu/nhip-dang-tin.json',
		]) {
			expect(read(file), file).not.toContain('Bản trình diễn');
		}
	});
});

describe('the weekly cadence counts by posting date, per plan target, in its place and year', () => {
	type Week = { week: string; count: number; inProgress?: boolean; status?: string };
	const cadence = () =>
		JSON.parse(read('so-lieu/nhip-dang-tin.json')) as {
			weeks: Week[];
			targets: { id: string; year: number; locality: string; figure: string; weeks: Week[]; source: { url?: string } }[];
		};
	const week = (weeks: Week[], code: string) => weeks.find((item) => item.week === code)!;

	test('the portal: every item in the week it was posted, whatever the date of its event', () => {
		const { weeks } = cadence();
		expect(week(weeks, '2026-W46').count).toBe(1);
		expect(week(weeks, '2026-W47').count).toBe(3);
		expect(weeks.some((item) => item.week.startsWith('2020-'))).toBe(false);
		expect(weeks.at(-1)).toMatchObject({ week: '2026-W48', inProgress: true });
	});

	test("a plan's target counts its locality's items and those of none, over its own year, the current week unjudged", () => {
		const target = cadence().targets.find((item) => item.id === TARGET)!;
		expect(target).toMatchObject({ year: 2026, locality: 'thành phố Lai Châu', figure: 'ít nhất 3 tin mỗi tuần' });
		expect(target.source.url).toBe(`${ADDRESS}/ke-hoach/${PLAN}/#muc-i-1`);
		expect(target.weeks[0]!.week).toBe('2026-W01');
		expect(week(target.weeks, '2026-W46')).toMatchObject({ count: 0, status: 'missed' });
		expect(week(target.weeks, '2026-W47')).toMatchObject({ count: 3, status: 'met' });
		expect(target.weeks.at(-1)).toMatchObject({ week: '2026-W48', inProgress: true, status: 'in-progress' });
		// The 2022 target of another plan is judged over 2022 only, where the portal posted nothing.
		const old = cadence().targets.find((item) => item.year === 2022)!;
		expect(old.weeks.every((item) => item.week.startsWith('2022-W') && item.count === 0 && item.status === 'missed')).toBe(true);
	});

	test('the page says which weeks reach the target, and that the current one is not over', () => {
		const page = read('so-lieu/nhip-dang-tin/index.html');
		expect(page).toContain(`id="bang-${TARGET}"`);
		expect(page).toContain('Tuần đang diễn ra (chưa tính)');
		expect(page).toContain('Mục tiêu năm 2026 của thành phố Lai Châu: ít nhất 3 tin mỗi tuần');
	});

	test('lists and the feed are in posting order, and an item shows its event’s date apart', () => {
		const rss = read('rss.xml');
		const order = [...rss.matchAll(/<link>[^<]*\/tin-tuc\/([^/<]+)\/<\/link>/gu)].map((match) => match[1]!);
		expect(order[0]).toBe('2026-11-25-tin-tuan-nay');
		const days = order.map((id) => id.slice(0, 10));
		expect([...days].sort().reverse()).toEqual(days);
		// The item about a 2020 event stands where it was posted, not in 2020.
		expect(order.indexOf('2026-11-17-tin-su-viec-cu')).toBe(order.indexOf('2026-11-18-tin-lai-chau') + 1);
		const item = read('tin-tuc/2026-11-17-tin-su-viec-cu/index.html');
		expect(item).toMatch(/Đăng ngày <time datetime="2026-11-17T00:00\+07:00"[^>]*>17\/11\/2026<\/time>/u);
		expect(item).toMatch(/Sự việc trong tin diễn ra ngày <time datetime="2020-05-01"[^>]*>01\/05\/2020<\/time>/u);
	});
});
