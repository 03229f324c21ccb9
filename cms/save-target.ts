/**
 * Where the admin's saves go, said in the admin bar (src/pages/admin/index.astro):
 * files on this machine under `npm run cms`, a branch of the configured git host,
 * or nowhere (Decap's in-browser demo backend, when no host is configured). The
 * sentence points to the README section that says more (README.md, "Trang quản
 * trị lưu vào đâu"), linked on the host's web page of the repository when there is one.
 */
import type { SiteConfig } from '../src/schemas/site';
import { gitHosts } from '../src/schemas/vocabulary';
import { publishingBranch, resolveBackend } from './backend';

/** The README heading the admin bar points to; cms/save-target.test.ts checks README.md has it. */
export const README_SECTION = 'Trang quản trị lưu vào đâu';

/** GitHub's and GitLab's anchor of a heading: lower case, spaces to hyphens, punctuation dropped. */
export const headingAnchor = (heading: string) =>
	heading
		.toLowerCase()
		.replace(/[^\p{L}\p{M}\d\s-]/gu, '')
		.replace(/\s/gu, '-');

/** How the admin is run, as the admin page is built or served. */
export interface AdminRun {
	/** `npm run cms`: decap-server answers on this machine (CMS_LOCAL_BACKEND_URL). */
	local: boolean;
	/** `npm run cms -- --workflow`: decap-server's git mode over a clone (CMS_LOCAL_WORKFLOW). */
	localWorkflow: boolean;
}

/** What the admin bar says about saving, and where its README link points (absent: no web address known). */
export interface SaveTarget {
	kind: 'local-files' | 'local-git' | 'git-host' | 'nowhere';
	sentence: string;
	readmeHref?: string;
}

/** The web address of the repository on its host, where the host serves one we can derive. */
function repositoryPage(site: SiteConfig): string | undefined {
	const backend = site.cms.backend;
	if (!backend) return undefined;
	if (backend.name === 'github') return backend.api_root ? undefined : `https://github.com/${backend.repo}`;
	const { api_root } = resolveBackend(backend);
	const host = backend.base_url ?? api_root.replace(/\/api\/v\d+\/?$/u, '');
	return `${host.replace(/\/+$/u, '')}/${backend.repo}`;
}

/** The sentence of the admin bar for this site and this run. */
export function describeSaveTarget(site: SiteConfig, run: AdminRun): SaveTarget {
	const backend = site.cms.backend;
	const page = repositoryPage(site);
	const readmeHref = page ? `${page}#${headingAnchor(README_SECTION)}` : undefined;
	const link = readmeHref ? { readmeHref } : {};
	if (run.localWorkflow) {
		return {
			kind: 'local-git',
			sentence: `Đang sửa trên máy này, có duyệt bài: mỗi bài là một nhánh nháp trong kho git riêng trên máy, “Công bố” gộp bài vào nhánh công bố của kho đó, chưa lên cổng.`,
			...link,
		};
	}
	if (run.local) {
		return {
			kind: 'local-files',
			sentence:
				'Đang sửa trên máy này: mỗi lần lưu ghi thẳng một tệp vào thư mục content/, chưa lên cổng cho đến khi được đưa lên kho nội dung.',
			...link,
		};
	}
	if (backend) {
		const host = new URL(repositoryPage(site) ?? resolveBackend(backend).api_root).host;
		const review = site.cms.editorialWorkflow ? ': mỗi bài lưu thành bản nháp chờ duyệt, “Công bố” đưa bài lên nhánh đó' : '';
		return {
			kind: 'git-host',
			sentence: `Bài lưu vào kho ${backend.repo} trên ${gitHosts[backend.name]} (${host}), nhánh ${publishingBranch(site)}${review}.`,
			...link,
		};
	}
	return {
		kind: 'nowhere',
		sentence: 'Chưa cấu hình kho nội dung: trang này chỉ chạy thử, mọi thay đổi mất khi đóng trang.',
	};
}
