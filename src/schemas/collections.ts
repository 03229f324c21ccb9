import { z } from 'astro/zod';
import { campaignSchema } from './campaign';
import { indicatorSchema } from './indicator';
import { legalSchema } from './legal';
import { newsSchema } from './news';
import { pageSchema } from './page';
import { planSchema } from './plan';
import { serviceSchema } from './service';
import type { SchemaTools } from './tools';

/** Where each collection's files are: the one place content.config.ts, the CMS and the content check read. */
export const COLLECTION_FILES = {
	plans: { base: 'content/plans', pattern: '*.yaml' },
	planTexts: { base: 'content/plan-texts', pattern: '*.mdx' },
	legal: { base: 'content/legal', pattern: '*.yaml' },
	campaigns: { base: 'content/campaigns', pattern: '*.yaml' },
	news: { base: 'content/news', pattern: '**/*.md' },
	indicators: { base: 'content/indicators', pattern: '*.yaml' },
	services: { base: 'content/services', pattern: '*.yaml' },
	pages: { base: 'content/pages', pattern: '*.md' },
} as const;

export type CollectionName = keyof typeof COLLECTION_FILES;

/** The schema of every collection with structured data, built with the given tools. */
export function collectionSchemas(tools: SchemaTools) {
	return {
		plans: planSchema(tools),
		legal: legalSchema(tools),
		campaigns: campaignSchema(tools),
		news: newsSchema(tools),
		indicators: indicatorSchema(tools),
		services: serviceSchema(tools),
		pages: pageSchema,
	};
}

/**
 * Stand-ins for Astro's `image()` and `reference()`, for reading the same
 * schemas outside Astro (the CMS config, the content check, tests): a path and
 * an id, each tagged for the CMS. Given the ids of each collection, a
 * reference must name one of them.
 */
export function standaloneTools(localityIds: readonly string[], idsOf?: (collection: string) => ReadonlySet<string>): SchemaTools {
	const reference = (collection: string) =>
		z
			.string()
			.superRefine((id, ctx) => {
				if (idsOf && !idsOf(collection).has(id)) ctx.addIssue({ code: 'custom', message: `không có "${id}" trong mục ${collection}` });
			})
			.meta({ cms: { widget: 'relation', collection } });
	return {
		image: (() => z.string().meta({ cms: { widget: 'image' } })) as unknown as SchemaTools['image'],
		reference: reference as unknown as SchemaTools['reference'],
		localityIds: localityIds as [string, ...string[]],
	};
}
