import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import type { Column, Table } from './columns';
import { toXlsx } from './xlsx';
import { zipFiles } from './zip';

interface Row {
	text: string;
	count?: number;
	day?: string;
}
const columns: Column<Row>[] = [
	{ header: 'Nội dung', value: (row) => row.text },
	{ header: 'Số', value: (row) => row.count, type: 'number' },
	{ header: 'Ngày', value: (row) => row.day, type: 'date' },
];
const table: Table<Row> = {
	name: 'Dữ liệu',
	columns,
	rows: [{ text: '=HYPERLINK("http://x.invalid")', count: 12.5, day: '2022-05-20' }, { text: 'chưa có số liệu' }],
};
const sheetXml = async () => strFromU8(unzipSync(await toXlsx([table]))['xl/worksheets/sheet1.xml']!);

describe('toXlsx', () => {
	test('a number is a number cell, text a shared string, never a formula', async () => {
		const xml = await sheetXml();
		expect(xml).toMatch(/<c r="B2"><v>12.5<\/v><\/c>/u);
		expect(xml).toMatch(/<c r="A2" t="s">/u);
		expect(xml).not.toContain('<f>');
	});

	test('a date is the serial day with a date format (20/05/2022 is 44701)', async () => {
		const xml = await sheetXml();
		expect(xml).toMatch(/<c r="C2" s="\d+"><v>44701<\/v><\/c>/u);
	});

	test('empty cells stay empty', async () => {
		expect(await sheetXml()).toMatch(/<row r="3"><c r="A3" t="s"><v>\d+<\/v><\/c><\/row>/u);
	});

	test('the same tables give the same bytes', async () => {
		expect(Buffer.from(await toXlsx([table])).equals(Buffer.from(await toXlsx([table])))).toBe(true);
	});
});

test('zipFiles keeps the files and their order', () => {
	const zip = zipFiles({ 'b.csv': new TextEncoder().encode('b'), 'a.json': new TextEncoder().encode('{}') });
	const files = unzipSync(zip);
	expect(Object.keys(files)).toEqual(['b.csv', 'a.json']);
	expect(strFromU8(files['a.json']!)).toBe('{}');
});
