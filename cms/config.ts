/**
 * The Decap CMS configuration, generated from the content model and the site
 * config. Served as `/admin/config.yml`; never edited by hand.
 */
import type { z } from 'astro/zod';
import { routes } from '../src/lib/routes';
import {
	COLLECTION_NAMES,
	COLLECTIONS,
	collectionSchemas,
	standaloneTools,
	type CollectionDefinition,
	type CollectionName,
} from '../src/schemas/collections';
import { siteSchema, type SiteConfig } from '../src/schemas/site';
import { UPLOAD_FOLDERS } from '../src/schemas/uploads';
import { backendSettings } from './backend';
import { inputJsonSchema, toDecapFields, type DecapField, type ExtraLabels } from './fields';

/** Uploads: images for news go beside the content so the build can resize them; documents are published as they are. */
export const MEDIA_FOLDER = UPLOAD_FOLDERS.images.folder;

const BODY_FIELD: DecapField = {
	name: 'body',
	label: 'Nội dung',
	widget: 'markdown',
	hint: 'Gõ tiếng Việt bình thường (Telex, VNI). Chữ đậm **như thế này**, danh sách bắt đầu bằng dấu gạch ngang. Mã HTML sẽ hiện ra như chữ.',
	// Markdown (raw) mode only: the rich-text mode duplicates letters typed with Vietnamese input methods.
	modes: ['raw'],
	editor_components: [],
};

/** One Decap folder collection per collection of the registry that the CMS offers, in registry order. */
function folderCollections(site: SiteConfig, extra: ExtraLabels) {
	const schemas: Partial<Record<CollectionName, z.ZodType>> = collectionSchemas(
		standaloneTools(site.localities.map((locality) => locality.id)),
	);
	return COLLECTION_NAMES.flatMap((name) => {
		const definition: CollectionDefinition = COLLECTIONS[name];
		const cms = definition.cms;
		const schema = schemas[name];
		if (!cms || !schema) return [];
		const fields = toDecapFields(inputJsonSchema(schema), extra);
		const isMarkdown = definition.format === 'md';
		return [
			{
				name,
				label: cms.label,
				label_singular: cms.labelSingular,
				description: cms.description,
				folder: definition.base,
				extension: isMarkdown ? 'md' : 'yaml',
				format: isMarkdown ? 'yaml-frontmatter' : 'yaml',
				create: cms.create,
				delete: cms.delete,
				...(cms.slug ? { slug: cms.slug } : {}),
				...(cms.identifierField ? { identifier_field: cms.identifierField } : {}),
				...(cms.summary ? { summary: cms.summary } : {}),
				...(cms.sortableFields ? { sortable_fields: cms.sortableFields } : {}),
				...(cms.media ? { media_folder: cms.media.folder, public_folder: cms.media.public } : {}),
				fields: isMarkdown ? [...fields, cms.bodyOptional ? { ...BODY_FIELD, required: false } : BODY_FIELD] : fields,
			},
		];
	});
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
	const collections = folderCollections(site, extra);
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
		logo_url: routes.favicon,
		media_folder: MEDIA_FOLDER,
		public_folder: '/media',
		slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
		collections: [...collections, settings],
	};
}
