import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

const files = (base: string, pattern: string) => glob({ base: `./content/${base}`, pattern });

export const collections = {
	news: defineCollection({ loader: files('news', '**/*.md') }),
	legal: defineCollection({ loader: files('legal', '*.yaml') }),
	plans: defineCollection({ loader: files('plans', '*.yaml') }),
	planTexts: defineCollection({ loader: files('plan-texts', '*.mdx') }),
	indicators: defineCollection({ loader: files('indicators', '*.yaml') }),
};
