import ICAL from 'ical.js';
import { describe, expect, test } from 'vitest';
import { escapeText, foldLine, nextDay, toIcs } from './ics';

describe('escaping and folding', () => {
	test('escapes the characters iCalendar reserves', () => {
		expect(escapeText('a, b; c\\d\ne')).toBe('a\\, b\\; c\\\\d\\ne');
	});
	test('folds at 75 octets without splitting a Vietnamese letter', () => {
		const line = `SUMMARY:${'Tháng hành động phòng, chống ma túy '.repeat(4)}`;
		const folded = foldLine(line);
		for (const part of folded.split('\r\n')) expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
		expect(folded.replaceAll('\r\n ', '')).toBe(line);
	});
	test('nextDay crosses months and years', () => {
		expect(nextDay('2026-12-31')).toBe('2027-01-01');
		expect(nextDay('2028-02-28')).toBe('2028-02-29');
	});
});

test('a real iCalendar parser reads the events back as all-day, on the right days, every year', () => {
	const ics = toIcs('Chiến dịch', [
		{
			uid: 'hiv-2026@test',
			title: 'Tháng hành động quốc gia phòng, chống HIV/AIDS',
			description: 'Từ 10/11; đến 10/12',
			url: 'https://example.org/chien-dich/hiv/',
			start: '2026-11-10',
			end: '2026-12-10',
			yearly: true,
		},
	]);
	const calendar = new ICAL.Component(ICAL.parse(ics));
	const [vevent] = calendar.getAllSubcomponents('vevent');
	const event = new ICAL.Event(vevent);
	expect(event.summary).toBe('Tháng hành động quốc gia phòng, chống HIV/AIDS');
	expect(event.description).toBe('Từ 10/11; đến 10/12');
	expect(event.startDate.isDate).toBe(true);
	expect(event.startDate.toString()).toBe('2026-11-10');
	expect(event.endDate.toString()).toBe('2026-12-11');
	// Stamped with the content's date, not the build's, so a rebuild writes the same file.
	expect(vevent!.getFirstPropertyValue('dtstamp')?.toString()).toBe('2026-11-10T00:00:00Z');
	const next = event.iterator();
	next.next();
	expect(next.next().toString()).toBe('2027-11-10');
});
