import type { APIRoute, GetStaticPaths } from 'astro';
import { publicSiteAddress } from '../../config/site';
import { getNewsCadence } from '../../data/cadence';
import { allDataFiles, catalogueText } from '../../data/catalogue';
import { contentPageKey } from '../../data/page-keys';
import { routes } from '../../lib/routes';
import { zipFiles } from '../../lib/zip';

/**
 * One archive, `routes.allData`. A route with a parameter only so that it can have a
 * key: the archive takes seconds to write (every dataset's spreadsheet again), and an
 * edit that changes no data then copies it from the last build. Its files come from the
 * content but news (in every content key), the news cadence and the catalogue.
 */
export const getStaticPaths = (async () => {
	const address = publicSiteAddress();
	return [
		{
			params: { archive: routes.allData.slice(routes.datasets.length, -'.zip'.length) },
			cacheKey: contentPageKey(address, await getNewsCadence(), await catalogueText(address)),
		},
	];
}) satisfies GetStaticPaths;

/** Every data file of the site in one download. */
export const GET: APIRoute = async () =>
	new Response(zipFiles(await allDataFiles(publicSiteAddress())), { headers: { 'content-type': 'application/zip' } });
