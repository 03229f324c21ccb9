import type { APIRoute } from 'astro';
import { publicSiteAddress } from '../../config/site';
import { getNewsCadence } from '../../data/cadence';
import { cadenceJsonText } from '../../data/dataset-files';

/** The cadence as JSON, every week from the first news item to the build. */
export const GET: APIRoute = async () =>
	new Response(cadenceJsonText(await getNewsCadence(), publicSiteAddress()), {
		headers: { 'content-type': 'application/json; charset=utf-8' },
	});
