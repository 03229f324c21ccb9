import type { APIRoute } from 'astro';
import { publicSiteAddress } from '../../config/site';
import { getNewsCadence } from '../../data/cadence';
import { cadenceCsv } from '../../data/dataset-files';

/** Every week from the first news item to the build, with its count. */
export const GET: APIRoute = async () =>
	new Response(cadenceCsv(await getNewsCadence(), publicSiteAddress()), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
