import { expect, test } from 'vitest';
import { parseDayInput, showDay, todayInVietnam } from './day-input';

test('reads the day as Vietnamese editors write it, and the stored form', () => {
	expect(parseDayInput('01/06/2025')).toBe('2025-06-01');
	expect(parseDayInput('1/6/2025')).toBe('2025-06-01');
	expect(parseDayInput('01.06.2025')).toBe('2025-06-01');
	expect(parseDayInput('2025-06-01')).toBe('2025-06-01');
	expect(parseDayInput(' 29/02/2024 ')).toBe('2024-02-29');
});

test('refuses a day that is not on the calendar, or not a day', () => {
	for (const text of ['30/02/2025', '31/04/2025', '29/02/2025', '2025-02-30', '06/2025', 'hôm qua', ''])
		expect(parseDayInput(text), text).toBeUndefined();
});

test('shows dd/mm/yyyy', () => {
	expect(showDay('2025-06-01')).toBe('01/06/2025');
	expect(showDay('01/0')).toBe('01/0');
});

test('"today" is the day in Việt Nam, not in the browser', () => {
	expect(todayInVietnam(new Date('2026-05-31T17:30:00Z'))).toBe('2026-06-01');
	expect(todayInVietnam(new Date('2026-06-01T16:30:00Z'))).toBe('2026-06-01');
	expect(todayInVietnam(new Date('2026-06-01T17:00:00Z'))).toBe('2026-06-02');
});
