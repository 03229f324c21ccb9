import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { publicAddress } from '../lib/public-address';
import { siteSchema, type SiteConfig } from '../schemas/site';

/** Where the site identity lives, relative to the project root. */
export const SITE_CONFIG_PATH = 'content/site.yaml';

let cached: SiteConfig | undefined;

/**
 * Reads and validates `content/site.yaml` once per process. `SITE_URL`, when set,
 * overrides the address so a deployment need not edit content.
 */
export function loadSiteConfig(root: string = process.cwd()): SiteConfig {
	if (cached && root === process.cwd()) return cached;
	const file = resolve(root, SITE_CONFIG_PATH);
	const result = siteSchema.safeParse(parse(readFileSync(file, 'utf8')));
	if (!result.success) {
		const problems = result.error.issues.map((issue) => `  - ${issue.path.join('.') || '(gốc)'}: ${issue.message}`);
		throw new Error(`${SITE_CONFIG_PATH} không hợp lệ:\n${problems.join('\n')}`);
	}
	const config = process.env.SITE_URL ? { ...result.data, url: process.env.SITE_URL } : result.data;
	if (root === process.cwd()) cached = config;
	return config;
}

/**
 * The address canonical links, the feed and the sitemap are written with: the configured
 * one, or the development server's when none is set (those keep an absolute address).
 */
export const DEVELOPMENT_ADDRESS = 'http://localhost:4321/';

export function siteAddress(config: SiteConfig = loadSiteConfig()): string {
	return config.url ?? DEVELOPMENT_ADDRESS;
}

/** The public address printed, exported and broadcast material cites, or undefined for a demonstration copy. */
export function publicSiteAddress(config: SiteConfig = loadSiteConfig()): string | undefined {
	return publicAddress(config.url);
}
