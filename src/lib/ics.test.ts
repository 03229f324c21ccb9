import ICAL from 'ical.js';
import { describe, expect, test } from 'vitest';
import { nextDay, toIcs, type CalendarEvent } from './ics';

const hiv: CalendarEvent = {
	uid: 'thang-hanh-dong-hiv@chien-dich',
	title: 'Tháng hành động quốc gia phòng, chống HIV/AIDS',
	description: 'Từ 10/11; đến 10/12, nhiều hoạt động, thông điệp và tài liệu cho trường học, thôn, bản, tổ dân phố.',
	url: 'https://example.org/chien-dich/hiv/',
	start: '2022-11-10',
	end: '2022-12-10',
	stamp: '2022-11-10',
	yearly: true,
};

describe('nextDay', () => {
	test.each([
		['2026-12-31', '2027-01-01'],
		['2028-02-28', '2028-02-29'],
		['2026-06-30', '2026-07-01'],
	])('%s → %s', (day, expected) => {
		expect(nextDay(day)).toBe(expected);
	});
});

describe('toIcs', () => {
	const ics = toIcs('Chiến dịch', [hiv]);

	test('a real iCalendar parser reads the event back as all-day, on the right days, every year', () => {
		const [vevent] = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent');
		const event = new ICAL.Event(vevent);
		expect(event.uid).toBe(hiv.uid);
		expect(event.summary).toBe(hiv.title);
		expect(event.description).toBe(hiv.description);
		expect(event.startDate.isDate).toBe(true);
		expect(event.startDate.toString()).toBe('2022-11-10');
		expect(event.endDate.toString()).toBe('2022-12-11');
		const next = event.iterator();
		next.next();
		expect(next.next().toString()).toBe('2023-11-10');
	});

	test('DTSTAMP is the content day given, in UTC, not the moment of the build', () => {
		expect(ics).toContain('\r\nDTSTAMP:20221110T000000Z\r\n');
	});

	test('lines end with CRLF and fold at 75 octets without splitting a Vietnamese letter', () => {
		expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
		expect(ics.replaceAll('\r\n', '')).not.toContain('\n');
		for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
		expect(ics.replaceAll('\r\n ', '')).toContain(`DESCRIPTION:${hiv.description.replaceAll(',', '\\,').replaceAll(';', '\\;')}`);
	});
});
