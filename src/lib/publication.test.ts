import { describe, expect, test } from 'vitest';
import { parseInstant } from './dates';
import { buildTime, byDateDesc, isPublished } from './publication';

describe('isPublished', () => {
	const now = new Date('2026-11-24T17:30:00Z'); // 00:30 on 25/11 in Việt Nam
	test.each([
		['2026-11-25', false, true],
		['2026-11-26', false, false],
		['2026-11-24', true, false],
	])('dated %s, draft %s → %s', (date, draft, expected) => {
		expect(isPublished({ date: parseInstant(date)!, draft }, now)).toBe(expected);
	});
});

describe('buildTime', () => {
	test('reads PORTAL_NOW', () => {
		expect(buildTime({ PORTAL_NOW: '2025-06-01T00:00:00+07:00' }).toISOString()).toBe('2025-05-31T17:00:00.000Z');
	});
	test('refuses a bad PORTAL_NOW', () => {
		expect(() => buildTime({ PORTAL_NOW: 'hôm qua' })).toThrow(/PORTAL_NOW/u);
	});
});

test('byDateDesc sorts newest first and breaks ties by id', () => {
	const item = (id: string, date: string) => ({ id, data: { date: new Date(date) } });
	const sorted = [item('b', '2025-01-01'), item('c', '2025-02-01'), item('a', '2025-01-01')].sort(byDateDesc);
	expect(sorted.map((entry) => entry.id)).toEqual(['c', 'a', 'b']);
});
