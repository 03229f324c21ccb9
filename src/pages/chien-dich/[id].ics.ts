import type { APIRoute, GetStaticPaths } from 'astro';
import { publicSiteAddress } from '../../config/site';
import { campaignEvent } from '../../data/calendar';
import { getCampaigns, type Campaign } from '../../data/campaigns';
import { toIcs } from '../../lib/ics';

export const getStaticPaths = (async () =>
	(await getCampaigns()).map((campaign) => ({ params: { id: campaign.id }, props: { campaign } }))) satisfies GetStaticPaths;

/** One campaign as a yearly all-day event. */
export const GET: APIRoute = ({ props }) => {
	const campaign = props.campaign as Campaign;
	return new Response(toIcs(campaign.data.title, [campaignEvent(campaign, publicSiteAddress())]), {
		headers: { 'content-type': 'text/calendar; charset=utf-8' },
	});
};
