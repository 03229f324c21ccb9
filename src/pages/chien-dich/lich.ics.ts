import type { APIRoute } from 'astro';
import { loadSiteConfig, publicSiteAddress } from '../../config/site';
import { campaignEvents } from '../../data/calendar';
import { getCampaigns } from '../../data/campaigns';
import { toIcs } from '../../lib/ics';

/** Every campaign in one calendar file. */
export const GET: APIRoute = async () =>
	new Response(toIcs(`${loadSiteConfig().name} – Chiến dịch`, await campaignEvents(await getCampaigns(), publicSiteAddress())), {
		headers: { 'content-type': 'text/calendar; charset=utf-8' },
	});
