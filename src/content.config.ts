import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { loadSiteConfig } from './config/site';
import {
	COLLECTION_NAMES,
	COLLECTIONS,
	newsAstroSchema,
	type CollectionDefinition,
	type CollectionName,
	type CollectionSchemas,
} from './schemas/collections';
import type { SchemaTools } from './schemas/tools';

/**
 * The one content model. Every collection of the registry (`src/schemas/collections.ts`:
 * folder, files, schema, CMS options) is defined here the same way; the CMS config and the
 * content check loop over the same registry, so none of them can miss a collection.
 */
const site = loadSiteConfig();
const tools = { reference, localityIds: site.localities.map((locality) => locality.id) as [string, ...string[]] };

/** Astro's schema for a collection: news gets the file's `image()` (see newsAstroSchema); plan texts have no data. */
function astroSchema(name: CollectionName) {
	if (name === 'news') return newsAstroSchema(tools);
	const definition: CollectionDefinition = COLLECTIONS[name];
	// Schemas that read no picture get a stand-in `image` they never call.
	return definition.schema ? definition.schema({ ...tools, image: undefined as unknown as SchemaTools['image'] }) : z.object({});
}

type AstroCollections = {
	[K in CollectionName]: {
		loader: ReturnType<typeof glob>;
		schema: K extends 'news'
			? ReturnType<typeof newsAstroSchema>
			: K extends keyof CollectionSchemas
				? CollectionSchemas[K]
				: z.ZodObject<{}>;
	};
};

export const collections = Object.fromEntries(
	COLLECTION_NAMES.map((name) => [
		name,
		defineCollection({
			loader: glob({ base: `./${COLLECTIONS[name].base}`, pattern: COLLECTIONS[name].pattern }),
			schema: astroSchema(name),
		}),
	]),
) as AstroCollections;
