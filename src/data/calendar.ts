import { editionDates } from '../lib/campaigns';
import type { CalendarEvent } from '../lib/ics';
import { absoluteUrl } from '../lib/page-meta';
import type { Campaign } from './campaigns';
import { getPlans } from './documents';

/**
 * The UID's right-hand side: fixed, not the site's host, so an event keeps its UID when the
 * portal gets its address (a calendar that imported it updates it instead of adding a copy).
 */
const UID_DOMAIN = 'chien-dich.cong-thong-tin-phong-chong-ma-tuy';

/**
 * Each campaign as one yearly series, the same in its own file and in the calendar of all:
 * it starts in the first year of its editions, or of the portal's plans if that is earlier,
 * so the series never moves with the day of the build. Its DTSTAMP is that first day.
 */
export async function campaignEvents(campaigns: readonly Campaign[], site: URL | string): Promise<CalendarEvent[]> {
	const firstPlanYear = Math.min(...(await getPlans()).map((plan) => plan.data.year));
	return campaigns.map((campaign) => {
		const firstYear = Math.min(firstPlanYear, ...campaign.data.editions.map((edition) => edition.year));
		const first = editionDates({ start: campaign.data.start, end: campaign.data.end }, firstYear);
		const page = absoluteUrl(campaign.href, site);
		return {
			uid: `${campaign.id}@${UID_DOMAIN}`,
			title: campaign.data.title,
			description: `${campaign.data.description}\nThông điệp, tài liệu, bài phát thanh: ${page}`,
			url: page,
			start: first.start,
			end: first.end,
			stamp: first.start,
			yearly: true,
		};
	});
}
