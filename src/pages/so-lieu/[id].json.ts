import type { APIRoute, GetStaticPaths } from 'astro';
import { publicSiteAddress } from '../../config/site';
import { datasetJsonText } from '../../data/dataset-files';
import { getDatasets, type Dataset } from '../../data/datasets';
import { contentPageKey } from '../../data/page-keys';

export const getStaticPaths = (async () =>
	(await getDatasets()).map((dataset) => ({
		params: { id: dataset.id },
		props: { dataset },
		cacheKey: contentPageKey(),
	}))) satisfies GetStaticPaths;

/** A dataset as JSON: the same facts as its page and its CSV. */
export const GET: APIRoute = ({ props }) =>
	new Response(datasetJsonText(props.dataset as Dataset, publicSiteAddress()), {
		headers: { 'content-type': 'application/json; charset=utf-8' },
	});
