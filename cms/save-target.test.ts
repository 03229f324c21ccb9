import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { siteSchema, type SiteConfig } from '../src/schemas/site';
import { parse } from 'yaml';
import { describeSaveTarget, headingAnchor, README_SECTION } from './save-target';

const demo = siteSchema.parse(parse(readFileSync('content/site.yaml', 'utf8')));
const withBackend = (backend: Record<string, unknown>, editorialWorkflow = true): SiteConfig =>
	siteSchema.parse({ ...demo, cms: { backend, editorialWorkflow } });
const gitlab = withBackend({ name: 'gitlab', repo: 'truyen-thong/cong', base_url: 'https://git.so-yte.example.gov.vn', app_id: 'x' });

describe('the admin bar says where saves go', () => {
	test.each([
		['npm run cms', gitlab, { local: true, localWorkflow: false }, 'local-files', /thư mục content\//u],
		['npm run cms -- --workflow', demo, { local: true, localWorkflow: true }, 'local-git', /nhánh nháp trong kho git riêng/u],
		[
			'a self-hosted GitLab',
			gitlab,
			{ local: false, localWorkflow: false },
			'git-host',
			/kho truyen-thong\/cong trên GitLab \(git\.so-yte\.example\.gov\.vn\), nhánh main: mỗi bài lưu thành bản nháp/u,
		],
		[
			'Forgejo without review',
			withBackend({ name: 'forgejo', repo: 'a/b', api_root: 'https://forgejo.example.vn/api/v1' }, false),
			{ local: false, localWorkflow: false },
			'git-host',
			/kho a\/b trên Forgejo \(forgejo\.example\.vn\), nhánh main\.$/u,
		],
		[
			'no host configured',
			{ ...demo, cms: { editorialWorkflow: true } },
			{ local: false, localWorkflow: false },
			'nowhere',
			/chỉ chạy thử/u,
		],
	] as const)('%s', (_name, site, run, kind, sentence) => {
		const target = describeSaveTarget(site as SiteConfig, run);
		expect(target.kind).toBe(kind);
		expect(target.sentence).toMatch(sentence);
	});

	test("links to the README section on the repository's page when the host is known", () => {
		expect(describeSaveTarget(gitlab, { local: false, localWorkflow: false }).readmeHref).toBe(
			'https://git.so-yte.example.gov.vn/truyen-thong/cong#trang-quản-trị-lưu-vào-đâu',
		);
		expect(
			describeSaveTarget({ ...demo, cms: { editorialWorkflow: true } }, { local: false, localWorkflow: false }).readmeHref,
		).toBeUndefined();
	});

	test('the README section it points to exists', () => {
		const headings = readFileSync('README.md', 'utf8')
			.split('\n')
			.filter((line) => /^#{2,4} /u.test(line))
			.map((line) => headingAnchor(line.replace(/^#+ /u, '')));
		expect(headings).toContain(headingAnchor(README_SECTION));
	});
});
