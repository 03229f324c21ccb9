import type { APIRoute, GetStaticPaths } from 'astro';
import { publicSiteAddress } from '../../config/site';
import { datasetXlsx } from '../../data/dataset-files';
import { getDatasets, type Dataset } from '../../data/datasets';
import { XLSX_TYPE } from '../../lib/xlsx';
import { contentPageKey } from '../../data/page-keys';

export const getStaticPaths = (async () =>
	(await getDatasets()).map((dataset) => ({
		params: { id: dataset.id },
		props: { dataset },
		cacheKey: contentPageKey(),
	}))) satisfies GetStaticPaths;

/** A dataset as a spreadsheet, for people: Excel and LibreOffice open it as it is. */
export const GET: APIRoute = async ({ props }) =>
	new Response(await datasetXlsx(props.dataset as Dataset, publicSiteAddress()), { headers: { 'content-type': XLSX_TYPE } });
