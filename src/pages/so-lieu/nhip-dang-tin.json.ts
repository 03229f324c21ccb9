import type { APIRoute } from 'astro';
import { getNewsCadence } from '../../data/cadence';
import { cadenceJsonText } from '../../data/dataset-files';

/** The cadence as JSON, every week from the first news item to the build. */
export const GET: APIRoute = async ({ site }) =>
	new Response(cadenceJsonText(await getNewsCadence(), String(site)), { headers: { 'content-type': 'application/json; charset=utf-8' } });
