import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { CADENCE_COLUMNS, DATASET_COLUMNS } from '../../src/lib/dataset-export';
import { assertBuilt, DIST, listFiles, readDist } from '../helpers/dist';
import { openWithLibreOffice, type ReadSheet, type SheetCell } from '../helpers/spreadsheet';

/** Every spreadsheet the site publishes, beside the JSON of the same data. */
const spreadsheets = () => listFiles().filter((file) => file.endsWith('.xlsx'));
let opened: Map<string, ReadSheet[]>;

beforeAll(() => {
	assertBuilt();
	opened = openWithLibreOffice(spreadsheets().map((file) => join(DIST, file)));
}, 300_000);

/** The rows of the data sheet as records by heading. */
function records(sheets: ReadSheet[]): Record<string, SheetCell>[] {
	const [header, ...rows] = sheets[0]!.rows;
	return rows.map((row) =>
		Object.fromEntries(header!.map((cell, index) => [cell.type === 'string' ? cell.value : '?', row[index] ?? { type: 'empty' }])),
	);
}
const number = (value: number | undefined): SheetCell => (value === undefined ? { type: 'empty' } : { type: 'float', value });
const text = (value: string): SheetCell => ({ type: 'string', value });
const aboutSheet = (sheets: ReadSheet[]) =>
	new Map(sheets[1]!.rows.map((row) => [(row[0] as { value: string }).value, (row[1] as { value: string }).value]));

test('every dataset and the cadence have a spreadsheet beside their JSON', () => {
	const json = listFiles().filter((file) => file.startsWith('so-lieu/') && file.endsWith('.json'));
	expect(spreadsheets().sort()).toEqual(json.map((file) => file.replace(/\.json$/u, '.xlsx')).sort());
});

describe.each(spreadsheets().filter((file) => !file.endsWith('nhip-dang-tin.xlsx')))('%s', (file) => {
	test('LibreOffice finds the JSON values, numbers as numbers, under Vietnamese headings', () => {
		const json = JSON.parse(readDist(`/${file.replace(/\.xlsx$/u, '.json')}`));
		const sheets = opened.get(file.split('/').pop()!)!;
		expect(sheets.map((sheet) => sheet.name)).toEqual(['Số liệu', 'Nguồn và giấy phép']);
		expect(sheets[0]!.rows[0]).toEqual(DATASET_COLUMNS.map((column) => text(column.header)));
		const rows = records(sheets);
		expect(rows).toHaveLength(Math.max(1, json.observations.length));
		for (const [index, row] of rows.entries()) {
			expect(row['Mã bộ dữ liệu']).toEqual(text(json.id));
			expect(row['Năm']).toEqual(number(json.year));
			expect(row['Mục tiêu']).toEqual(number(json.target.value));
			expect(row['Mẫu số mục tiêu']).toEqual(number(json.target.denominator));
			expect(row['Loại']!.type).toBe('string');
			expect(['Số lượng', 'Tỷ lệ phần trăm', 'Tỷ số (x/y)']).toContain((row['Loại'] as { value: string }).value);
			const observation = json.observations[index];
			expect(row['Kết quả']).toEqual(number(observation?.value));
			expect(row['Mẫu số kết quả']).toEqual(number(observation?.denominator));
			if (!observation) expect(row['Ghi chú']).toEqual(text('chưa có số liệu báo cáo'));
		}
	});

	test('the second sheet states the source and the licence', () => {
		const json = JSON.parse(readDist(`/${file.replace(/\.xlsx$/u, '.json')}`));
		const about = aboutSheet(opened.get(file.split('/').pop()!)!);
		expect(about.get('Chỉ tiêu theo')).toBe(`${json.target.source.document}, ${json.target.source.section}`);
		expect(about.get('Nguyên văn chỉ tiêu')).toBe(json.target.statement);
		expect(about.get('Giấy phép')).toBe(json.licence.name);
		expect(about.get('Địa chỉ giấy phép')).toBe(json.licence.url);
		expect(about.get('Đơn vị công bố')).toBe(json.publisher);
	});
});

test('the cadence spreadsheet has every week of its JSON, days as dates and counts as numbers', () => {
	const json = JSON.parse(readDist('/so-lieu/nhip-dang-tin.json'));
	const sheets = opened.get('nhip-dang-tin.xlsx')!;
	expect(sheets[0]!.rows[0]).toEqual(CADENCE_COLUMNS.map((column) => text(column.header)));
	const rows = records(sheets);
	const cells = (week: { week: string; start: string; end: string; count: number }) => [
		text(week.week),
		{ type: 'date', value: week.start },
		{ type: 'date', value: week.end },
		number(week.count),
	];
	// The whole portal's weeks first, then each plan target's weeks over its own year.
	const portal = rows.filter((row) => (row['Phạm vi'] as { value: string }).value === 'Toàn cổng');
	expect(portal.map((row) => [row['Tuần ISO'], row['Từ ngày'], row['Đến ngày'], row['Số tin trên cổng']])).toEqual(json.weeks.map(cells));
	const targets = rows.filter((row) => (row['Phạm vi'] as { value: string }).value !== 'Toàn cổng');
	expect(targets.map((row) => [row['Tuần ISO'], row['Từ ngày'], row['Đến ngày'], row['Số tin trên cổng']])).toEqual(
		json.targets.flatMap((target: { weeks: { week: string; start: string; end: string; count: number }[] }) => target.weeks.map(cells)),
	);
	expect(targets.every((row) => row['Mục tiêu (tin, bài mỗi tuần, mọi kênh)']?.type === 'float')).toBe(true);
	const about = aboutSheet(sheets);
	expect(about.get('Giấy phép')).toBe(json.licence.name);
	expect(about.get('Nguồn số tin')).toBe(json.source);
});
