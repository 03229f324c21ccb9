/**
 * Where the CMS saves: Decap's backend block and publish mode, from the site
 * config. Decap's own defaults name public hosts (gitlab.com's API, try.gitea.io),
 * which a self-hosted deployment never means and the admin page's policy would
 * block, so the API root is always written out: derived from `base_url`, or as
 * configured in `api_root`. The admin policy (`cmsOrigins`) opens exactly the
 * hosts this block names.
 */
import type { SiteConfig } from '../src/schemas/site';

type Backend = NonNullable<SiteConfig['cms']['backend']>;

/** A backend with the addresses Decap will call spelled out. */
export interface ResolvedBackend extends Backend {
	api_root: string;
}

/** The API below each host's address; GitHub's is a host of its own. */
const API_PATH = { gitlab: '/api/v4', gitea: '/api/v1', forgejo: '/api/v1' } as const;

const withoutSlash = (url: string) => url.replace(/\/+$/u, '');

/** The branch the site is built from, where "Công bố" lands. */
export function publishingBranch(site: SiteConfig): string {
	return site.cms.backend?.branch ?? 'main';
}

/**
 * The backend with its API root (and GitLab's login host) resolved. Forgejo's
 * backend finds its login host from `api_root` and ignores `base_url`, so it is
 * dropped there: the policy then opens the API host only. The site schema has
 * already refused a Gitea, Forgejo or GitHub backend without the address it needs.
 */
export function resolveBackend(backend: Backend): ResolvedBackend {
	if (backend.name === 'github') return { ...backend, api_root: backend.api_root ?? 'https://api.github.com' };
	const base = withoutSlash(backend.base_url ?? (backend.name === 'gitlab' ? 'https://gitlab.com' : ''));
	const api_root = backend.api_root ?? `${base}${API_PATH[backend.name]}`;
	if (backend.name === 'forgejo') {
		const { base_url: _ignored, ...rest } = backend;
		return { ...rest, api_root };
	}
	return { ...backend, base_url: base, api_root };
}

/** Commit messages in Vietnamese: a fast-forward "Công bố" puts them on the publishing branch as they are. */
const COMMIT_MESSAGES = {
	create: 'Thêm {{collection}} “{{slug}}”',
	update: 'Sửa {{collection}} “{{slug}}”',
	delete: 'Xóa {{collection}} “{{slug}}”',
	uploadMedia: 'Tải lên “{{path}}”',
	deleteMedia: 'Xóa “{{path}}”',
};

/** Where the CMS runs: in production against the configured host, or locally against decap-server. */
export interface BackendOptions {
	/**
	 * `npm run cms -- --workflow`: decap-server's git mode over a dedicated clone,
	 * with the editorial workflow, whether or not a production host is configured.
	 */
	localWorkflow?: boolean;
}

/**
 * The `backend` block and `publish_mode` of the Decap config. Without a host,
 * Decap's in-browser demo (`test-repo`), which `local_backend` replaces when
 * decap-server answers; the branch is the publishing branch either way.
 */
export function backendSettings(site: SiteConfig, options: BackendOptions = {}) {
	const configured = site.cms.backend;
	// No squash: a squashed merge carries Decap's English "Automatically generated. Merged on
	// Decap CMS." instead of the editor's commit; with fast-forward merges (GitLab's merge method
	// setting) the publishing branch gets the Vietnamese commits as they are.
	const common = { squash_merges: false, commit_messages: COMMIT_MESSAGES };
	const backend = configured
		? { ...resolveBackend(configured), ...(configured.name !== 'github' ? { auth_type: 'pkce' } : {}), ...common }
		: { name: 'test-repo', branch: publishingBranch(site), ...common };
	const workflow = options.localWorkflow || (configured !== undefined && site.cms.editorialWorkflow);
	return { backend, ...(workflow ? { publish_mode: 'editorial_workflow' as const } : {}) };
}
