/**
 * Every date on the portal is read and shown in Việt Nam's time zone (Asia/Ho_Chi_Minh), which
 * has kept UTC+07:00 without daylight saving since 1975: the fixed offset is used, not `Intl`.
 */
const VIETNAM_OFFSET = '+07:00';

/**
 * A date known to the day, the month or only the year, as documents give them:
 * "20/05/2022", "tháng 02 năm 2025" (an unnumbered copy), "năm 2008".
 */
export interface PartialDate {
	year: number;
	month?: number;
	day?: number;
}

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: how a partial date is written in content files. */
export const PARTIAL_DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/u;

/** Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; returns undefined for anything else or an impossible day. */
export function parsePartialDate(value: string): PartialDate | undefined {
	const match = PARTIAL_DATE_PATTERN.exec(value);
	if (!match) return undefined;
	const year = Number(match[1]);
	if (match[2] === undefined) return { year };
	const month = Number(match[2]);
	if (month < 1 || month > 12) return undefined;
	if (match[3] === undefined) return { year, month };
	const day = Number(match[3]);
	if (day < 1 || day > daysInMonth(year, month)) return undefined;
	return { year, month, day };
}

function daysInMonth(year: number, month: number): number {
	return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** Short display: "20/05/2022", "tháng 02/2025", "năm 2008". */
export function formatPartialDate(date: PartialDate): string {
	if (date.month === undefined) return `năm ${date.year}`;
	if (date.day === undefined) return `tháng ${pad2(date.month)}/${date.year}`;
	return `${pad2(date.day)}/${pad2(date.month)}/${date.year}`;
}

/** Long display, as documents write it: "ngày 20 tháng 5 năm 2022", "tháng 2 năm 2025". */
export function formatPartialDateLong(date: PartialDate): string {
	if (date.month === undefined) return `năm ${date.year}`;
	if (date.day === undefined) return `tháng ${date.month} năm ${date.year}`;
	return `ngày ${date.day} tháng ${date.month} năm ${date.year}`;
}

/** The value for `<time datetime>`: "2022-05-20", "2025-02" or "2008". */
export function partialDateToIso(date: PartialDate): string {
	if (date.month === undefined) return String(date.year);
	if (date.day === undefined) return `${date.year}-${pad2(date.month)}`;
	return `${date.year}-${pad2(date.month)}-${pad2(date.day)}`;
}

/** Orders partial dates; a less precise date sorts before the precise dates inside it. */
export function comparePartialDates(a: PartialDate, b: PartialDate): number {
	return a.year - b.year || (a.month ?? 0) - (b.month ?? 0) || (a.day ?? 0) - (b.day ?? 0);
}

/**
 * Reads a publication time. A date alone ("2022-05-20") is midnight in Việt Nam;
 * a date-time without an offset is Việt Nam time; an explicit offset is kept.
 * Returns undefined when the value is not a real date.
 */
export function parseInstant(value: string | Date): Date | undefined {
	if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value;
	const trimmed = value.trim();
	const dateOnly = /^\d{4}-\d{2}-\d{2}$/u.test(trimmed);
	const dateTime = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(Z|[+-]\d{2}:?\d{2})?$/u.exec(trimmed);
	let iso: string;
	if (dateOnly) {
		if (!parsePartialDate(trimmed)) return undefined;
		iso = `${trimmed}T00:00:00${VIETNAM_OFFSET}`;
	} else if (dateTime) {
		if (!parsePartialDate(dateTime[1] ?? '')) return undefined;
		iso = `${dateTime[1]}T${dateTime[2]}${dateTime[3] ?? VIETNAM_OFFSET}`;
	} else {
		return undefined;
	}
	const instant = new Date(iso);
	return Number.isNaN(instant.getTime()) ? undefined : instant;
}

/** Calendar fields of an instant as a clock in Việt Nam shows them. */
export interface VietnamDateTime {
	year: number;
	month: number;
	day: number;
	hour: number;
	minute: number;
	/** 1 = Monday … 7 = Sunday. */
	weekday: number;
}

/** Việt Nam's offset from UTC in milliseconds: +07:00 all year, no daylight saving since 1975. */
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

/**
 * The calendar day and clock time of `instant` in Việt Nam, whatever the
 * machine's zone. Shifting by the fixed offset and reading UTC fields is
 * exact, and far cheaper than Intl.DateTimeFormat#formatToParts, which a
 * site of 10,000 items calls hundreds of thousands of times.
 */
export function toVietnamDateTime(instant: Date): VietnamDateTime {
	const local = new Date(instant.getTime() + VIETNAM_OFFSET_MS);
	return {
		year: local.getUTCFullYear(),
		month: local.getUTCMonth() + 1,
		day: local.getUTCDate(),
		hour: local.getUTCHours(),
		minute: local.getUTCMinutes(),
		weekday: ((local.getUTCDay() + 6) % 7) + 1,
	};
}

/** The Việt Nam calendar day of an instant, as a partial date with all three fields. */
export function vietnamDay(instant: Date): Required<PartialDate> {
	const { year, month, day } = toVietnamDateTime(instant);
	return { year, month, day };
}

/** "20/05/2022" for an instant, in Việt Nam time. */
export function formatDate(instant: Date): string {
	return formatPartialDate(vietnamDay(instant));
}

/** The `datetime` attribute for an instant: its date and time with the +07:00 offset. */
export function instantToIso(instant: Date): string {
	const t = toVietnamDateTime(instant);
	return `${t.year}-${pad2(t.month)}-${pad2(t.day)}T${pad2(t.hour)}:${pad2(t.minute)}${VIETNAM_OFFSET}`;
}

/** ISO 8601 week of the year, Monday first, for a calendar day. */
export interface IsoWeek {
	year: number;
	week: number;
}

/** The ISO week that holds `instant`'s day in Việt Nam (an item at 23:30 UTC belongs to the next day there). */
export function isoWeekOf(instant: Date): IsoWeek {
	const { year, month, day } = vietnamDay(instant);
	return isoWeekOfDay(year, month, day);
}

/** An ISO week as ISO 8601 writes it, for data files: "2026-W05". */
export function isoWeekCode(week: IsoWeek): string {
	return `${week.year}-W${pad2(week.week)}`;
}

/** The ISO week of a calendar day. */
export function isoWeekOfDay(year: number, month: number, day: number): IsoWeek {
	const date = new Date(Date.UTC(year, month - 1, day));
	const weekday = date.getUTCDay() || 7;
	// The Thursday of this week decides which year the week belongs to.
	date.setUTCDate(date.getUTCDate() + 4 - weekday);
	const weekYear = date.getUTCFullYear();
	const firstDay = Date.UTC(weekYear, 0, 1);
	const week = Math.ceil(((date.getTime() - firstDay) / 86_400_000 + 1) / 7);
	return { year: weekYear, week };
}

/** The Monday (as a calendar day) that starts an ISO week. */
export function mondayOfIsoWeek({ year, week }: IsoWeek): Required<PartialDate> {
	const jan4 = new Date(Date.UTC(year, 0, 4));
	const jan4Weekday = jan4.getUTCDay() || 7;
	const monday = new Date(jan4.getTime() + ((week - 1) * 7 - (jan4Weekday - 1)) * 86_400_000);
	return { year: monday.getUTCFullYear(), month: monday.getUTCMonth() + 1, day: monday.getUTCDate() };
}

/** Adds days to a calendar day. */
export function addDays(date: Required<PartialDate>, days: number): Required<PartialDate> {
	const d = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
	return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/**
 * An instant as RSS writes dates (RFC 822), at Việt Nam's offset: "Mon, 01 Jun 2026 00:00:00 +0700".
 * In GMT, an item posted on 1 June would read "Sun, 31 May 2026 17:00:00 GMT" in a feed reader.
 */
export function rfc822InVietnam(instant: Date): string {
	return new Date(instant.getTime() + VIETNAM_OFFSET_MS).toUTCString().replace(/GMT$/u, '+0700');
}
