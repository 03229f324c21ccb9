import { describe, expect, test } from 'vitest';
import { DOCUMENT_NUMBER, parseDocumentNumber } from './document-number';

describe('số hiệu', () => {
	test.each([
		['146/KH-UBND', { serial: 146, code: 'KH-UBND' }],
		['116/2021/NĐ-CP', { serial: 116, year: 2021, code: 'NĐ-CP' }],
		['1452/QĐ-TTg', { serial: 1452, code: 'QĐ-TTg' }],
		['73/2021/QH14', { serial: 73, year: 2021, code: 'QH14' }],
		['01/2008/NQLT-BLĐTBXH-BCA-BVHTTDL-UBTUMTTQVN', { serial: 1, year: 2008, code: 'NQLT-BLĐTBXH-BCA-BVHTTDL-UBTUMTTQVN' }],
		['1420/LĐTBXH-PCTNXH', { serial: 1420, code: 'LĐTBXH-PCTNXH' }],
	])('reads %s', (value, expected) => {
		expect(parseDocumentNumber(value)).toEqual(expected);
	});

	test.each([['/KH-UBND'], ['146/kh-ubnd'], ['146 /KH-UBND'], ['s257/KH-UBND'], ['146/KH-']])('refuses %j', (value) => {
		expect(DOCUMENT_NUMBER.test(value)).toBe(false);
	});
});
