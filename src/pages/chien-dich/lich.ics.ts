import type { APIRoute } from 'astro';
import { loadSiteConfig } from '../../config/site';
import { campaignEvent } from '../../data/calendar';
import { getCampaigns } from '../../data/campaigns';
import { toIcs } from '../../lib/ics';

/** Every campaign in one calendar file. */
export const GET: APIRoute = async ({ site }) => {
	const base = site ?? new URL('http://localhost/');
	const campaigns = await getCampaigns();
	return new Response(
		toIcs(
			`${loadSiteConfig().name} – Chiến dịch`,
			campaigns.map((campaign) => campaignEvent(campaign, base, base.host)),
		),
		{
			headers: { 'content-type': 'text/calendar; charset=utf-8' },
		},
	);
};
