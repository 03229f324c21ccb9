import { describe, expect, test } from 'vitest';
import { droppedQualifiers, normaliseForQuote, numbersIn, quoteOccursIn, quoteWordCount, unsupportedNumbers } from './quotes';

const SECTION =
	'2.4. Cai nghiện ma tuý cho 900 lượt người, trong đó cai nghiện tập trung cho 750 lượt người; 100% người sau cai nghiện ma túy có nhu cầu đều được tư vấn, giới thiệu việc làm miễn phí; Kế hoạch 104/KH-UBND về “Đào tạo nghề” – giai đoạn 2021-2025.';

describe('quoteOccursIn', () => {
	test.each([
		['the words as written', 'trong đó cai nghiện tập trung cho 750 lượt người', true],
		['spacing and line breaks of the quote do not matter', 'trong đó   cai nghiện\ntập trung', true],
		['straight quotes match curly ones, a hyphen matches a dash', 'về "Đào tạo nghề" - giai đoạn 2021–2025', true],
		['an elision "[…]" leaves words out, in order', 'Cai nghiện ma tuý […] 100% người sau cai nghiện', true],
		['an elision written "[...]"', 'Cai nghiện ma tuý [...] miễn phí', true],
		['fragments out of order fail', 'miễn phí […] Cai nghiện ma tuý', false],
		['one changed word fails', 'trong đó cai nghiện tập trung cho 760 lượt người', false],
		['a changed mark fails (diacritics are kept)', 'cai nghiện ma tuy cho 900', false],
		['tone placement is a different spelling (tuý is not túy)', 'Cai nghiện ma túy cho 900', false],
		['letter case is kept', 'cai nghiện ma tuý cho 900 lượt người', false],
		['a fragment must start on a word boundary', 'ai nghiện tập trung', false],
		['a fragment must end on a word boundary', 'cai nghiện tập tru', false],
		['an empty quote proves nothing', ' […] ', false],
	])('%s', (_name, quote, expected) => {
		expect(quoteOccursIn(quote, SECTION)).toBe(expected);
	});

	test('decomposed text typed by an editor is compared in NFC', () => {
		expect(quoteOccursIn('nghie\u0323\u0302n ma túy có nhu cầu', SECTION)).toBe(true);
	});
});

test.each([
	['“a” — ‘b’ … c', '"a" - \'b\' ... c'],
	['  một\n\thai  ', 'một hai'],
])('normaliseForQuote(%j)', (input, expected) => {
	expect(normaliseForQuote(input)).toBe(expected);
});

test.each([
	['Cai nghiện cho 900 lượt người', 6],
	['cho 750 […] lượt người', 4],
])('quoteWordCount(%j) is %i', (quote, count) => {
	expect(quoteWordCount(quote)).toBe(count);
});

describe('numbers', () => {
	test('leading zeros are dropped and every number of "7/7" counts', () => {
		expect(numbersIn('ít nhất 02 bài; 7/7 xã; 06 điểm; 0 tin')).toEqual(['2', '7', '7', '6', '0']);
	});

	test.each([
		['a figure the quote holds', 'Mục tiêu: 900 lượt người', ['Cai nghiện ma tuý cho 900 lượt người'], []],
		['02 in the quote supports 2 in the text', '2 bài mỗi tuần', ['ít nhất 02 bài'], []],
		['the plan year is evidence too', 'năm 2022: 900 lượt', ['900 lượt', '2022'], []],
		['a figure no source gives', 'cho 950 lượt người năm 2022', ['900 lượt', '2022'], ['950']],
	])('unsupportedNumbers: %s', (_name, text, evidence, expected) => {
		expect(unsupportedNumbers(text, evidence)).toEqual(expected);
	});
});

describe('droppedQualifiers', () => {
	test.each([
		['"trên 50%" written as 50%', 'Mục tiêu: 50% người dân', 'trên 50% người dân', ['trên']],
		['"ít nhất 02" written as 2', 'Mục tiêu: 2 bài mỗi tuần', 'có ít nhất 02 bài', ['ít nhất']],
		['"phấn đấu" left out', 'Mục tiêu: 60% cán bộ', 'Phấn đấu 60% cán bộ', ['phấn đấu']],
		['kept qualifiers', 'Mục tiêu (phấn đấu): trên 50%', 'Phấn đấu […] trên 50% người dân', []],
		['"trên địa bàn" is not a qualifier', 'Cai nghiện ở tỉnh', 'trên địa bàn tỉnh', []],
	])('%s', (_name, text, quote, expected) => {
		expect(droppedQualifiers(text, quote)).toEqual(expected);
	});
});
