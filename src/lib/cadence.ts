import { addDays, isoWeekOf, mondayOfIsoWeek, partialDateToIso, type IsoWeek } from './dates';

/** Items published in one ISO week (Monday to Sunday, Việt Nam time). */
export interface WeekCount {
	year: number;
	week: number;
	/** Monday and Sunday of the week, `YYYY-MM-DD`. */
	start: string;
	end: string;
	count: number;
}

function nextWeek(week: IsoWeek): IsoWeek {
	const monday = mondayOfIsoWeek(week);
	const next = addDays(monday, 7);
	return isoWeekOfDayParts(next);
}

function isoWeekOfDayParts(day: { year: number; month: number; day: number }): IsoWeek {
	return isoWeekOf(new Date(`${partialDateToIso(day)}T12:00:00+07:00`));
}

const key = (week: IsoWeek) => week.year * 100 + week.week;

/**
 * Counts items per ISO week, every week from `from` to `to` included (weeks
 * with no item count 0). Days are Việt Nam days: an item at 23:30 UTC on a
 * Sunday belongs to the next Monday's week.
 */
export function weeklyCounts(dates: readonly Date[], from: Date, to: Date): WeekCount[] {
	const counts = new Map<number, number>();
	for (const date of dates) {
		const week = isoWeekOf(date);
		counts.set(key(week), (counts.get(key(week)) ?? 0) + 1);
	}
	const weeks: WeekCount[] = [];
	let current = isoWeekOf(from);
	const last = key(isoWeekOf(to));
	while (key(current) <= last) {
		const monday = mondayOfIsoWeek(current);
		weeks.push({
			...current,
			start: partialDateToIso(monday),
			end: partialDateToIso(addDays(monday, 6)),
			count: counts.get(key(current)) ?? 0,
		});
		current = nextWeek(current);
	}
	return weeks;
}

/** Share of weeks that reach a weekly target, in percent (one decimal). */
export function weeksMeetingTarget(weeks: readonly WeekCount[], target: number): number {
	if (weeks.length === 0) return 0;
	return Math.round((weeks.filter((week) => week.count >= target).length / weeks.length) * 1000) / 10;
}
