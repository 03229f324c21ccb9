import { getCollection, type CollectionEntry } from 'astro:content';
import { loadSiteConfig } from '../config/site';
import { currentOrNextEdition, daysBetween, editionDates, editionStatus, featuredEdition, type EditionDates } from '../lib/campaigns';
import { formatPartialDate, formatPartialDateLong, parsePartialDate, partialDateToIso, vietnamDay } from '../lib/dates';
import { buildTime } from '../lib/publication';
import { routes } from '../lib/routes';
import { audiences, licences, schoolLevels } from '../schemas/vocabulary';
import { getClaimResolver } from './claims';
import { getDocumentIndex } from './documents';
import { campaignsUi } from '../ui-strings';

export type CampaignEntry = CollectionEntry<'campaigns'>;

/** Today in Việt Nam as `YYYY-MM-DD`, for edition status. */
export function today(now: Date = buildTime()): string {
	return partialDateToIso(vietnamDay(now));
}

/** "10/11/2026 – 10/12/2026", or one day. */
export function formatEdition(dates: EditionDates): string {
	const start = formatPartialDate(parsePartialDate(dates.start)!);
	const end = formatPartialDate(parsePartialDate(dates.end)!);
	return start === end ? start : `${start} – ${end}`;
}

/** "từ ngày 10 tháng 11 đến ngày 10 tháng 12 năm 2026" for reading aloud and print. */
export function formatEditionLong(dates: EditionDates): string {
	const start = formatPartialDateLong(parsePartialDate(dates.start)!);
	const end = formatPartialDateLong(parsePartialDate(dates.end)!);
	return start === end ? start : campaignsUi.span(start, end);
}

const recurrence = (campaign: CampaignEntry) => ({ start: campaign.data.start, end: campaign.data.end });

/** All campaigns, with their editions placed on the calendar of today. */
export async function getCampaigns(now: Date = buildTime()) {
	const day = today(now);
	const index = await getDocumentIndex();
	const campaigns = await getCollection('campaigns');
	const claims = await getClaimResolver();
	return campaigns
		.map((campaign) => {
			const next = currentOrNextEdition(recurrence(campaign), day);
			return {
				id: campaign.id,
				href: routes.campaign(campaign.id),
				printHref: routes.campaignPrint(campaign.id),
				icsHref: routes.campaignCalendar(campaign.id),
				scriptHref: routes.campaignScript(campaign.id),
				data: campaign.data,
				next,
				nextText: formatEdition(next),
				nextTextLong: formatEditionLong(next),
				daysToStart: daysBetween(day, next.start),
				audienceLabels: campaign.data.audiences.map((audience) => audiences[audience]),
				description: claims.claim(campaign.data.description),
				basis: campaign.data.basis.map(claims.source),
				messages: campaign.data.messages.map(claims.claim),
				schoolActivities: campaign.data.schoolActivities.map((group) => ({
					level: group.level,
					levelLabel: schoolLevels[group.level],
					activities: group.activities.map(claims.claim),
				})),
				script: campaign.data.loudspeakerScript.map(claims.claim),
				pastEditions: campaign.data.editions
					.map((edition) => ({ ...edition, dates: editionDates(recurrence(campaign), edition.year) }))
					.filter((edition) => editionStatus(edition.dates, day) === 'past')
					.sort((a, b) => b.year - a.year)
					.map((edition) => ({
						year: edition.year,
						text: formatEdition(edition.dates),
						theme: edition.theme,
						plans: edition.plans.map((plan) => index.get(plan.id)!),
					})),
				licence: licences[loadSiteConfig().licence],
			};
		})
		.sort((a, b) => a.next.start.localeCompare(b.next.start));
}

export type Campaign = Awaited<ReturnType<typeof getCampaigns>>[number];

/** The campaign the home page shows: the one on today, or the next. */
export async function getFeaturedCampaign(now: Date = buildTime()): Promise<Campaign | undefined> {
	const campaigns = await getCampaigns(now);
	return featuredEdition(campaigns, (campaign) => ({ start: campaign.data.start, end: campaign.data.end }), today(now))?.item;
}
