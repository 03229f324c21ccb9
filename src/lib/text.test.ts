import { describe, expect, test } from 'vitest';
import { findControlCharacters, findNonNfcLines, toNfc } from './text';

describe('toNfc', () => {
	test('composes a decomposed Vietnamese letter', () => {
		const decomposed = 'e\u0323\u0302'; // e + dot below + circumflex
		expect(decomposed).not.toBe('ệ');
		expect(toNfc(decomposed)).toBe('ệ');
	});
	test('leaves composed text unchanged', () => {
		expect(toNfc('Phòng, chống ma túy')).toBe('Phòng, chống ma túy');
	});
});

describe('findControlCharacters', () => {
	test.each([
		['a\u0000b', 1, 2, 'U+0000'],
		['dòng 1\nx\u200By', 2, 2, 'U+200B'],
		['\u202Eabc', 1, 1, 'U+202E'],
		['x\u0085', 1, 2, 'U+0085'],
	])('finds the control character in %j', (text, line, column, codePoint) => {
		expect(findControlCharacters(text)).toEqual([{ line, column, codePoint }]);
	});
	test.each([['tab\tand\nnewline\r\n'], ['gia đình 👨‍👩‍👧']])('accepts %j', (text) => {
		expect(findControlCharacters(text)).toEqual([]);
	});
});

describe('findNonNfcLines', () => {
	test('names the line that is not NFC', () => {
		expect(findNonNfcLines('đúng\nsai: Vie\u0323\u0302t\nđúng')).toEqual([2]);
	});
});
