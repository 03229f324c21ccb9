import type { APIRoute, GetStaticPaths } from 'astro';
import { publicSiteAddress } from '../../config/site';
import { datasetJson, getDatasets, type Dataset } from '../../data/datasets';

export const getStaticPaths = (async () =>
	(await getDatasets()).map((dataset) => ({ params: { id: dataset.id }, props: { dataset } }))) satisfies GetStaticPaths;

/** A dataset as JSON: the same facts as its page and its CSV. */
export const GET: APIRoute = ({ props }) =>
	new Response(`${JSON.stringify(datasetJson(props.dataset as Dataset, publicSiteAddress()), null, 2)}\n`, {
		headers: { 'content-type': 'application/json; charset=utf-8' },
	});
