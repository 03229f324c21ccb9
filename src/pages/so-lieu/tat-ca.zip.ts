import type { APIRoute } from 'astro';
import { publicSiteAddress } from '../../config/site';
import { allDataFiles } from '../../data/catalogue';
import { zipFiles } from '../../lib/zip';

/** Every data file of the site in one download. */
export const GET: APIRoute = async () =>
	new Response(zipFiles(await allDataFiles(publicSiteAddress())), { headers: { 'content-type': 'application/zip' } });
