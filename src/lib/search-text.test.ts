import { describe, expect, test } from 'vitest';
import { excerptSegments, foldWord, queryWords, strokeD, unstrokeD, type Segment } from './search-text';

/** An excerpt written as text with [marked] words. */
const show = (segments: Segment[]) => segments.map((segment) => (segment.mark ? `[${segment.text}]` : segment.text)).join('');

describe('queryWords', () => {
	test.each([
		['cai nghien', ['cai', 'nghien']],
		['  Cai  cai  nghiện ', ['Cai', 'nghiện']],
		['146/KH-UBND', ['146', 'KH', 'UBND']],
		['điều trị, dieu tri', ['điều', 'trị']],
		['"', []],
	])('%j → %j', (query, expected) => {
		expect(queryWords(query)).toEqual(expected);
	});

	test('keeps at most eight words', () => {
		expect(queryWords('a b c d e f g h i j')).toHaveLength(8);
	});

	test.each([
		['Điều', 'dieu'],
		['trình', 'trinh'],
		['TÚY', 'tuy'],
	])('foldWord(%j) is %j', (word, expected) => {
		expect(foldWord(word)).toBe(expected);
	});
});

describe('excerptSegments marks whole searched words only', () => {
	test.each([
		['Quy trình điều trị, duy trì.', ['tri'], 'Quy trình điều [trị], duy [trì].'],
		['Người thân và thành phố.', ['nguoi', 'than'], '[Người] [thân] và thành phố.'],
		['Kế hoạch 146/KH-UBND ngày 20/5.', ['146', 'KH', 'UBND'], 'Kế hoạch [146]/[KH]-[UBND] ngày 20/5.'],
		['Đào tạo nghề', ['dao', 'tao'], '[Đào] [tạo] nghề'],
		['Không có gì', ['xyz'], 'Không có gì'],
	])('%j for %j', (text, words, expected) => {
		expect(show(excerptSegments(text, words))).toBe(expected);
	});
});

describe('excerptSegments cuts at words, with an ellipsis', () => {
	const text = Array.from({ length: 100 }, (_, index) => `từ${index}`).join(' ');

	test('a window in the middle has an ellipsis at both ends and starts a few words before the match', () => {
		expect(show(excerptSegments(text, ['từ50'], 10))).toBe('… từ47 từ48 từ49 [từ50] từ51 từ52 từ53 từ54 từ55 từ56 …');
	});

	test('the start of the text has no leading ellipsis', () => {
		expect(show(excerptSegments(text, ['từ1'], 5))).toBe('từ0 [từ1] từ2 từ3 từ4 …');
	});

	test('the end of the text has no trailing ellipsis', () => {
		expect(show(excerptSegments(text, ['từ99'], 5))).toBe('… từ95 từ96 từ97 từ98 [từ99]');
	});

	test('the window that holds the most distinct words wins over an earlier one with repeats', () => {
		const sentence = `cai cai cai ${'x '.repeat(40)}cai nghiện tự nguyện ${'y '.repeat(40)}`;
		expect(show(excerptSegments(sentence, ['cai', 'nghien', 'tu', 'nguyen'], 8))).toBe('… x x x [cai] [nghiện] [tự] [nguyện] y …');
	});

	test('with no match the excerpt is the start of the text', () => {
		expect(show(excerptSegments(text, [], 3))).toBe('từ0 từ1 từ2 …');
	});

	test('line breaks and runs of spaces read as one space', () => {
		expect(show(excerptSegments('một\n\n  hai   ba', ['hai']))).toBe('một [hai] ba');
	});
});

describe('strokeD and unstrokeD', () => {
	test('write đ as d and the combining short stroke, and back', () => {
		expect(strokeD('Điều trị đúng')).toBe('D\u0335iều trị d\u0335úng');
		expect(unstrokeD(strokeD('Điều trị đúng, dân'))).toBe('Điều trị đúng, dân');
	});

	test('leave a d without the stroke as it is', () => {
		expect(unstrokeD('dieu tri methadone')).toBe('dieu tri methadone');
	});

	test('a stroked word folds as the word typed without marks', () => {
		expect(foldWord(strokeD('Điều'))).toBe(foldWord('dieu'));
	});
});
