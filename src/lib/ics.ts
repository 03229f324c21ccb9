/**
 * iCalendar (RFC 5545) for campaign dates, written with ical.js (the parser the tests
 * read it back with, whose writer escapes text and folds lines at 75 octets without
 * splitting a Vietnamese letter): all-day events a phone's calendar imports, recurring
 * every year. Dates carry no time, so they land on the same day in any zone; the
 * calendar names Asia/Ho_Chi_Minh for clients that ask.
 */
import ICAL from 'ical.js';

/** One all-day event, days as `YYYY-MM-DD`, `end` included. */
export interface CalendarEvent {
	/** Stable for the life of the event: a calendar that imported it updates it instead of adding a copy. */
	uid: string;
	title: string;
	description: string;
	/** The event's page; absent for a copy of the portal that has no public address. */
	url?: string | undefined;
	start: string;
	end: string;
	/** The day the event was last described (DTSTAMP, at 00:00 UTC), from the content, not the build. */
	stamp: string;
	/** Repeat every year from `start`. */
	yearly?: boolean;
}

/** The day after `day` (DTEND of an all-day event is exclusive). */
export function nextDay(day: string): string {
	const date = new Date(`${day}T00:00:00Z`);
	date.setUTCDate(date.getUTCDate() + 1);
	return date.toISOString().slice(0, 10);
}

const dateValue = (day: string) => ICAL.Time.fromDateString(day);

function vevent(event: CalendarEvent): ICAL.Component {
	const component = new ICAL.Component('vevent');
	component.updatePropertyWithValue('uid', event.uid);
	component.updatePropertyWithValue('dtstamp', ICAL.Time.fromDateTimeString(`${event.stamp}T00:00:00Z`));
	component.updatePropertyWithValue('dtstart', dateValue(event.start));
	component.updatePropertyWithValue('dtend', dateValue(nextDay(event.end)));
	if (event.yearly) component.updatePropertyWithValue('rrule', new ICAL.Recur({ freq: 'YEARLY' }));
	component.updatePropertyWithValue('summary', event.title);
	component.updatePropertyWithValue('description', event.description);
	if (event.url) component.updatePropertyWithValue('url', event.url);
	component.updatePropertyWithValue('transp', 'TRANSPARENT');
	return component;
}

/** A VCALENDAR holding the events, CRLF line ends. */
export function toIcs(calendarName: string, events: readonly CalendarEvent[]): string {
	const calendar = new ICAL.Component('vcalendar');
	calendar.updatePropertyWithValue('version', '2.0');
	calendar.updatePropertyWithValue('prodid', '-//Cong thong tin phong chong ma tuy//Chien dich//VI');
	calendar.updatePropertyWithValue('calscale', 'GREGORIAN');
	calendar.updatePropertyWithValue('method', 'PUBLISH');
	calendar.updatePropertyWithValue('x-wr-calname', calendarName);
	calendar.updatePropertyWithValue('x-wr-timezone', 'Asia/Ho_Chi_Minh');
	for (const event of events) calendar.addSubcomponent(vevent(event));
	// ical.js folds after `foldLength` octets and then adds the continuation's space: 74 keeps
	// every line within RFC 5545's 75 octets.
	ICAL.foldLength = 74;
	return `${calendar.toString()}\r\n`;
}
