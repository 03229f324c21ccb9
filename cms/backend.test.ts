import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { adminPolicy, cmsOrigins } from '../src/lib/security-policy';
import { siteSchema } from '../src/schemas/site';
import { resolveBackend } from './backend';
import { buildCmsConfig } from './config';

const demo = parse(readFileSync('content/site.yaml', 'utf8')) as Record<string, unknown>;
/** The demo site with a CMS block of a deployer's. */
const siteWith = (cms: Record<string, unknown>) => siteSchema.parse({ ...demo, cms });

/**
 * Each backend on a self-hosted address, as the README shows it: the generated
 * config names the API Decap will call (never Decap's public default), and the
 * admin page's policy opens exactly the hosts of that config.
 */
describe.each([
	{
		name: 'gitlab',
		cms: { backend: { name: 'gitlab', repo: 'so-yte/cong-thong-tin', base_url: 'https://git.example.gov.vn/', app_id: 'abc' } },
		expected: { base_url: 'https://git.example.gov.vn', api_root: 'https://git.example.gov.vn/api/v4', auth_type: 'pkce' },
		hosts: ['https://git.example.gov.vn'],
		workflow: true,
	},
	{
		name: 'gitlab under a path, with its API elsewhere',
		cms: {
			backend: {
				name: 'gitlab',
				repo: 'so-yte/cong-thong-tin',
				base_url: 'https://example.gov.vn/gitlab',
				api_root: 'https://api.example.gov.vn/gitlab/api/v4',
			},
		},
		expected: { base_url: 'https://example.gov.vn/gitlab', api_root: 'https://api.example.gov.vn/gitlab/api/v4' },
		hosts: ['https://api.example.gov.vn', 'https://example.gov.vn'],
		workflow: true,
	},
	{
		name: 'gitea',
		cms: {
			backend: { name: 'gitea', repo: 'so-yte/cong-thong-tin', base_url: 'https://gitea.example.gov.vn', app_id: 'abc' },
			editorialWorkflow: false,
		},
		expected: { base_url: 'https://gitea.example.gov.vn', api_root: 'https://gitea.example.gov.vn/api/v1', auth_type: 'pkce' },
		hosts: ['https://gitea.example.gov.vn'],
		workflow: false,
	},
	{
		name: 'forgejo',
		cms: { backend: { name: 'forgejo', repo: 'so-yte/cong-thong-tin', base_url: 'https://forgejo.example.gov.vn:3000', app_id: 'abc' } },
		expected: { api_root: 'https://forgejo.example.gov.vn:3000/api/v1', auth_type: 'pkce' },
		hosts: ['https://forgejo.example.gov.vn:3000'],
		workflow: true,
	},
	{
		name: 'github behind an OAuth proxy',
		cms: { backend: { name: 'github', repo: 'so-yte/cong-thong-tin', base_url: 'https://oauth.example.gov.vn' } },
		expected: { base_url: 'https://oauth.example.gov.vn', api_root: 'https://api.github.com' },
		hosts: ['https://api.github.com', 'https://oauth.example.gov.vn'],
		workflow: true,
	},
	{
		name: 'GitHub Enterprise',
		cms: {
			backend: {
				name: 'github',
				repo: 'so-yte/cong-thong-tin',
				base_url: 'https://oauth.example.gov.vn',
				api_root: 'https://github.example.gov.vn/api/v3',
			},
		},
		expected: { base_url: 'https://oauth.example.gov.vn', api_root: 'https://github.example.gov.vn/api/v3' },
		hosts: ['https://github.example.gov.vn', 'https://oauth.example.gov.vn'],
		workflow: true,
	},
])('$name', ({ cms, expected, hosts, workflow }) => {
	const site = siteWith(cms);
	const config = buildCmsConfig(site, { siteUrl: 'https://cong-thong-tin.example.gov.vn' });

	test('the config names the API on the configured host', () => {
		expect(config.backend).toMatchObject({ ...expected, repo: 'so-yte/cong-thong-tin', branch: 'main' });
		if (!('base_url' in expected)) expect(config.backend).not.toHaveProperty('base_url');
	});

	test('the admin policy opens exactly the hosts the config names', () => {
		const origins = cmsOrigins(resolveBackend(site.cms.backend!));
		expect(origins).toEqual(hosts);
		const named = [(config.backend as { base_url?: string }).base_url, (config.backend as { api_root: string }).api_root]
			.filter((url): url is string => url !== undefined)
			.map((url) => new URL(url).origin);
		expect([...new Set(named)].sort()).toEqual(hosts);
		expect(adminPolicy(origins).directives).toContain(`connect-src 'self' blob: ${hosts.join(' ')}`);
	});

	test('the editorial workflow is on where Decap has it for this host', () => {
		expect('publish_mode' in config).toBe(workflow);
	});

	test('commits carry Vietnamese messages', () => {
		expect(config.backend.commit_messages).toMatchObject({
			create: 'Thêm {{collection}} “{{slug}}”',
			update: 'Sửa {{collection}} “{{slug}}”',
		});
	});
});

describe('a backend that cannot work as configured fails the build, naming the field', () => {
	test.each([
		['gitea without its address', { backend: { name: 'gitea', repo: 'a/b' }, editorialWorkflow: false }, 'backend.base_url'],
		['forgejo without its address', { backend: { name: 'forgejo', repo: 'a/b' } }, 'backend.base_url'],
		['github without an OAuth proxy', { backend: { name: 'github', repo: 'a/b' } }, 'backend.base_url'],
		['gitea with the editorial workflow', { backend: { name: 'gitea', repo: 'a/b', base_url: 'https://g.example' } }, 'editorialWorkflow'],
	])('%s', (_name, cms, path) => {
		const result = siteSchema.safeParse({ ...demo, cms });
		expect(result.success).toBe(false);
		expect(result.error?.issues.map((issue) => issue.path.join('.'))).toContain(`cms.${path}`);
	});
});

describe('local editing', () => {
	const site = siteSchema.parse(demo);
	test('npm run cms: the file-system server, published at once', () => {
		const config = buildCmsConfig(site, { siteUrl: 'http://localhost:4321', localBackendUrl: 'http://127.0.0.1:8081/api/v1' });
		expect(config).not.toHaveProperty('publish_mode');
		expect(config.backend).toMatchObject({ name: 'test-repo' });
	});

	test('npm run cms -- --workflow: the editorial workflow on the publishing branch, with Vietnamese commits', () => {
		const config = buildCmsConfig(site, {
			siteUrl: 'http://localhost:4321',
			localBackendUrl: 'http://127.0.0.1:8081/api/v1',
			localWorkflow: true,
		});
		expect(config).toMatchObject({ publish_mode: 'editorial_workflow', backend: { branch: 'main' } });
		expect(config.backend.commit_messages.create).toBe('Thêm {{collection}} “{{slug}}”');
	});
});
