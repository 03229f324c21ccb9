import type { APIRoute, GetStaticPaths } from 'astro';
import { publicSiteAddress } from '../../config/site';
import { datasetCsv } from '../../data/dataset-files';
import { getDatasets, type Dataset } from '../../data/datasets';
import { contentPageKey } from '../../data/page-keys';

export const getStaticPaths = (async () =>
	(await getDatasets()).map((dataset) => ({
		params: { id: dataset.id },
		props: { dataset },
		cacheKey: contentPageKey(),
	}))) satisfies GetStaticPaths;

/** A dataset as CSV, for tools: comma-separated UTF-8 with a BOM. */
export const GET: APIRoute = ({ props }) =>
	new Response(datasetCsv(props.dataset as Dataset, publicSiteAddress()), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
