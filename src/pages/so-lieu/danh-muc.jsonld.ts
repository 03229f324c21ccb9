import type { APIRoute } from 'astro';
import { publicSiteAddress } from '../../config/site';
import { catalogueText } from '../../data/catalogue';

/** The data catalogue (DCAT-AP, JSON-LD with its context inline), for open-data portals to harvest. */
export const GET: APIRoute = async () =>
	new Response(await catalogueText(publicSiteAddress()), { headers: { 'content-type': 'application/ld+json; charset=utf-8' } });
