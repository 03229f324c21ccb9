import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getPlans } from '../../../data/documents';
import { contentPageKey } from '../../../data/page-keys';

/** The source text of a plan exactly as received (văn bản gốc), byte for byte. */
export const getStaticPaths = (async () => {
	const plans = await getPlans();
	return plans.map((plan) => ({ params: { id: plan.id }, props: { file: plan.data.sourceFile }, cacheKey: contentPageKey() }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
	const body = readFileSync(resolve('content/sources', props.file as string));
	return new Response(body, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
};
