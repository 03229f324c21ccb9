import { addDays, isoWeekOf, isoWeekOfDay, mondayOfIsoWeek, partialDateToIso, type IsoWeek } from './dates';

/** Items posted in one ISO week (Monday to Sunday, Việt Nam time). */
export interface WeekCount {
	year: number;
	week: number;
	/** Monday and Sunday of the week, `YYYY-MM-DD`. */
	start: string;
	end: string;
	count: number;
	/** The week "now" falls in: not over yet, so never judged against a target. */
	inProgress: boolean;
}

function nextWeek(week: IsoWeek): IsoWeek {
	const next = addDays(mondayOfIsoWeek(week), 7);
	return isoWeekOfDay(next.year, next.month, next.day);
}

const key = (week: IsoWeek) => week.year * 100 + week.week;

/**
 * Counts items per ISO week, every week from `from` to `to` included (weeks
 * with no item count 0). Days are Việt Nam days: an item at 23:30 UTC on a
 * Sunday belongs to the next Monday's week. The week of `now` (by default `to`)
 * is marked in progress.
 */
export function weeklyCounts(dates: readonly Date[], from: Date, to: Date, now: Date = to): WeekCount[] {
	const counts = new Map<number, number>();
	for (const date of dates) {
		const week = isoWeekOf(date);
		counts.set(key(week), (counts.get(key(week)) ?? 0) + 1);
	}
	const weeks: WeekCount[] = [];
	const current = key(isoWeekOf(now));
	let week = isoWeekOf(from);
	const last = key(isoWeekOf(to));
	while (key(week) <= last) {
		const monday = mondayOfIsoWeek(week);
		weeks.push({
			...week,
			start: partialDateToIso(monday),
			end: partialDateToIso(addDays(monday, 6)),
			count: counts.get(key(week)) ?? 0,
			inProgress: key(week) === current,
		});
		week = nextWeek(week);
	}
	return weeks;
}

/** The first and last moment of the ISO weeks of a year (week 1 to the week of 28 December), in Việt Nam. */
export function isoYearBounds(year: number): { start: Date; end: Date } {
	const monday = mondayOfIsoWeek({ year, week: 1 });
	const last = isoWeekOfDay(year, 12, 28);
	const sunday = addDays(mondayOfIsoWeek(last), 6);
	return {
		start: new Date(`${partialDateToIso(monday)}T00:00:00+07:00`),
		end: new Date(`${partialDateToIso(sunday)}T23:59:59+07:00`),
	};
}

/** How a week stands against a weekly target: reached, not reached, or not over yet. */
export type WeekStatus = 'met' | 'missed' | 'in-progress';

export function weekStatus(week: WeekCount, target: number): WeekStatus {
	if (week.inProgress) return 'in-progress';
	return week.count >= target ? 'met' : 'missed';
}

/** Share of the finished weeks that reach a weekly target, in percent (one decimal); undefined with no finished week. */
export function weeksMeetingTarget(weeks: readonly WeekCount[], target: number): number | undefined {
	const finished = weeks.filter((week) => !week.inProgress);
	if (finished.length === 0) return undefined;
	return Math.round((finished.filter((week) => week.count >= target).length / finished.length) * 1000) / 10;
}
