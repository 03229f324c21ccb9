// The floor of the benchmark: a bare Astro site that renders the same items
// with nothing else (no layout, lists, search index, checks or images).
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

export default defineConfig({ integrations: [mdx()] });
