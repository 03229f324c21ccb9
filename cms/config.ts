/**
 * The Decap CMS configuration, generated from the content model and the site
 * config. Served as `/admin/config.yml`; never edited by hand.
 */
import type { z } from 'astro/zod';
import { COLLECTION_FILES, collectionSchemas, standaloneTools } from '../src/schemas/collections';
import { siteSchema, type SiteConfig } from '../src/schemas/site';
import { UPLOAD_FOLDERS } from '../src/schemas/uploads';
import { backendSettings } from './backend';
import { inputJsonSchema, toDecapFields, type DecapField, type ExtraLabels } from './fields';

/** Uploads: images for news go beside the content so the build can resize them; documents are published as they are. */
export const MEDIA_FOLDER = UPLOAD_FOLDERS.images.folder;

/** One collection of the CMS: where its files are and the schema its fields come from. */
interface CollectionSpec {
	name: string;
	label: string;
	label_singular: string;
	description: string;
	folder?: string;
	extension: 'md' | 'yaml';
	schema: z.ZodType;
	create: boolean;
	slug?: string;
	identifier_field?: string;
	summary?: string;
	sortable_fields?: string[];
	/** Markdown body (for .md collections). */
	body?: boolean;
	media_folder?: string;
	public_folder?: string;
}

const BODY_FIELD: DecapField = {
	name: 'body',
	label: 'Nội dung',
	widget: 'markdown',
	hint: 'Gõ tiếng Việt bình thường (Telex, VNI). Chữ đậm **như thế này**, danh sách bắt đầu bằng dấu gạch ngang. Mã HTML sẽ hiện ra như chữ.',
	// Markdown (raw) mode only: the rich-text mode duplicates letters typed with Vietnamese input methods.
	modes: ['raw'],
	editor_components: [],
};

function collectionSpecs(site: SiteConfig): CollectionSpec[] {
	const schemas = collectionSchemas(standaloneTools(site.localities.map((locality) => locality.id)));
	return [
		{
			name: 'news',
			label: 'Tin tức',
			label_singular: 'Tin',
			description: 'Tin hằng tuần. Tin đặt ngày sau hôm nay sẽ tự xuất hiện đúng ngày. Xem Hướng dẫn biên tập trước khi đăng ảnh.',
			folder: COLLECTION_FILES.news.base,
			extension: 'md',
			schema: schemas.news,
			create: true,
			slug: '{{year}}-{{month}}-{{day}}-{{slug}}',
			summary: '{{date}} · {{title}}',
			sortable_fields: ['date', 'title'],
			body: true,
			media_folder: `/${MEDIA_FOLDER}`,
			public_folder: '../media',
		},
		{
			name: 'campaigns',
			label: 'Chiến dịch',
			label_singular: 'Chiến dịch',
			description:
				'Chiến dịch truyền thông hằng năm: thông điệp (mỗi thông điệp ghi nguồn là mục của kế hoạch), hoạt động cho nhà trường, bài phát thanh, tài liệu.',
			folder: COLLECTION_FILES.campaigns.base,
			extension: 'yaml',
			schema: schemas.campaigns,
			create: true,
			slug: '{{slug}}',
			identifier_field: 'title',
		},
		{
			name: 'indicators',
			label: 'Số liệu (kết quả)',
			label_singular: 'Kết quả của một chỉ tiêu',
			description:
				'Kết quả báo cáo theo quý, 6 tháng, năm cho một chỉ tiêu của kế hoạch. Thêm văn bản báo cáo vào mục Văn bản trước, rồi chọn nó làm nguồn.',
			folder: COLLECTION_FILES.indicators.base,
			extension: 'yaml',
			schema: schemas.indicators,
			create: true,
			slug: '{{fields.plan}}-{{fields.target}}',
			identifier_field: 'target',
		},
		{
			name: 'services',
			label: 'Nơi hỗ trợ',
			label_singular: 'Nơi hỗ trợ',
			description: 'Cơ sở, đội, điểm hỗ trợ mà kế hoạch nêu. Chỉ điền địa chỉ, điện thoại khi đã được cơ quan có thẩm quyền xác nhận.',
			folder: COLLECTION_FILES.services.base,
			extension: 'yaml',
			schema: schemas.services,
			create: true,
			slug: '{{slug}}-{{fields.locality}}',
			identifier_field: 'name',
		},
		{
			name: 'pages',
			label: 'Trang tĩnh',
			label_singular: 'Trang',
			description: 'Giới thiệu, tuyên bố tiếp cận, hướng dẫn và các trang khác.',
			folder: COLLECTION_FILES.pages.base,
			extension: 'md',
			schema: schemas.pages,
			create: true,
			slug: '{{slug}}',
			body: true,
		},
		{
			name: 'plans',
			label: 'Kế hoạch (thuộc tính)',
			label_singular: 'Kế hoạch',
			description:
				'Thuộc tính, chỉ tiêu, phân công của các kế hoạch. Toàn văn kế hoạch được sửa trong tệp content/plan-texts/, không sửa ở đây.',
			folder: COLLECTION_FILES.plans.base,
			extension: 'yaml',
			schema: schemas.plans,
			create: false,
			identifier_field: 'title',
		},
		{
			name: 'legal',
			label: 'Văn bản',
			label_singular: 'Văn bản',
			description:
				'Văn bản pháp lý, kế hoạch cấp trên, báo cáo. Chỉ ghi thông tin có trong văn bản; điều gì không rõ thì chọn trong ô "Thông tin nguồn không ghi".',
			folder: COLLECTION_FILES.legal.base,
			extension: 'yaml',
			schema: schemas.legal,
			create: true,
			slug: '{{slug}}',
			identifier_field: 'title',
		},
	];
}

/** Options that depend on where the CMS runs, not on the content. */
export interface CmsConfigOptions {
	/** decap-server address for local editing (`npm run cms`). */
	localBackendUrl?: string;
	/** Public address of the site, for "view live" links. */
	siteUrl: string;
	/** `npm run cms -- --workflow`: the editorial workflow on decap-server's git mode (see cms/backend.ts). */
	localWorkflow?: boolean;
}

/** The whole Decap config. */
export function buildCmsConfig(site: SiteConfig, options: CmsConfigOptions) {
	const extra: ExtraLabels = Object.fromEntries(site.localities.map((locality) => [locality.id, locality.name]));
	const collections = collectionSpecs(site).map((spec) => {
		const fields = toDecapFields(inputJsonSchema(spec.schema), extra);
		return {
			name: spec.name,
			label: spec.label,
			label_singular: spec.label_singular,
			description: spec.description,
			folder: spec.folder,
			extension: spec.extension,
			format: spec.extension === 'md' ? 'yaml-frontmatter' : 'yaml',
			create: spec.create,
			delete: spec.name !== 'plans',
			...(spec.slug ? { slug: spec.slug } : {}),
			...(spec.identifier_field ? { identifier_field: spec.identifier_field } : {}),
			...(spec.summary ? { summary: spec.summary } : {}),
			...(spec.sortable_fields ? { sortable_fields: spec.sortable_fields } : {}),
			...(spec.media_folder ? { media_folder: spec.media_folder, public_folder: spec.public_folder } : {}),
			fields: spec.body ? [...fields, BODY_FIELD] : fields,
		};
	});
	const settings = {
		name: 'settings',
		label: 'Cài đặt cổng',
		description: 'Tên cổng, địa bàn, cơ quan vận hành, liên hệ, giấy phép, kho nội dung.',
		delete: false,
		files: [
			{
				name: 'site',
				label: 'Danh tính cổng thông tin',
				file: 'content/site.yaml',
				format: 'yaml',
				fields: toDecapFields(inputJsonSchema(siteSchema), extra),
			},
		],
	};
	return {
		locale: 'vi',
		...backendSettings(site, { localWorkflow: options.localWorkflow ?? false }),
		...(options.localBackendUrl ? { local_backend: { url: options.localBackendUrl, allowed_hosts: ['localhost', '127.0.0.1'] } } : {}),
		site_url: options.siteUrl,
		display_url: options.siteUrl,
		logo_url: '/favicon.svg',
		media_folder: MEDIA_FOLDER,
		public_folder: '/media',
		slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
		collections: [...collections, settings],
	};
}
