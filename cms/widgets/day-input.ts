/**
 * The day an editor types or picks, as the `day` widget reads and shows it:
 * shown `ngày/tháng/năm` (dd/mm/yyyy) whatever the browser's language, stored
 * `YYYY-MM-DD` as written, and "today" is today in Việt Nam whatever the
 * browser's time zone. No Date is built from the typed text, so no zone can
 * move the day.
 */
import { formatPartialDate, parsePartialDate, partialDateToIso, vietnamDay } from '../../src/lib/dates';

/** Reads `20/05/2022` (also `20-05-2022`, `20.05.2022`, or the stored `2022-05-20`); undefined for anything else or a day not on the calendar. */
export function parseDayInput(text: string): string | undefined {
	const trimmed = text.trim();
	const shown = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/u.exec(trimmed);
	const iso = shown ? `${shown[3]}-${shown[2]!.padStart(2, '0')}-${shown[1]!.padStart(2, '0')}` : trimmed;
	if (!/^\d{4}-\d{2}-\d{2}$/u.test(iso)) return undefined;
	return parsePartialDate(iso) === undefined ? undefined : iso;
}

/** `2022-05-20` → `20/05/2022`; anything else is shown as it is. */
export function showDay(stored: string): string {
	const date = parseDayInput(stored);
	return date === undefined ? stored : formatPartialDate(parsePartialDate(date)!);
}

/** Today in Việt Nam, stored form. */
export function todayInVietnam(now: Date): string {
	return partialDateToIso(vietnamDay(now));
}

/** The message for a day that cannot be read or does not exist. */
export const DAY_MESSAGE = 'Ngày viết theo ngày/tháng/năm, ví dụ 01/06/2025, và phải có trên lịch.';
