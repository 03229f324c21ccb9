import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, test } from 'vitest';
import { parseCsv } from '../helpers/csv';
import { CADENCE_COLUMNS } from '../../src/lib/dataset-export';
import { sectionLabels } from '../../src/lib/sections';
import { readYaml } from '../helpers/content';
import { assertBuilt, fileForPath, listFiles, listPages, loadPage, readDist, scriptsOf, textOf } from '../helpers/dist';

interface PlanYaml {
	year: number;
	targets: { id: string; section: string; value: number; denominator?: number; kind: string; qualifiers?: string[] }[];
}

/** The words the vocabulary gives each qualifier, as the page, the CSV and the JSON write them. */
const QUALIFIER_WORDS: Record<string, string> = { 'phan-dau': 'phấn đấu', tren: 'trên', 'it-nhat': 'ít nhất' };

/** Every plan of the content, whatever the locality ships. */
const PLANS = readdirSync('content/plans')
	.filter((file) => file.endsWith('.yaml'))
	.map((file) => file.replace(/\.yaml$/u, ''));
const targets = PLANS.flatMap((plan) => {
	const data = readYaml<PlanYaml>(`content/plans/${plan}.yaml`);
	return data.targets.map((target) => ({ plan, year: data.year, ...target, dataset: `${plan}-${target.id}` }));
});

beforeAll(assertBuilt);

describe('a dataset for every target of every plan', () => {
	test('the content has targets to check', () => {
		expect(targets.length).toBeGreaterThan(0);
	});

	test.each(targets)('$dataset: page table, CSV and JSON carry the target', (target) => {
		const page = loadPage(`/so-lieu/${target.dataset}/`);
		const table = page.querySelector('#bang-so-lieu')!;
		const figure =
			target.kind === 'percent' ? `${target.value}%` : target.denominator ? `${target.value}/${target.denominator}` : String(target.value);
		const qualified = [...(target.qualifiers ?? []).map((key) => QUALIFIER_WORDS[key]), figure].join(' ');
		expect(textOf(table)).toContain(qualified);
		expect(textOf(table)).toContain('chưa có số liệu báo cáo');

		const csvText = readDist(`/so-lieu/${target.dataset}.csv`);
		expect(csvText.startsWith('\uFEFF'), 'a BOM, for Excel').toBe(true);
		const [header, ...rows] = parseCsv(csvText);
		const column = (name: string) => header!.indexOf(name);
		expect(rows).toHaveLength(1);
		expect(Number(rows[0]![column('Mục tiêu')])).toBe(target.value);
		expect(rows[0]![column('Mẫu số mục tiêu')]).toBe(target.denominator === undefined ? '' : String(target.denominator));
		expect(rows[0]![column('Kết quả')]).toBe('');
		expect(rows[0]![column('Cách ghi mục tiêu')]).toContain(qualified);
		expect(['Số lượng', 'Tỷ lệ phần trăm', 'Tỷ số (x/y)']).toContain(rows[0]![column('Loại')]);
		expect(rows[0]![column('Giấy phép')]).toContain('creativecommons.org');

		const json = JSON.parse(readDist(`/so-lieu/${target.dataset}.json`));
		expect(json.target.value).toBe(target.value);
		expect(json.target.denominator).toBe(target.denominator);
		expect(json.observations).toEqual([]);
		expect(json.status).toBe('chưa có số liệu báo cáo');
		expect(json.target.figure).toContain(qualified);
		expect(json.target.qualifiers).toEqual(target.qualifiers ?? []);
		// This build has no public address: the file names its source and cites no address.
		expect(json.target.source.section).toMatch(/^mục /u);
		expect(json.target.source.url).toBeUndefined();
		expect(json.demonstration).toMatch(/Bản trình diễn/u);
	});

	test.each(targets)('$dataset: the headline states the year, the subtitle the section as the plan numbers it', (target) => {
		const page = loadPage(`/so-lieu/${target.dataset}/`);
		expect(textOf(page.querySelector('h1'))).toMatch(new RegExp(`^Mục tiêu năm ${target.year}: `, 'u'));
		const label = sectionLabels(readFileSync(`content/plan-texts/${target.plan}.mdx`, 'utf8'))(target.section);
		expect(textOf(page.querySelector('.lead'))).toContain(`, ${label};`);
		expect(page.querySelector(`a[href="/ke-hoach/${target.plan}/#${target.section}"]`)).not.toBeNull();
	});

	test('a dataset page draws a chart only when results are reported: a target alone is shown as a target', () => {
		// A portal that has reported no result yet has no content/indicators/ at all.
		const reported = new Set(
			(existsSync('content/indicators') ? readdirSync('content/indicators') : [])
				.filter((file) => file.endsWith('.yaml'))
				.map((file) => readYaml<{ plan: string; target: string }>(`content/indicators/${file}`))
				.map((indicator) => `${indicator.plan}-${indicator.target}`),
		);
		for (const { dataset } of targets) {
			const page = loadPage(`/so-lieu/${dataset}/`);
			expect(page.querySelector('canvas') !== null, dataset).toBe(reported.has(dataset));
			if (!reported.has(dataset)) expect(textOf(page.querySelector('#bang-so-lieu')), dataset).toContain('chưa có số liệu báo cáo');
		}
	});

	test('a chart comes after the table it is drawn from, and its canvas points to that table', () => {
		const page = loadPage('/so-lieu/nhip-dang-tin/');
		const html = page.querySelector('main')!.innerHTML;
		const table = page.querySelector('canvas')!.getAttribute('aria-describedby')!;
		expect(html.indexOf(`id="${table}"`)).toBeGreaterThan(-1);
		expect(html.indexOf(`id="${table}"`)).toBeLessThan(html.indexOf('<canvas'));
		expect(page.querySelector('canvas')!.getAttribute('role')).toBe('img');
		expect(page.querySelector('.chart-frame')?.hasAttribute('hidden')).toBe(true);
	});

	test('a plan page links each target to its dataset', () => {
		for (const target of targets) {
			expect(loadPage(`/ke-hoach/${target.plan}/`).querySelector(`a[href="/so-lieu/${target.dataset}/"]`), target.dataset).not.toBeNull();
		}
	});
});

test('each data page says which file to open with what, and makes no Excel promise for the CSV', () => {
	for (const path of [`/so-lieu/${targets[0]!.dataset}/`, '/so-lieu/nhip-dang-tin/']) {
		const downloads = loadPage(path).querySelector('.downloads')!;
		expect(downloads.querySelector('a[href$=".xlsx"]'), path).not.toBeNull();
		expect(textOf(downloads)).toContain('mở bằng Excel, LibreOffice');
		expect(textOf(downloads)).toContain('dấu chấm phẩy');
		expect(textOf(downloads)).not.toContain('mở được bằng Excel');
	}
});

describe('the news cadence', () => {
	/** Every plan target that counts news a week, read from the content. */
	const weekly = PLANS.flatMap((plan) => {
		const data = readYaml<{ year: number; targets: { id: string; value: number; newsPerWeek?: boolean }[] }>(`content/plans/${plan}.yaml`);
		return data.targets
			.filter((target) => target.newsPerWeek)
			.map((target) => ({ ...target, id: `${plan}-${target.id}`, year: data.year }));
	});

	test('counts the portal per week by posting date and says what the count cannot show', () => {
		const page = loadPage('/so-lieu/nhip-dang-tin/');
		const main = textOf(page.querySelector('main'));
		expect(main).toContain('theo ngày tin được đăng lên cổng');
		expect(main).toContain('không cho biết chỉ tiêu đã đạt hay chưa');
		const recent = [...page.querySelectorAll('#bang-nhip-dang-tin tbody tr')];
		expect(recent).toHaveLength(26);
		// The week of the build is not over: it is marked, and never judged.
		expect(textOf(recent.at(-1)!)).toContain('đang diễn ra');
		const json = JSON.parse(readDist('/so-lieu/nhip-dang-tin.json'));
		expect(json.timeZone).toBe('Asia/Ho_Chi_Minh');
		expect(json.weeks.at(-1).inProgress).toBe(true);
		expect(json.weeks.filter((week: { inProgress?: boolean }) => week.inProgress)).toHaveLength(1);
		const [header, ...rows] = parseCsv(readDist('/so-lieu/nhip-dang-tin.csv'));
		expect(header).toEqual(CADENCE_COLUMNS.map((column) => column.header));
		expect(header!.slice(0, 6)).toEqual(['Phạm vi', 'Tuần ISO', 'Từ ngày', 'Đến ngày', 'Tuần đang diễn ra', 'Số tin trên cổng']);
		expect(rows.filter((row) => row[0] === 'Toàn cổng')).toHaveLength(json.weeks.length);
		expect(rows.every((row) => row[header!.indexOf('Giấy phép')]?.includes('creativecommons.org'))).toBe(true);
		expect(json.licence.url).toContain('creativecommons.org');
		expect(json.source).toContain('mục Tin tức');
	});

	test('judges each plan target only over its own year, with its qualifier', () => {
		expect(weekly.length).toBeGreaterThan(0);
		const json = JSON.parse(readDist('/so-lieu/nhip-dang-tin.json'));
		const page = loadPage('/so-lieu/nhip-dang-tin/');
		for (const target of weekly) {
			const entry = json.targets.find((item: { id: string }) => item.id === target.id);
			expect(entry, target.id).toBeTruthy();
			expect(entry.year).toBe(target.year);
			expect(entry.value).toBe(target.value);
			expect(entry.figure).toMatch(/^ít nhất /u);
			expect(entry.weeks.length).toBeGreaterThan(0);
			for (const week of entry.weeks) expect(week.week.startsWith(`${target.year}-W`), week.week).toBe(true);
			expect(page.querySelector(`#bang-${target.id}`), target.id).not.toBeNull();
		}
	});
});

describe('JavaScript only where a chart is', () => {
	// Search runs in the browser, and the offline page registers the worker the reader asks for.
	const hasOwnScript = (path: string) => path.startsWith('/tim-kiem/') || path === '/doc-ngoai-tuyen/';

	test('a page without a chart loads no JavaScript', () => {
		const withoutChart = listPages().filter((path) => !hasOwnScript(path) && !loadPage(path).querySelector('[data-chart]'));
		// Most pages draw no chart: the check below covers them, whatever the size of the portal.
		expect(withoutChart.length).toBeGreaterThan(listPages().length / 2);
		for (const path of withoutChart)
			expect(
				scriptsOf(path).map((script) => script.outerHTML),
				path,
			).toEqual([]);
	});

	test('chart pages load one small module, and Chart.js stays within its budget', () => {
		// Budget: Chart.js core with only the bar and line controllers, two scales,
		// legend and tooltip measures about 59 KB gzip; 64 KB leaves room for a patch
		// release and fails if someone imports `chart.js/auto` (about 70 KB).
		const BUDGET = 64 * 1024;
		const chartPage = listPages().find((path) => loadPage(path).querySelector('[data-chart]'))!;
		const scripts = scriptsOf(chartPage);
		expect(scripts).toHaveLength(1);
		const loader = scripts[0]!.getAttribute('src')!;
		const loaderCode = readFileSync(fileForPath(loader), 'utf8');
		const chunks = [...loaderCode.matchAll(/_astro\/[\w.-]+\.js/gu)].map((match) => `/${match[0]}`);
		const files = [loader, ...new Set(chunks)];
		const bytes = files.reduce((sum, file) => sum + gzipSync(readFileSync(fileForPath(file))).length, 0);
		expect(bytes, `JS của trang biểu đồ: ${files.join(', ')}`).toBeLessThanOrEqual(BUDGET);
		expect(gzipSync(readFileSync(fileForPath(loader))).length, 'the loader itself stays tiny').toBeLessThan(2048);
		expect(listFiles().some((file) => file.endsWith('.js') && readFileSync(`dist/${file}`, 'utf8').includes('chart.js/auto'))).toBe(false);
	});
});
