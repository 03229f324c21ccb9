/**
 * Campaigns recur every year on the same days. An edition is one year's run;
 * which one is on now, or next, is computed at build time from the calendar day
 * in Việt Nam, so a daily rebuild keeps the home page right.
 */

/** Yearly dates as `MM-DD`. */
export interface Recurrence {
	start: string;
	end: string;
}

/** One year's run of a campaign, days as `YYYY-MM-DD`, `end` included. */
export interface EditionDates {
	year: number;
	start: string;
	end: string;
}

/** The dates of the edition that starts in `year` (a run past 31/12 ends the next year). */
export function editionDates(recurrence: Recurrence, year: number): EditionDates {
	const endYear = recurrence.end < recurrence.start ? year + 1 : year;
	return { year, start: `${year}-${recurrence.start}`, end: `${endYear}-${recurrence.end}` };
}

/** Whether an edition is on, still to come, or over on a given day (`YYYY-MM-DD`). */
export function editionStatus(dates: EditionDates, today: string): 'current' | 'upcoming' | 'past' {
	if (today < dates.start) return 'upcoming';
	if (today > dates.end) return 'past';
	return 'current';
}

/** The edition on today, or else the next one to start. */
export function currentOrNextEdition(recurrence: Recurrence, today: string): EditionDates & { status: 'current' | 'upcoming' } {
	const year = Number(today.slice(0, 4));
	for (const candidate of [editionDates(recurrence, year - 1), editionDates(recurrence, year), editionDates(recurrence, year + 1)]) {
		const status = editionStatus(candidate, today);
		if (status !== 'past') return { ...candidate, status };
	}
	throw new Error(`Không tính được kỳ chiến dịch cho ngày ${today}`);
}

/**
 * Of several campaigns, the one to show first: one that is on today (the one
 * ending soonest), else the next to start.
 */
export function featuredEdition<T>(
	items: readonly T[],
	recurrenceOf: (item: T) => Recurrence,
	today: string,
): (EditionDates & { status: 'current' | 'upcoming'; item: T }) | undefined {
	const editions = items.map((item) => ({ ...currentOrNextEdition(recurrenceOf(item), today), item }));
	const current = editions.filter((edition) => edition.status === 'current').sort((a, b) => a.end.localeCompare(b.end));
	if (current[0]) return current[0];
	return editions.sort((a, b) => a.start.localeCompare(b.start))[0];
}

/** Days from `today` to `day` (both `YYYY-MM-DD`). */
export function daysBetween(today: string, day: string): number {
	return Math.round((Date.parse(`${day}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}
