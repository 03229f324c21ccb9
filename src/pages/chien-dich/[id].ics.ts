import type { APIRoute, GetStaticPaths } from 'astro';
import { publicSiteAddress } from '../../config/site';
import { campaignEvents } from '../../data/calendar';
import { getCampaigns, type Campaign } from '../../data/campaigns';
import { toIcs } from '../../lib/ics';
import { contentPageKey } from '../../data/page-keys';

export const getStaticPaths = (async () =>
	(await getCampaigns()).map((campaign) => ({
		params: { id: campaign.id },
		props: { campaign },
		cacheKey: contentPageKey(),
	}))) satisfies GetStaticPaths;

/** One campaign as a yearly all-day event. */
export const GET: APIRoute = async ({ props }) => {
	const campaign = props.campaign as Campaign;
	return new Response(toIcs(campaign.data.title, await campaignEvents([campaign], publicSiteAddress())), {
		headers: { 'content-type': 'text/calendar; charset=utf-8' },
	});
};
