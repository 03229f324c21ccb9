import { z } from 'astro/zod';
import { choice, label, phone, requiredText, slug, webAddress } from './fields';

/** A locality whose programme the portal publishes. */
export const localitySchema = z.object({
	/** Stable id used in URLs and content (e.g. `quang-ninh`). */
	id: slug().meta(label('Mã địa bàn', 'chữ thường không dấu, ví dụ quang-ninh')),
	/** Full name as documents write it (e.g. "tỉnh Quảng Ninh"). */
	name: requiredText().meta(label('Tên đầy đủ', 'ví dụ: tỉnh Quảng Ninh')),
	/** Short name for filters and badges (e.g. "Quảng Ninh"). */
	shortName: requiredText().meta(label('Tên ngắn')),
	/** The province a lower-level locality belongs to, if any. */
	province: requiredText().optional().meta(label('Thuộc tỉnh')),
});

/** Contact details; each is shown only when it is set. */
export const contactSchema = z.object({
	/** Postal address of the operating agency. */
	address: requiredText().optional().meta(label('Địa chỉ')),
	/** Telephone, as dialled. */
	phone: phone().optional().meta(label('Điện thoại')),
	/** E-mail for the public. */
	email: z.email('địa chỉ thư điện tử không hợp lệ').optional().meta(label('Thư điện tử')),
	/** Where to report an accessibility problem; the build warns while it is unset. */
	accessibilityEmail: z.email('địa chỉ thư điện tử không hợp lệ').optional().meta(label('Thư điện tử báo lỗi tiếp cận')),
});

/**
 * Where the CMS saves content in production. Unset, the admin page runs in
 * Decap's in-browser demo mode and says so; `npm run cms` edits local files.
 */
export const cmsBackendSchema = z.object({
	/** Git host: GitLab, Gitea and Forgejo log in with PKCE and need no server of ours; GitHub needs an OAuth proxy. */
	name: choice('gitHosts').meta(label('Kho nội dung')),
	/** Repository, as owner/name. */
	repo: z
		.string()
		.regex(/^[\w.-]+\/[\w.-]+$/u, 'kho viết dạng chủ-sở-hữu/tên-kho')
		.meta(label('Kho (chủ sở hữu/tên kho)')),
	/** Branch the site is built from. */
	branch: z.string().min(1).default('main').meta(label('Nhánh')),
	/**
	 * Address of the git host (e.g. https://git.example.gov.vn): gitlab.com when unset for GitLab;
	 * required for Gitea and Forgejo. For GitHub, the address of the OAuth proxy. The API root is
	 * derived from it (see cms/backend.ts).
	 */
	base_url: webAddress().optional().meta(label('Địa chỉ máy chủ Git')),
	/** API address, when it is not the one derived from `base_url` (e.g. GitHub Enterprise's /api/v3). */
	api_root: webAddress().optional().meta(label('Địa chỉ API')),
	/** OAuth application id registered on GitLab or Gitea (PKCE login). */
	app_id: z.string().optional().meta(label('Mã ứng dụng OAuth')),
	/** OAuth path on the host, when it differs from the default. */
	auth_endpoint: z.string().optional().meta(label('Đường dẫn đăng nhập OAuth')),
});

/**
 * What Decap's backends need and cannot default sensibly: Decap falls back to
 * try.gitea.io and api.netlify.com, which a locality never means, and its Gitea
 * backend throws on the editorial workflow.
 */
function checkCmsBackend(
	cms: { backend?: z.output<typeof cmsBackendSchema> | undefined; editorialWorkflow: boolean },
	ctx: z.RefinementCtx,
) {
	const backend = cms.backend;
	if (!backend) return;
	if ((backend.name === 'gitea' || backend.name === 'forgejo') && !backend.base_url && !backend.api_root)
		ctx.addIssue({
			code: 'custom',
			path: ['backend', 'base_url'],
			message: 'cần địa chỉ máy chủ Gitea/Forgejo, ví dụ https://git.example.gov.vn',
		});
	if (backend.name === 'github' && !backend.base_url)
		ctx.addIssue({
			code: 'custom',
			path: ['backend', 'base_url'],
			message: 'GitHub cần địa chỉ máy chủ đăng nhập OAuth (OAuth proxy) của đơn vị',
		});
	if (backend.name === 'gitea' && cms.editorialWorkflow)
		ctx.addIssue({
			code: 'custom',
			path: ['editorialWorkflow'],
			message: 'Decap chưa có quy trình duyệt bài cho Gitea: đặt editorialWorkflow: false, hoặc dùng forgejo nếu máy chủ là Forgejo',
		});
}

/** Site identity: the one file a deployer edits to make the portal theirs. */
export const siteSchema = z.object({
	/** Portal name, in the header, titles and feeds. */
	name: requiredText().meta(label('Tên cổng thông tin')),
	/** One sentence on what the portal is, for search engines and link previews. */
	description: requiredText().meta(label('Mô tả ngắn')),
	/**
	 * Public address of the site; `SITE_URL` overrides it at build. Unset (or a loopback address),
	 * the copy is a demonstration: printed, exported and broadcast material cites no address.
	 */
	url: webAddress()
		.optional()
		.meta(
			label(
				'Địa chỉ trang (URL)',
				'để trống khi chưa có địa chỉ công khai: trang in, tệp số liệu, lịch và bài phát thanh khi đó ghi rõ là bản trình diễn và không in địa chỉ',
			),
		),
	/** The localities whose plans the portal holds. */
	localities: z
		.array(localitySchema)
		.min(1)
		.meta(label('Địa bàn', undefined, { summary: '{{fields.name}}' })),
	/**
	 * The agency that runs the portal. Unset, the site says it is a demonstration
	 * portal built from two published plans.
	 */
	operator: z
		.object({
			name: requiredText().meta(label('Tên cơ quan')),
			url: webAddress().optional().meta(label('Trang của cơ quan')),
		})
		.optional()
		.meta(label('Cơ quan vận hành', 'để trống khi chưa có cơ quan chịu trách nhiệm: trang khi đó tự ghi rõ đây là cổng trình diễn')),
	/** Contact details. */
	contact: contactSchema.default({}).meta(label('Liên hệ')),
	/** Licence of the portal's own material (news, campaign material, data). */
	licence: choice('licences').default('CC-BY-4.0').meta(label('Giấy phép nội dung')),
	/** The CMS: where it saves, and whether edits go through draft → review → ready. */
	cms: z
		.object({
			backend: cmsBackendSchema.optional().meta(label('Kho nội dung')),
			/** Draft → review → ready before publishing, where Decap supports it (GitLab, Forgejo, GitHub; not Gitea). */
			editorialWorkflow: z.boolean().default(true).meta(label('Quy trình duyệt bài')),
		})
		.superRefine(checkCmsBackend)
		.default({ editorialWorkflow: true })
		.meta(label('Trang quản trị')),
});

export type SiteConfig = z.output<typeof siteSchema>;
