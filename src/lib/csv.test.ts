import { describe, expect, test } from 'vitest';
import { parse } from 'csv-parse/sync';
import { BOM, csvField, toCsv } from './csv';

describe('csvField', () => {
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
		[undefined, ''],
		[null, ''],
	])('%j → %j', (value, expected) => {
		expect(csvField(value)).toBe(expected);
	});
});

describe('toCsv', () => {
	test('starts with a BOM, ends lines with CRLF', () => {
		const csv = toCsv(['a', 'b'], [[1, 'x']]);
		expect(csv.startsWith(BOM)).toBe(true);
		expect(csv).toBe(`${BOM}a,b\r\n1,x\r\n`);
	});

	test('Vietnamese text with commas and quotes parses back to the same values', () => {
		const rows = [
			['Xã, phường được tuyên truyền', 7, 'Theo "Phụ biểu số 01", mục 2.4'],
			['Người sau cai nghiện\ncó nhu cầu', 100, ''],
		];
		const parsed = parse(toCsv(['Chỉ tiêu', 'Giá trị', 'Ghi chú'], rows), { bom: true });
		expect(parsed).toEqual([['Chỉ tiêu', 'Giá trị', 'Ghi chú'], ...rows.map((row) => row.map(String))]);
	});
});
