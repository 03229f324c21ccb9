import { loadSiteConfig } from '../config/site';
import { isoYearBounds, weeklyCounts, weeksMeetingTarget, weekStatus, type WeekCount, type WeekStatus } from '../lib/cadence';
import { formatDate } from '../lib/dates';
import { buildTime } from '../lib/publication';
import { routes } from '../lib/routes';
import { datasetId, formatTarget } from '../lib/targets';
import { getClaimResolver, type SourceView } from './claims';
import { getPlans, localityName } from './documents';
import { getPublishedNews } from './news';
import { targetFigure } from './plans';
import { dataUi } from '../ui-strings';

/** How many recent weeks the page shows; the downloads hold every week. */
export const RECENT_WEEKS = 26;

/** A week of a target's period, judged against it (an unfinished week is not). */
export interface JudgedWeek extends WeekCount {
	status: WeekStatus;
}

/** A plan's weekly news target, applied to its own place and year. */
export interface CadenceTarget {
	id: string;
	/** "kế hoạch năm 2022 của tỉnh Quảng Ninh". */
	planName: string;
	locality: { id: string; name: string };
	year: number;
	value: number;
	/** "ít nhất 2 bài hoặc tin mỗi tuần". */
	figure: string;
	statement: string;
	source: SourceView;
	datasetHref: string;
	/** Whether the period has begun, is under way or is over at the build. */
	state: 'chua-bat-dau' | 'dang-dien-ra' | 'da-ket-thuc';
	/** The weeks of the period up to the build. */
	weeks: JudgedWeek[];
	/** Items the portal posted in the period for that place (its own and those of no locality). */
	counted: number;
	/** Finished weeks, and those that reached the target. */
	finished: number;
	met: number;
	share?: number | undefined;
}

/**
 * The news cadence: items this portal posted per ISO week (Việt Nam time, by posting
 * date, never by the date of the event an item reports), every week from its first
 * item to the build; and, for every plan target that counts news a week, the weeks of
 * that plan's year, counting the items of its locality and those of none. The current
 * week is in progress. No target is hard-coded: any plan with such a target gets one.
 */
export async function getNewsCadence() {
	const now = buildTime();
	const news = await getPublishedNews();
	const claims = await getClaimResolver();
	const posted = news.map((item) => ({ date: item.data.date, locality: item.data.locality }));
	const dates = posted.map((item) => item.date);
	// At least the recent weeks, back to the first item when there is an older one.
	const recentStart = new Date(now.getTime() - (RECENT_WEEKS - 1) * 7 * 86_400_000);
	const first = dates.reduce<Date>((earliest, date) => (date < earliest ? date : earliest), recentStart);
	const weeks = weeklyCounts(dates, first, now);
	const recent = weeks.slice(-RECENT_WEEKS);

	const targets: CadenceTarget[] = (await getPlans()).flatMap((plan) =>
		plan.data.targets
			.filter((target) => target.newsPerWeek)
			.map((target) => {
				const period = isoYearBounds(plan.data.year);
				const state = now < period.start ? 'chua-bat-dau' : now > period.end ? 'da-ket-thuc' : 'dang-dien-ra';
				const own = posted
					.filter((item) => item.locality === undefined || item.locality === plan.data.locality)
					.filter((item) => item.date >= period.start && item.date <= period.end)
					.map((item) => item.date);
				const periodWeeks = state === 'chua-bat-dau' ? [] : weeklyCounts(own, period.start, now < period.end ? now : period.end, now);
				const judged = periodWeeks.map((week) => ({ ...week, status: weekStatus(week, target.value) }));
				const finished = judged.filter((week) => week.status !== 'in-progress');
				return {
					id: datasetId(plan.id, target.id),
					planName: claims.planName(plan.id),
					locality: { id: plan.data.locality, name: localityName(plan.data.locality) },
					year: plan.data.year,
					value: target.value,
					figure: formatTarget(targetFigure(target)),
					statement: target.statement,
					source: claims.source({ plan: { collection: 'plans', id: plan.id }, section: target.section, quote: target.statement }),
					datasetHref: routes.dataset(datasetId(plan.id, target.id)),
					state,
					weeks: judged,
					counted: own.length,
					finished: finished.length,
					met: finished.filter((week) => week.status === 'met').length,
					share: weeksMeetingTarget(periodWeeks, target.value),
				} satisfies CadenceTarget;
			}),
	);

	return {
		weeks,
		recent,
		total: news.length,
		recentTotal: recent.reduce((sum, week) => sum + week.count, 0),
		firstPosted: dates.length > 0 ? formatDate(dates.reduce((a, b) => (a < b ? a : b))) : undefined,
		targets,
		licence: loadSiteConfig().licence,
	};
}

/** Words for a week's state, on the page and in the downloads. */
export const WEEK_STATUS_LABELS: Record<WeekStatus, string> = dataUi.cadence.weekStatus;

/** The cadence as pages and files read it. */
export type NewsCadence = Awaited<ReturnType<typeof getNewsCadence>>;
