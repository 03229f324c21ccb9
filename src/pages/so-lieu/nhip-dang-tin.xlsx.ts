import type { APIRoute } from 'astro';
import { publicSiteAddress } from '../../config/site';
import { getNewsCadence } from '../../data/cadence';
import { cadenceXlsx } from '../../data/dataset-files';
import { XLSX_TYPE } from '../../lib/xlsx';

/** The cadence as a spreadsheet. */
export const GET: APIRoute = async () =>
	new Response(await cadenceXlsx(await getNewsCadence(), publicSiteAddress()), { headers: { 'content-type': XLSX_TYPE } });
