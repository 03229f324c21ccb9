import { describe, expect, test } from 'vitest';
import { datasetId, formatTarget } from './targets';

describe('formatTarget', () => {
	test.each([
		[{ kind: 'count', value: 900, unit: 'lượt người' }, '900 lượt người'],
		[{ kind: 'count', value: 1000, unit: 'người' }, '1.000 người'],
		[{ kind: 'percent', value: 50, unit: 'xã' }, '50%'],
		[{ kind: 'ratio', value: 7, denominator: 7, unit: 'xã, phường' }, '7/7 xã, phường'],
		[{ kind: 'percent', value: 50, unit: 'người dân', qualifiers: ['phấn đấu', 'trên'] }, 'phấn đấu trên 50%'],
		[{ kind: 'count', value: 2, unit: 'bài hoặc tin mỗi tuần', qualifiers: ['ít nhất'] }, 'ít nhất 2 bài hoặc tin mỗi tuần'],
		[{ kind: 'ratio', value: 7, denominator: 7, unit: 'xã, phường', qualifiers: ['phấn đấu'] }, 'phấn đấu 7/7 xã, phường'],
	] as const)('%j → %s', (target, expected) => {
		expect(formatTarget(target)).toBe(expected);
	});
});

test('datasetId joins plan and target', () => {
	expect(datasetId('quang-ninh-2022', 'cai-nghien')).toBe('quang-ninh-2022-cai-nghien');
});
