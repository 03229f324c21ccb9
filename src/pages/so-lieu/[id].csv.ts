import type { APIRoute, GetStaticPaths } from 'astro';
import { publicSiteAddress } from '../../config/site';
import { CSV_HEADER, datasetCsvRows, getDatasets, type Dataset } from '../../data/datasets';
import { toCsv } from '../../lib/csv';

export const getStaticPaths = (async () =>
	(await getDatasets()).map((dataset) => ({ params: { id: dataset.id }, props: { dataset } }))) satisfies GetStaticPaths;

/** A dataset as CSV: UTF-8 with BOM so that Excel opens Vietnamese correctly. */
export const GET: APIRoute = ({ props }) =>
	new Response(toCsv(CSV_HEADER, datasetCsvRows(props.dataset as Dataset, publicSiteAddress())), {
		headers: { 'content-type': 'text/csv; charset=utf-8' },
	});
