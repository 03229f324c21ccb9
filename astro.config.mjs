// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { defineConfig } from 'astro/config';
import { loadSiteConfig } from './src/config/site.ts';
import { pagefindIntegration } from './src/integrations/pagefind.ts';
import { pruneOriginalsIntegration } from './src/integrations/prune-originals.ts';
import { sectionAnchorsPlugin } from './src/integrations/section-anchors.ts';

const site = loadSiteConfig();

/**
 * Smart punctuation would change the plans' quotes and ellipses: texts are
 * published as written. Plan texts get stable section anchors (`#muc-2-4`).
 */
const markdownProcessor = satteri({ features: { smartPunctuation: false }, hastPlugins: [sectionAnchorsPlugin] });

export default defineConfig({
	site: site.url,
	trailingSlash: 'ignore',
	markdown: { processor: markdownProcessor },
	integrations: [
		mdx({ processor: markdownProcessor }),
		sitemap({ filter: (page) => !page.includes('/admin/') && !page.endsWith('/in/') }),
		pruneOriginalsIntegration(),
		pagefindIntegration(),
	],
});
