import { describe, expect, test } from 'vitest';
import {
	addDays,
	comparePartialDates,
	formatDate,
	rfc822InVietnam,
	formatPartialDate,
	formatPartialDateLong,
	instantToIso,
	isoWeekCode,
	isoWeekOf,
	isoWeekOfDay,
	mondayOfIsoWeek,
	parseInstant,
	parsePartialDate,
	partialDateToIso,
	toVietnamDateTime,
} from './dates';

describe('parsePartialDate', () => {
	test.each([
		['2022-05-20', { year: 2022, month: 5, day: 20 }],
		['2025-02', { year: 2025, month: 2 }],
		['2008', { year: 2008 }],
		['2024-02-29', { year: 2024, month: 2, day: 29 }],
	])('reads %j', (input, expected) => {
		expect(parsePartialDate(input)).toEqual(expected);
	});
	test.each([['2023-02-29'], ['2022-13'], ['2022-00-10'], ['20/05/2022'], ['2022-5-20'], ['']])('refuses %j', (input) => {
		expect(parsePartialDate(input)).toBeUndefined();
	});
});

describe('formatting partial dates', () => {
	test.each([
		[{ year: 2022, month: 5, day: 20 }, '20/05/2022', 'ngày 20 tháng 5 năm 2022', '2022-05-20'],
		[{ year: 2025, month: 2 }, 'tháng 02/2025', 'tháng 2 năm 2025', '2025-02'],
		[{ year: 2008 }, 'năm 2008', 'năm 2008', '2008'],
	])('%j', (date, short, long, iso) => {
		expect(formatPartialDate(date)).toBe(short);
		expect(formatPartialDateLong(date)).toBe(long);
		expect(partialDateToIso(date)).toBe(iso);
	});

	test('sorts a month-only date before the days in it', () => {
		const dates = [{ year: 2025, month: 2, day: 1 }, { year: 2025, month: 2 }, { year: 2024 }];
		expect(dates.sort(comparePartialDates)).toEqual([{ year: 2024 }, { year: 2025, month: 2 }, { year: 2025, month: 2, day: 1 }]);
	});
});

describe('instants in Asia/Ho_Chi_Minh', () => {
	test('the suite runs in UTC, so these tests prove the zone is explicit', () => {
		expect(process.env.TZ).toBe('UTC');
	});

	test('a date alone is midnight in Việt Nam', () => {
		expect(parseInstant('2022-05-20')?.toISOString()).toBe('2022-05-19T17:00:00.000Z');
	});

	test('00:30 on the 1st in Việt Nam stays on the 1st', () => {
		const instant = parseInstant('2025-03-01T00:30:00+07:00');
		expect(instant?.toISOString()).toBe('2025-02-28T17:30:00.000Z');
		expect(formatDate(instant!)).toBe('01/03/2025');
		expect(instantToIso(instant!)).toBe('2025-03-01T00:30+07:00');
	});

	test('a time without offset is read as Việt Nam time', () => {
		expect(parseInstant('2025-03-01T00:30')?.toISOString()).toBe('2025-02-28T17:30:00.000Z');
	});

	test('an explicit UTC time moves to the next day in Việt Nam', () => {
		const instant = parseInstant('2025-12-31T23:30:00Z')!;
		expect(toVietnamDateTime(instant)).toMatchObject({ year: 2026, month: 1, day: 1, hour: 6, minute: 30 });
	});

	test.each([['2023-02-29'], ['not a date'], ['2025-03-01T25:00']])('refuses %j', (value) => {
		expect(parseInstant(value)).toBeUndefined();
	});
});

describe('ISO weeks', () => {
	test.each([
		[2021, 1, 3, { year: 2020, week: 53 }],
		[2021, 1, 4, { year: 2021, week: 1 }],
		[2024, 12, 30, { year: 2025, week: 1 }],
		[2022, 5, 20, { year: 2022, week: 20 }],
		[2026, 12, 31, { year: 2026, week: 53 }],
	])('%i-%i-%i', (y, m, d, expected) => {
		expect(isoWeekOfDay(y, m, d)).toEqual(expected);
	});

	test('an item at 23:30 UTC on a Sunday counts in the next week in Việt Nam', () => {
		// Sunday 2025-03-02 23:30 UTC is Monday 2025-03-03 06:30 in Việt Nam.
		expect(isoWeekOf(new Date('2025-03-02T23:30:00Z'))).toEqual({ year: 2025, week: 10 });
		expect(isoWeekOfDay(2025, 3, 2)).toEqual({ year: 2025, week: 9 });
	});

	test('the Monday of a week', () => {
		expect(mondayOfIsoWeek({ year: 2025, week: 1 })).toEqual({ year: 2024, month: 12, day: 30 });
		expect(mondayOfIsoWeek({ year: 2022, week: 20 })).toEqual({ year: 2022, month: 5, day: 16 });
	});

	test('adding days crosses months and years', () => {
		expect(addDays({ year: 2024, month: 12, day: 30 }, 6)).toEqual({ year: 2025, month: 1, day: 5 });
	});
});

describe('toVietnamDateTime', () => {
	test('agrees with the time zone database on every hour of 1976–2040 sampled', () => {
		const reference = new Intl.DateTimeFormat('en-US', {
			timeZone: 'Asia/Ho_Chi_Minh',
			year: 'numeric',
			month: 'numeric',
			day: 'numeric',
			hour: 'numeric',
			minute: 'numeric',
			weekday: 'short',
			hourCycle: 'h23',
		});
		const weekdays = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
		for (let time = Date.UTC(1976, 0, 1); time < Date.UTC(2040, 0, 1); time += 7_919 * 60_000) {
			const parts = Object.fromEntries(reference.formatToParts(new Date(time)).map((part) => [part.type, part.value]));
			expect(toVietnamDateTime(new Date(time))).toEqual({
				year: Number(parts.year),
				month: Number(parts.month),
				day: Number(parts.day),
				hour: Number(parts.hour),
				minute: Number(parts.minute),
				weekday: weekdays.indexOf(parts.weekday!) + 1,
			});
		}
	});
});

describe('isoWeekCode', () => {
	test.each([
		[{ year: 2026, week: 5 }, '2026-W05'],
		[{ year: 2026, week: 53 }, '2026-W53'],
	])('%j is %s', (week, code) => {
		expect(isoWeekCode(week)).toBe(code);
	});
});

test('RSS dates are written at Việt Nam’s offset, so the day is the day posted', () => {
	expect(rfc822InVietnam(new Date('2026-05-31T17:00:00Z'))).toBe('Mon, 01 Jun 2026 00:00:00 +0700');
	expect(rfc822InVietnam(new Date('2026-06-01T16:59:00Z'))).toBe('Mon, 01 Jun 2026 23:59:00 +0700');
});
