/**
 * iCalendar (RFC 5545) for campaign dates: all-day events a phone's calendar
 * imports, recurring every year. Dates carry no time, so they land on the same
 * day in any zone; the calendar names Asia/Ho_Chi_Minh for clients that ask.
 */

/** One all-day event, days as `YYYY-MM-DD`, `end` included. */
export interface CalendarEvent {
	uid: string;
	title: string;
	description: string;
	/** The event's page; absent for a copy of the portal that has no public address. */
	url?: string | undefined;
	start: string;
	end: string;
	/** Repeat every year from `start`. */
	yearly?: boolean;
}

/** Escapes text for a property value: backslash, semicolon, comma, new line. */
export function escapeText(text: string): string {
	return text.replace(/\\/gu, '\\\\').replace(/;/gu, '\\;').replace(/,/gu, '\\,').replace(/\r?\n/gu, '\\n');
}

/** Folds a content line at 75 octets (UTF-8), never inside a character. */
export function foldLine(line: string): string {
	const encoder = new TextEncoder();
	const parts: string[] = [];
	let current = '';
	let size = 0;
	for (const char of line) {
		const bytes = encoder.encode(char).length;
		const limit = parts.length === 0 ? 75 : 74;
		if (size + bytes > limit) {
			parts.push(current);
			current = '';
			size = 0;
		}
		current += char;
		size += bytes;
	}
	parts.push(current);
	return parts.join('\r\n ');
}

const compactDate = (day: string) => day.replaceAll('-', '');

/** The day after `day` (DTEND of an all-day event is exclusive). */
export function nextDay(day: string): string {
	const date = new Date(`${day}T00:00:00Z`);
	date.setUTCDate(date.getUTCDate() + 1);
	return date.toISOString().slice(0, 10);
}

/**
 * A VCALENDAR holding the events. DTSTAMP is the event's own first day, not the
 * build time: the release records no build (the rebuild's record is outside it),
 * so two builds of the same content are the same files.
 */
export function toIcs(calendarName: string, events: readonly CalendarEvent[]): string {
	const lines = [
		'BEGIN:VCALENDAR',
		'VERSION:2.0',
		'PRODID:-//Cong thong tin phong chong ma tuy//Chien dich//VI',
		'CALSCALE:GREGORIAN',
		'METHOD:PUBLISH',
		`X-WR-CALNAME:${escapeText(calendarName)}`,
		'X-WR-TIMEZONE:Asia/Ho_Chi_Minh',
		...events.flatMap((event) => [
			'BEGIN:VEVENT',
			`UID:${event.uid}`,
			`DTSTAMP:${compactDate(event.start)}T000000Z`,
			`DTSTART;VALUE=DATE:${compactDate(event.start)}`,
			`DTEND;VALUE=DATE:${compactDate(nextDay(event.end))}`,
			...(event.yearly ? ['RRULE:FREQ=YEARLY'] : []),
			`SUMMARY:${escapeText(event.title)}`,
			`DESCRIPTION:${escapeText(event.description)}`,
			...(event.url ? [`URL:${event.url}`] : []),
			'TRANSP:TRANSPARENT',
			'END:VEVENT',
		]),
		'END:VCALENDAR',
	];
	return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
