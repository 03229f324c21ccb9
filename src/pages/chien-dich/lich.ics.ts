import type { APIRoute } from 'astro';
import { loadSiteConfig, publicSiteAddress } from '../../config/site';
import { campaignEvent } from '../../data/calendar';
import { getCampaigns } from '../../data/campaigns';
import { toIcs } from '../../lib/ics';

/** Every campaign in one calendar file. */
export const GET: APIRoute = async () => {
	const address = publicSiteAddress();
	const campaigns = await getCampaigns();
	return new Response(
		toIcs(
			`${loadSiteConfig().name} – Chiến dịch`,
			campaigns.map((campaign) => campaignEvent(campaign, address)),
		),
		{
			headers: { 'content-type': 'text/calendar; charset=utf-8' },
		},
	);
};
