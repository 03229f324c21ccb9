import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { loadSiteConfig } from './config/site';
import { campaignSchema } from './schemas/campaign';
import { indicatorSchema } from './schemas/indicator';
import { legalSchema } from './schemas/legal';
import { newsSchema } from './schemas/news';
import { pageSchema } from './schemas/page';
import { planSchema } from './schemas/plan';
import { serviceSchema } from './schemas/service';

/**
 * The one content model. Every collection reads the top-level `content/` folder;
 * the schemas live in `src/schemas/` (one file per concern) and the CMS is
 * generated from the same schemas (`cms/`).
 */
const site = loadSiteConfig();
const localityIds = site.localities.map((locality) => locality.id) as [string, ...string[]];
const tools = { reference, localityIds };

/** Plans: structured data, edited in the CMS. Their full texts are in `plan-texts`. */
const plans = defineCollection({
	loader: glob({ pattern: '*.yaml', base: './content/plans' }),
	schema: planSchema(tools),
});

/** Full texts of the plans (MDX, edited as files: the CMS would rewrite them). */
const planTexts = defineCollection({
	loader: glob({ pattern: '*.mdx', base: './content/plan-texts' }),
	schema: z.object({}),
});

/** Documents the plans rest on or cite. */
const legal = defineCollection({
	loader: glob({ pattern: '*.yaml', base: './content/legal' }),
	schema: legalSchema(tools),
});

/** Communication campaigns and their yearly editions. */
const campaigns = defineCollection({
	loader: glob({ pattern: '*.yaml', base: './content/campaigns' }),
	schema: campaignSchema(tools),
});

/** Weekly news; bodies are rendered by `src/lib/markdown.ts`, the same renderer as the CMS preview. */
const news = defineCollection({
	loader: glob({ pattern: '**/*.md', base: './content/news' }),
	schema: ({ image }) => newsSchema({ ...tools, image }),
});

/** Reported results against the plans' targets. */
const indicators = defineCollection({
	loader: glob({ pattern: '*.yaml', base: './content/indicators' }),
	schema: indicatorSchema(tools),
});

/** Where to get help. */
const services = defineCollection({
	loader: glob({ pattern: '*.yaml', base: './content/services' }),
	schema: serviceSchema(tools),
});

/** Static pages. */
const pages = defineCollection({
	loader: glob({ pattern: '*.md', base: './content/pages' }),
	schema: pageSchema,
});

export const collections = { plans, planTexts, legal, campaigns, news, indicators, services, pages };
