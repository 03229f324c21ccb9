import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { loadSiteConfig } from './config/site';
import { COLLECTION_FILES } from './schemas/collections';
import { campaignSchema } from './schemas/campaign';
import { indicatorSchema } from './schemas/indicator';
import { legalSchema } from './schemas/legal';
import { newsFieldsSchema, newsPictureFields } from './schemas/news';
import { pageSchema } from './schemas/page';
import { planSchema } from './schemas/plan';
import { serviceSchema } from './schemas/service';

/**
 * The one content model. Every collection reads the top-level `content/` folder
 * (paths in src/schemas/collections.ts); the schemas live in `src/schemas/`,
 * one file per concern, and the CMS and the content check read the same ones.
 */
const site = loadSiteConfig();
const localityIds = site.localities.map((locality) => locality.id) as [string, ...string[]];
const tools = { reference, localityIds };
const files = (name: keyof typeof COLLECTION_FILES) =>
	glob({ base: `./${COLLECTION_FILES[name].base}`, pattern: COLLECTION_FILES[name].pattern });

/** Plans: structured data, edited in the CMS. Their full texts are in `planTexts`. */
const plans = defineCollection({ loader: files('plans'), schema: planSchema(tools) });

/** Full texts of the plans (MDX, edited as files: the CMS would rewrite them). */
const planTexts = defineCollection({ loader: files('planTexts'), schema: z.object({}) });

/** Documents the plans rest on or cite. */
const legal = defineCollection({ loader: files('legal'), schema: legalSchema(tools) });

/** Communication campaigns and their yearly editions. */
const campaigns = defineCollection({ loader: files('campaigns'), schema: campaignSchema(tools) });

/**
 * Weekly news; bodies are rendered by `src/lib/markdown.ts`, the same renderer
 * as the CMS preview. Astro calls the schema function for every file, so the
 * fields that do not need `image()` are built once.
 */
const newsFields = newsFieldsSchema(tools);
const news = defineCollection({ loader: files('news'), schema: ({ image }) => newsFields.extend(newsPictureFields({ image })) });

/** Reported results against the plans' targets. */
const indicators = defineCollection({ loader: files('indicators'), schema: indicatorSchema(tools) });

/** Where to get help. */
const services = defineCollection({ loader: files('services'), schema: serviceSchema(tools) });

/** Static pages. */
const pages = defineCollection({ loader: files('pages'), schema: pageSchema });

export const collections = { plans, planTexts, legal, campaigns, news, indicators, services, pages };
