import { describe, expect, test } from 'vitest';
import { formatNumber, formatPercent, formatRatio, shareOfTarget } from './numbers';

describe('Vietnamese number formatting', () => {
	test.each([
		[1000, '1.000'],
		[900, '900'],
		[1234567, '1.234.567'],
		[2.5, '2,5'],
		[0, '0'],
	])('%d → %s', (value, expected) => {
		expect(formatNumber(value)).toBe(expected);
	});

	test('percent and ratio', () => {
		expect(formatPercent(50)).toBe('50%');
		expect(formatPercent(12.5)).toBe('12,5%');
		expect(formatRatio(7, 7)).toBe('7/7');
		expect(formatRatio(1000, 2000)).toBe('1.000/2.000');
	});

	test('share of target', () => {
		expect(shareOfTarget(450, 900)).toBe(50);
		expect(shareOfTarget(1, 3)).toBe(33.3);
		expect(shareOfTarget(5, 0)).toBeUndefined();
	});
});
