import { describe, expect, test } from 'vitest';
import { weeklyCounts, weeksMeetingTarget } from './cadence';

const at = (iso: string) => new Date(iso);

describe('weeklyCounts', () => {
	test('counts per ISO week, Monday to Sunday, with empty weeks as 0', () => {
		const weeks = weeklyCounts(
			[at('2025-03-03T02:00:00Z'), at('2025-03-05T02:00:00Z'), at('2025-03-19T02:00:00Z')],
			at('2025-03-03T00:00:00Z'),
			at('2025-03-20T00:00:00Z'),
		);
		expect(weeks.map((week) => [week.week, week.start, week.end, week.count])).toEqual([
			[10, '2025-03-03', '2025-03-09', 2],
			[11, '2025-03-10', '2025-03-16', 0],
			[12, '2025-03-17', '2025-03-23', 1],
		]);
	});

	test('an item at 23:30 UTC on Sunday is Monday in Việt Nam, so it counts in the next week', () => {
		const weeks = weeklyCounts([at('2025-03-09T23:30:00Z')], at('2025-03-03T00:00:00Z'), at('2025-03-12T00:00:00Z'));
		expect(weeks.map((week) => [week.week, week.count])).toEqual([
			[10, 0],
			[11, 1],
		]);
	});

	test('crosses the year boundary on ISO weeks (2024-12-30 is in week 1 of 2025)', () => {
		const weeks = weeklyCounts(
			[at('2024-12-30T03:00:00Z'), at('2024-12-27T03:00:00Z')],
			at('2024-12-23T03:00:00Z'),
			at('2025-01-06T03:00:00Z'),
		);
		expect(weeks.map((week) => [week.year, week.week, week.count])).toEqual([
			[2024, 52, 1],
			[2025, 1, 1],
			[2025, 2, 0],
		]);
	});

	test('handles a 53-week year', () => {
		const weeks = weeklyCounts([], at('2026-12-21T03:00:00Z'), at('2027-01-05T03:00:00Z'));
		expect(weeks.map((week) => `${week.year}-W${week.week}`)).toEqual(['2026-W52', '2026-W53', '2027-W1']);
	});
});

test('weeksMeetingTarget', () => {
	const week = (count: number) => ({ year: 2025, week: 1, start: '', end: '', count });
	expect(weeksMeetingTarget([week(2), week(1), week(3), week(0)], 2)).toBe(50);
	expect(weeksMeetingTarget([], 2)).toBe(0);
});
