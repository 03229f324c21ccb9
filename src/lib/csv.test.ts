import { describe, expect, test } from 'vitest';
import { parse } from 'csv-parse/sync';
import type { Column } from './columns';
import { toCsv } from './csv';

/** The UTF-8 byte-order mark every CSV starts with, for Excel. */
const BOM = '\uFEFF';

const one: Column<{ cell: string | number | undefined }>[] = [{ header: 'Ô', value: (row) => row.cell }];
/** The line a single cell becomes, BOM and header dropped. */
const line = (cell: string | number | undefined) => toCsv(one, [{ cell }]).slice(`${BOM}Ô\r\n`.length, -2);

describe('one cell', () => {
	test.each([
		['cai nghiện', 'cai nghiện'],
		['xã, phường', '"xã, phường"'],
		['Kế hoạch "146"', '"Kế hoạch ""146"""'],
		['dòng 1\ndòng 2', '"dòng 1\ndòng 2"'],
		[' cách đầu', '" cách đầu"'],
		['=SUM(A1)', "'=SUM(A1)"],
		['@x, y', `"'@x, y"`],
		[900, '900'],
		[12.5, '12.5'],
		[Number.NaN, ''],
		[undefined, ''],
	])('%j → %j', (value, expected) => {
		expect(line(value)).toBe(expected);
	});
});

describe('toCsv', () => {
	const columns: Column<(string | number)[]>[] = [
		{ header: 'Chỉ tiêu', value: (row) => row[0] },
		{ header: 'Giá trị', value: (row) => row[1], type: 'number' },
		{ header: 'Ghi chú', value: (row) => row[2] },
	];

	test('starts with a BOM, ends lines with CRLF', () => {
		expect(toCsv(columns.slice(0, 2), [['x', 1]])).toBe(`${BOM}Chỉ tiêu,Giá trị\r\nx,1\r\n`);
	});

	test('Vietnamese text with commas and quotes parses back to the same values', () => {
		const rows = [
			['Xã, phường được tuyên truyền', 7, 'Theo "Phụ biểu số 01", mục 2.4'],
			['Người sau cai nghiện\ncó nhu cầu', 100, ''],
		];
		const parsed = parse(toCsv(columns, rows), { bom: true });
		expect(parsed).toEqual([['Chỉ tiêu', 'Giá trị', 'Ghi chú'], ...rows.map((row) => row.map(String))]);
	});
});
