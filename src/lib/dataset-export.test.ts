import { describe, expect, test } from 'vitest';
import { tableCells } from './columns';
import { CADENCE_COLUMNS, DATASET_COLUMNS, type DatasetRow } from './dataset-export';

const targetOnly: DatasetRow = {
	dataset: 'lai-chau-2025-xa-phuong',
	label: 'Xã, phường được tuyên truyền',
	kind: 'Tỷ số (x/y)',
	unit: 'xã, phường',
	locality: 'thành phố Lai Châu',
	year: 2025,
	target: 7,
	targetDenominator: 7,
	targetFigure: 'phấn đấu 7/7 xã, phường',
	targetSource: 'Kế hoạch, mục II.1',
	note: 'chưa có số liệu báo cáo',
	licence: 'CC BY 4.0',
};
const reported: DatasetRow = {
	...targetOnly,
	period: { label: 'Quý 1/2025', code: '2025-Q1', start: '2025-01-01', end: '2025-03-31' },
	value: 5,
	denominator: 7,
	progress: 71.4,
	resultSource: 'Báo cáo số 1',
	note: undefined,
};

/** The cells of one row, by heading. */
const byHeader = (row: DatasetRow) => {
	const { header, cells } = tableCells(DATASET_COLUMNS, [row]);
	return Object.fromEntries(header.map((name, index) => [name, cells[0]![index]]));
};

describe('dataset columns', () => {
	test('headings are Vietnamese and unique', () => {
		const headers = DATASET_COLUMNS.map((column) => column.header);
		expect(new Set(headers).size).toBe(headers.length);
		expect(headers).toContain('Loại');
		expect(headers.every((header) => /^[A-ZĐÂÊÔƠƯÁÀẢÃẠ]/u.test(header))).toBe(true);
	});

	test.each([
		[
			'the target alone',
			targetOnly,
			{
				Kỳ: undefined,
				'Từ ngày': undefined,
				'Kết quả': undefined,
				'Mục tiêu': 7,
				'Cách ghi mục tiêu': 'phấn đấu 7/7 xã, phường',
				'Ghi chú': 'chưa có số liệu báo cáo',
			},
		],
		[
			'a reported quarter',
			reported,
			{ Kỳ: 'Quý 1/2025', 'Từ ngày': '2025-01-01', 'Đến ngày': '2025-03-31', 'Kết quả': 5, 'Mẫu số kết quả': 7 },
		],
	])('%s fills its cells', (_name, row, expected) => {
		expect(byHeader(row)).toMatchObject(expected);
	});

	test('the kind is the label the row carries, and every row states its licence', () => {
		expect(byHeader(targetOnly)).toMatchObject({ Loại: 'Tỷ số (x/y)', 'Giấy phép': 'CC BY 4.0' });
	});

	test.each([
		['number', ['Năm', 'Kết quả', 'Mẫu số kết quả', 'Mục tiêu', 'Mẫu số mục tiêu', 'Tỷ lệ đạt chỉ tiêu (%)']],
		['date', ['Từ ngày', 'Đến ngày']],
	] as const)('%s columns: %j', (type, headers) => {
		expect(DATASET_COLUMNS.filter((column) => column.type === type).map((column) => column.header)).toEqual(headers);
	});
});

test('cadence columns type the week days as dates and the counts as numbers', () => {
	expect(CADENCE_COLUMNS.map((column) => [column.header, column.type ?? 'text'])).toEqual([
		['Phạm vi', 'text'],
		['Tuần ISO', 'text'],
		['Từ ngày', 'date'],
		['Đến ngày', 'date'],
		['Tuần đang diễn ra', 'text'],
		['Số tin trên cổng', 'number'],
		['Mục tiêu (tin, bài mỗi tuần, mọi kênh)', 'number'],
		['Cách ghi mục tiêu', 'text'],
		['Cổng có đủ số tin của mục tiêu', 'text'],
		['Nguồn mục tiêu', 'text'],
		['Giấy phép', 'text'],
	]);
});
