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

/** The plans a campaign names: its basis, the sources of its lines, the plans of its editions. */
function citedPlans(data: Campaign['data']): string[] {
	return [
		...data.basis.map((source) => source.plan.id),
		...data.messages.map((message) => message.source.plan.id),
		...data.schoolActivities.map((group) => group.source.plan.id),
		...data.editions.flatMap((edition) => edition.plans.map((plan) => plan.id)),
	];
}

/**
 * Each campaign as one yearly series, the same in its own file and in the calendar of all.
 * It starts in the first year its own content gives (an edition, or a plan it cites), so it
 * never moves with the day of the build, nor when another campaign or plan is added. Its
 * DTSTAMP is that first day.
 */
export async function campaignEvents(campaigns: readonly Campaign[], site: URL | string): Promise<CalendarEvent[]> {
	const plans = await getPlans();
	const yearOf = new Map(plans.map((plan) => [plan.id, plan.data.year]));
	return campaigns.map((campaign) => {
		const years = [...campaign.data.editions.map((edition) => edition.year), ...citedPlans(campaign.data).map((id) => yearOf.get(id)!)];
		// The schema asks every campaign for sourced messages, so a year is always there.
		const firstYear = Math.min(...years);
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
