import type { APIRoute } from 'astro';
import { getNewsCadence } from '../../data/cadence';
import { cadenceXlsx } from '../../data/dataset-files';
import { XLSX_TYPE } from '../../lib/xlsx';

/** The cadence as a spreadsheet. */
export const GET: APIRoute = async ({ site }) =>
	new Response(await cadenceXlsx(await getNewsCadence(), String(site)), { headers: { 'content-type': XLSX_TYPE } });
