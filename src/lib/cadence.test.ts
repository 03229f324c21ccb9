import { describe, expect, test } from 'vitest';
import { isoYearBounds, weeklyCounts, weeksMeetingTarget, weekStatus, type WeekCount } from './cadence';

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

	test('the week of "now" is in progress; by default the last week is', () => {
		const weeks = weeklyCounts([], at('2025-03-03T00:00:00Z'), at('2025-03-12T00:00:00Z'));
		expect(weeks.map((week) => week.inProgress)).toEqual([false, true]);
		const past = weeklyCounts([], at('2025-03-03T00:00:00Z'), at('2025-03-12T00:00:00Z'), at('2026-01-01T00:00:00Z'));
		expect(past.map((week) => week.inProgress)).toEqual([false, false]);
	});
});

test.each([
	[2022, '2022-01-03', '2023-01-01', 52],
	[2026, '2025-12-29', '2027-01-03', 53],
])('isoYearBounds(%i): the ISO weeks of the year, Monday to Sunday in Việt Nam', (year, first, last, count) => {
	const { start, end } = isoYearBounds(year);
	const weeks = weeklyCounts([], start, end, new Date(0));
	expect([weeks[0]!.start, weeks.at(-1)!.end, weeks.length]).toEqual([first, last, count]);
});

const week = (count: number, inProgress = false): WeekCount => ({ year: 2025, week: 1, start: '', end: '', count, inProgress });

test.each([
	[week(2), 2, 'met'],
	[week(1), 2, 'missed'],
	[week(0, true), 2, 'in-progress'],
	[week(5, true), 2, 'in-progress'],
])('weekStatus(%o, %i) is %s: an unfinished week is never judged', (value, target, expected) => {
	expect(weekStatus(value, target)).toBe(expected);
});

test('weeksMeetingTarget counts finished weeks only', () => {
	expect(weeksMeetingTarget([week(2), week(1), week(3), week(0)], 2)).toBe(50);
	expect(weeksMeetingTarget([week(2), week(0, true)], 2)).toBe(100);
	expect(weeksMeetingTarget([week(0, true)], 2)).toBeUndefined();
	expect(weeksMeetingTarget([], 2)).toBeUndefined();
});
