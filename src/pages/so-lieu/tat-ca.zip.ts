import type { APIRoute } from 'astro';
import { allDataFiles } from '../../data/catalogue';
import { zipFiles } from '../../lib/zip';

/** Every data file of the site in one download. */
export const GET: APIRoute = async ({ site }) =>
	new Response(zipFiles(await allDataFiles(String(site))), { headers: { 'content-type': 'application/zip' } });
