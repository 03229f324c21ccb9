import { loadSiteConfig } from '../config/site';
import { weeklyCounts, weeksMeetingTarget, type WeekCount } from '../lib/cadence';
import { buildTime } from '../lib/publication';
import { anchorHref, routes } from '../lib/routes';
import { datasetId } from '../lib/targets';
import { getDocumentIndex, getPlans } from './documents';
import { getPublishedNews } from './news';

/** Id of the plan target that sets the weekly news cadence. */
const CADENCE_TARGET = { plan: 'quang-ninh-2022', target: 'tin-bai-hang-tuan' };

/** How many recent weeks the page shows; the downloads hold every week. */
export const RECENT_WEEKS = 26;

/**
 * The news cadence: items this portal published per ISO week (Việt Nam time),
 * from its first item to the build, beside the Quảng Ninh 2022 target of at
 * least 2 items a week (which counts every official channel of the province).
 */
export async function getNewsCadence() {
	const now = buildTime();
	const news = await getPublishedNews();
	const plan = (await getPlans()).find((candidate) => candidate.id === CADENCE_TARGET.plan);
	const target = plan?.data.targets.find((candidate) => candidate.id === CADENCE_TARGET.target);
	if (!plan || !target) throw new Error(`Thiếu chỉ tiêu nhịp đăng tin ${CADENCE_TARGET.plan}/${CADENCE_TARGET.target}`);
	const planDoc = (await getDocumentIndex()).get(plan.id)!;
	const dates = news.map((item) => item.data.date);
	// At least the recent weeks, back to the first item when there is an older one.
	const recentStart = new Date(now.getTime() - (RECENT_WEEKS - 1) * 7 * 86_400_000);
	const first = dates.reduce<Date>((earliest, date) => (date < earliest ? date : earliest), recentStart);
	const weeks: WeekCount[] = weeklyCounts(dates, first, now);
	const recent = weeks.slice(-RECENT_WEEKS);
	return {
		weeks,
		recent,
		target: target.value,
		targetStatement: target.statement,
		targetHref: anchorHref(planDoc.href, target.section),
		targetDataset: routes.dataset(datasetId(plan.id, target.id)),
		planLabel: planDoc.label,
		total: news.length,
		recentTotal: recent.reduce((sum, week) => sum + week.count, 0),
		recentShareMeeting: weeksMeetingTarget(recent, target.value),
		licence: loadSiteConfig().licence,
	};
}

/** The cadence as pages and files read it. */
export type NewsCadence = Awaited<ReturnType<typeof getNewsCadence>>;
