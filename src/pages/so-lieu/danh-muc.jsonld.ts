import type { APIRoute } from 'astro';
import { catalogueText } from '../../data/catalogue';

/** The data catalogue (DCAT-AP, JSON-LD with its context inline), for open-data portals to harvest. */
export const GET: APIRoute = async ({ site }) =>
	new Response(await catalogueText(String(site)), { headers: { 'content-type': 'application/ld+json; charset=utf-8' } });
