import { describe, expect, test } from 'vitest';
import { findExtractionDamage, isVietnameseSyllable, splitTone } from './syllables';

describe('isVietnameseSyllable', () => {
	test.each([
		'nghiện',
		'ma',
		'túy',
		'tuý',
		'Quảng',
		'NGHIỆN',
		'khuya',
		'quyết',
		'quốc',
		'giữ',
		'gì',
		'gìn',
		'nghề',
		'kỹ',
		'ký',
		'uống',
		'ương',
		'thuở',
		'khuếch',
		'huỳnh',
		'yêu',
		'oai',
		'xoong',
		'Đội',
		'được',
		'người',
		'tiễn',
		'biểu',
		'trở',
	])('accepts %s', (word) => {
		expect(isVietnameseSyllable(word)).toBe(true);
	});

	test.each([
		['s', 'no vowel'],
		['tt', 'no vowel'],
		['nguyn', 'no rhyme "uyn"'],
		['trvề', 'no onset "trv"'],
		['cê', 'c before ê must be k'],
		['kan', 'k only before i, e, ê, y'],
		['ngi', 'ng before i must be ngh'],
		['ghan', 'gh only before i, e, ê'],
		['mac', 'a stop coda needs the rising or heavy tone'],
		['tìch', 'a stop coda takes only the rising or heavy tone'],
		['Methadone', 'foreign word'],
	])('refuses %s (%s)', (word) => {
		expect(isVietnameseSyllable(word)).toBe(false);
	});

	test('splitTone separates the tone from the letters', () => {
		expect(splitTone('nghiện')).toEqual({ letters: 'nghiên', tone: 'nang', toneMarks: 1 });
		expect(splitTone('ma')).toEqual({ letters: 'ma', tone: 'ngang', toneMarks: 0 });
	});
});

describe('findExtractionDamage', () => {
	test.each([
		['Kế hoạch s257/KH-UBND ngày', 's257/KH-UBND', 'letters-and-digits'],
		['tại Phụ biu s 01 kèm theo', 'biu', 'suspect-syllable'],
		['tại Phụ biu s 01 kèm theo', 's', 'not-a-syllable'],
		['xử lý các tình hung đối tượng', 'hung', 'suspect-syllable'],
		['có nguyn vọng thì', 'nguyn', 'not-a-syllable'],
		['thực hiện tt công tác', 'tt', 'not-a-syllable'],
		['cho người lầm li, chấp hành', 'li,', 'suspect-syllable'],
		['ngày 27/5/2021 v“Đào tạo nghề', 'v', 'not-a-syllable'],
		['kết hợp với tuyên 4 truyền, phổ biến', '4', 'stray-number'],
		['số 01/2008/NQLT-BLĐT BXH-BCA-BVHTTDL ngày', 'BXH-BCA-BVHTTDL', 'unknown-abbreviation'],
	])('in %j finds %j', (text, token, reason) => {
		expect(findExtractionDamage(text)).toContainEqual(expect.objectContaining({ token, reason }));
	});

	test.each([
		'Cai nghiện ma tuý cho 900 lượt người, trong đó cai nghiện tập trung cho 750 lượt người',
		'Quảng Ninh, ngày 20 tháng 5 năm 2022',
		'theo quy định tại Điều 22, Điều 23 và Điều 24 Nghị định số 116/2021/NĐ-CP',
		'TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH',
		'II. MỤC TIÊU VÀ CHỈ TIÊU CHỦ YẾU',
		'a) Mục tiêu chung:',
		'mục tiêu 03 giảm: Giảm cung, giảm cầu, giảm tác hại.',
		'dịch bệnh COVID-19 tại Cơ sở',
		'triển khai thực hiện./.',
		'Phần đầu 7/7 xã, phường được tuyên truyền',
		'bằng Methadone cho 245 người',
	])('reports nothing in %j', (text) => {
		expect(findExtractionDamage(text)).toEqual([]);
	});

	test('gives line and column', () => {
		expect(findExtractionDamage('dòng một\nthực hiện tt công tác')).toEqual([
			{ line: 2, column: 11, token: 'tt', reason: 'not-a-syllable' },
		]);
	});
});
