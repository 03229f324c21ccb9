import { describe, expect, test } from 'vitest';
import { DOCUMENT_NUMBER } from './document-number';

describe('số hiệu', () => {
	test.each([
		['146/KH-UBND'],
		['116/2021/NĐ-CP'],
		['1452/QĐ-TTg'],
		['73/2021/QH14'],
		['01/2008/NQLT-BLĐTBXH-BCA-BVHTTDL-UBTUMTTQVN'],
		['1420/LĐTBXH-PCTNXH'],
	])('accepts %s', (value) => {
		expect(DOCUMENT_NUMBER.test(value)).toBe(true);
	});

	test.each([['/KH-UBND'], ['146/kh-ubnd'], ['146 /KH-UBND'], ['s257/KH-UBND'], ['146/KH-']])('refuses %j', (value) => {
		expect(DOCUMENT_NUMBER.test(value)).toBe(false);
	});
});
