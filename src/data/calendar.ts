import { editionDates } from '../lib/campaigns';
import type { CalendarEvent } from '../lib/ics';
import { publicUrl } from '../lib/public-address';
import type { Campaign } from './campaigns';
import { sourceLine } from './claims';
import { getPlans } from './documents';
import { campaignsUi, siteUi } from '../ui-strings';

/**
 * The UID's right-hand side: fixed, not the site's host, so an event keeps its UID when the
 * portal gets its address (a calendar that imported it updates it instead of adding a copy).
 */
const UID_DOMAIN = 'chien-dich.cong-thong-tin-phong-chong-ma-tuy';

/** The plans a campaign names: its basis, the sources of its lines, the plans of its editions. */
function citedPlans(data: Campaign['data']): string[] {
	const claims = [
		data.description,
		...data.messages,
		...data.schoolActivities.flatMap((group) => group.activities),
		...data.loudspeakerScript,
	];
	return [
		...data.basis.map((source) => source.plan.id),
		...claims.flatMap((claim) => (claim.source?.plan ? [claim.source.plan.id] : [])),
		...data.editions.flatMap((edition) => edition.plans.map((plan) => plan.id)),
	];
}

/**
 * Each campaign as one yearly series, the same in its own file and in the calendar of all.
 * It starts in the first year its own content gives (an edition, or a plan it cites), so it
 * never moves with the day of the build, nor when another campaign or plan is added; its
 * DTSTAMP is that first day. The description gives the campaign's sentence and its source,
 * and the page's address only when the portal has a public one (`address`); a demonstration
 * copy says it has none.
 */
export async function campaignEvents(campaigns: readonly Campaign[], address: string | undefined): Promise<CalendarEvent[]> {
	const plans = await getPlans();
	const yearOf = new Map(plans.map((plan) => [plan.id, plan.data.year]));
	return campaigns.map((campaign) => {
		const years = [...campaign.data.editions.map((edition) => edition.year), ...citedPlans(campaign.data).map((id) => yearOf.get(id)!)];
		// Every campaign has sourced lines or a national day; with neither, the series starts at its next edition.
		const firstYear = years.length > 0 ? Math.min(...years) : campaign.next.year;
		const first = editionDates({ start: campaign.data.start, end: campaign.data.end }, firstYear);
		const url = publicUrl(campaign.href, address);
		const source = campaign.description.source ? ` (${sourceLine(campaign.description.source)})` : '';
		return {
			uid: `${campaign.id}@${UID_DOMAIN}`,
			title: campaign.data.title,
			description: [`${campaign.description.text}${source}`, url ? campaignsUi.calendarLink(url) : siteUi.noAddress.calendar].join('\n'),
			url,
			start: first.start,
			end: first.end,
			stamp: first.start,
			yearly: true,
		};
	});
}
