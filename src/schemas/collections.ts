import { z } from 'astro/zod';
import { campaignSchema } from './campaign';
import { indicatorSchema } from './indicator';
import { legalSchema } from './legal';
import { nationalFactSchema } from './national';
import { newsFieldsSchema, newsPictureFields, newsSchema } from './news';
import { pageSchema } from './page';
import { planSchema } from './plan';
import { serviceSchema } from './service';
import type { SchemaTools } from './tools';
import { UPLOAD_FOLDERS } from './uploads';

/** How the CMS offers a collection: Decap's collection options, in the editors' words. */
export interface CollectionCms {
	/** Name in the CMS sidebar. */
	label: string;
	/** Name of one entry ("Tin", "Văn bản"). */
	labelSingular: string;
	/** What editors keep there, shown above the list. */
	description: string;
	/** Whether editors may add entries (plans are added with their full text, as files). */
	create: boolean;
	/** Whether editors may delete entries. */
	delete: boolean;
	/** Decap's rule for a new file's name; absent for collections editors do not create. */
	slug?: string;
	/** The field Decap names entries by, when it is not `title`. */
	identifierField?: string;
	/** How an entry reads in the list. */
	summary?: string;
	/** Fields the list can be sorted by. */
	sortableFields?: string[];
	/** Folder and path for pictures uploaded from this collection's entries. */
	media?: { folder: string; public: string };
	/** Markdown collections whose entries may have no body (a page made of its sections). */
	bodyOptional?: boolean;
}

/** One collection: where its files are, the schema each file must pass, and how the CMS offers it. */
export interface CollectionDefinition {
	/** Folder, relative to the project root. */
	base: string;
	/** The files of the collection inside `base`. */
	pattern: string;
	/** `yaml` for data files, `md` for Markdown with front matter, `mdx` for plan texts. */
	format: 'yaml' | 'md' | 'mdx';
	/** The schema, built with the given tools (Astro's in the build, stand-ins elsewhere); absent for plan texts. */
	schema?: (tools: SchemaTools) => z.ZodType;
	/** The field that names an entry in pickers and lists. */
	displayField?: string;
	/** Other fields a picker finds an entry by (a document's số hiệu: "146", "363/KH-UBND"). */
	searchFields?: string[];
	/** Absent when editors change the files outside the CMS. */
	cms?: CollectionCms;
}

/**
 * Every collection of the content model, once. `content.config.ts`, the CMS config and the
 * content check loop over this; a collection added here is read, offered and checked everywhere.
 * Order is the CMS sidebar's.
 */
export const COLLECTIONS = {
	news: {
		base: 'content/news',
		pattern: '**/*.md',
		format: 'md',
		schema: newsSchema,
		displayField: 'title',
		cms: {
			label: 'Tin tức',
			labelSingular: 'Tin',
			description: 'Tin hằng tuần. Tin đặt ngày sau hôm nay sẽ tự xuất hiện đúng ngày. Xem Hướng dẫn biên tập trước khi đăng ảnh.',
			create: true,
			delete: true,
			// The stored day as written (`{{year}}` would be the UTC day, a day early in Việt Nam before 07:00).
			slug: '{{fields.date}}-{{slug}}',
			summary: '{{date}} · {{title}}',
			sortableFields: ['date', 'title'],
			media: { folder: `/${UPLOAD_FOLDERS.images.folder}`, public: '../media' },
		},
	},
	campaigns: {
		base: 'content/campaigns',
		pattern: '*.yaml',
		format: 'yaml',
		schema: campaignSchema,
		displayField: 'title',
		cms: {
			label: 'Chiến dịch',
			labelSingular: 'Chiến dịch',
			description:
				'Chiến dịch truyền thông hằng năm: thông điệp (mỗi thông điệp ghi nguồn là mục của kế hoạch), hoạt động cho nhà trường, bài phát thanh, tài liệu.',
			create: true,
			delete: true,
			slug: '{{slug}}',
			identifierField: 'title',
		},
	},
	indicators: {
		base: 'content/indicators',
		pattern: '*.yaml',
		format: 'yaml',
		schema: indicatorSchema,
		cms: {
			label: 'Số liệu (kết quả)',
			labelSingular: 'Kết quả của một chỉ tiêu',
			description:
				'Kết quả báo cáo theo quý, 6 tháng, năm cho một chỉ tiêu của kế hoạch. Thêm văn bản báo cáo vào mục Văn bản trước, rồi chọn nó làm nguồn.',
			create: true,
			delete: true,
			slug: '{{fields.plan}}-{{fields.target}}',
			identifierField: 'target',
		},
	},
	services: {
		base: 'content/services',
		pattern: '*.yaml',
		format: 'yaml',
		schema: serviceSchema,
		displayField: 'name',
		cms: {
			label: 'Nơi hỗ trợ',
			labelSingular: 'Nơi hỗ trợ',
			description: 'Cơ sở, đội, điểm hỗ trợ mà kế hoạch nêu. Chỉ điền địa chỉ, điện thoại khi đã được cơ quan có thẩm quyền xác nhận.',
			create: true,
			delete: true,
			slug: '{{slug}}-{{fields.locality}}',
			identifierField: 'name',
		},
	},
	pages: {
		base: 'content/pages',
		pattern: '*.md',
		format: 'md',
		schema: pageSchema,
		displayField: 'title',
		cms: {
			label: 'Trang tĩnh',
			labelSingular: 'Trang',
			description: 'Giới thiệu, tuyên bố tiếp cận, hướng dẫn và các trang khác.',
			create: true,
			delete: true,
			slug: '{{slug}}',
			bodyOptional: true,
		},
	},
	national: {
		base: 'content/national',
		pattern: '*.yaml',
		format: 'yaml',
		schema: () => nationalFactSchema,
		displayField: 'title',
		cms: {
			label: 'Số khẩn cấp, ngày quốc gia',
			labelSingular: 'Số, ngày quốc gia',
			description:
				'Số điện thoại khẩn cấp (113, 115, 111) và ngày, tháng hành động quốc gia mà cổng nêu mà không cần kế hoạch; mỗi mục ghi nguồn của nó.',
			create: true,
			delete: true,
			slug: '{{slug}}',
			identifierField: 'title',
		},
	},
	plans: {
		base: 'content/plans',
		pattern: '*.yaml',
		format: 'yaml',
		schema: planSchema,
		displayField: 'title',
		searchFields: ['number'],
		cms: {
			label: 'Kế hoạch (thuộc tính)',
			labelSingular: 'Kế hoạch',
			description:
				'Thuộc tính, chỉ tiêu, phân công của các kế hoạch. Toàn văn kế hoạch được sửa trong tệp content/plan-texts/, không sửa ở đây; bản nguồn nguyên trạng ở content/sources/.',
			create: false,
			delete: false,
			identifierField: 'title',
		},
	},
	legal: {
		base: 'content/legal',
		pattern: '*.yaml',
		format: 'yaml',
		schema: legalSchema,
		displayField: 'title',
		searchFields: ['number'],
		cms: {
			label: 'Văn bản',
			labelSingular: 'Văn bản',
			description:
				'Văn bản pháp lý, kế hoạch cấp trên, báo cáo. Chỉ ghi thông tin có trong văn bản; điều gì không rõ thì chọn trong ô "Thông tin nguồn không ghi".',
			create: true,
			delete: true,
			slug: '{{slug}}',
			identifierField: 'title',
		},
	},
	/** Full texts of the plans: MDX, edited as files (Decap rewrites Markdown on save and cannot hold MDX). */
	planTexts: { base: 'content/plan-texts', pattern: '*.mdx', format: 'mdx' },
} as const satisfies Record<string, CollectionDefinition>;

export type CollectionName = keyof typeof COLLECTIONS;

/** Collections whose files carry data checked by a schema (all but the plan texts). */
export type DataCollectionName = { [K in CollectionName]: (typeof COLLECTIONS)[K] extends { schema: unknown } ? K : never }[CollectionName];

/** The names of the collections, in registry order. */
export const COLLECTION_NAMES = Object.keys(COLLECTIONS) as CollectionName[];

/** The schema of each data collection, as built by its definition. */
export type CollectionSchemas = { [K in DataCollectionName]: ReturnType<(typeof COLLECTIONS)[K]['schema']> };

/** The validated data of an entry of a collection. */
export type CollectionData<K extends DataCollectionName> = z.output<CollectionSchemas[K]>;

/** The schema of every data collection, built with the given tools. */
export function collectionSchemas(tools: SchemaTools): CollectionSchemas {
	const entries = COLLECTION_NAMES.flatMap((name) => {
		const definition: CollectionDefinition = COLLECTIONS[name];
		return definition.schema ? [[name, definition.schema(tools)]] : [];
	});
	return Object.fromEntries(entries) as CollectionSchemas;
}

/**
 * The news schema for Astro, which calls a collection's schema function once per file to
 * hand it that file's `image()`: the fields that need no picture are built once, and only
 * the picture is added per file (at 10,000 items this is seconds of build).
 */
export function newsAstroSchema(tools: Pick<SchemaTools, 'reference' | 'localityIds'>) {
	const fields = newsFieldsSchema(tools);
	return ({ image }: Pick<SchemaTools, 'image'>) => fields.extend(newsPictureFields({ image }));
}

/**
 * Stand-ins for Astro's `image()` and `reference()`, for reading the same schemas outside
 * Astro (the CMS config, the content check, tests). They read what an editor writes (a
 * path, an id) and give what Astro's give, so the output types are honest: a reference
 * becomes `{ collection, id }`, a picture `{ src }` holding the path as written. Given the
 * ids of each collection, a reference must name one of them.
 */
export function standaloneTools(localityIds: readonly string[], idsOf?: (collection: string) => ReadonlySet<string>): SchemaTools {
	const reference = (collection: string) =>
		z
			.string()
			.superRefine((id, ctx) => {
				if (idsOf && !idsOf(collection).has(id)) ctx.addIssue({ code: 'custom', message: `không có "${id}" trong mục ${collection}` });
			})
			.transform((id) => ({ collection, id }))
			.meta({ cms: { widget: 'relation', collection } });
	const image = () =>
		z
			.string()
			.transform((src) => ({ src }))
			.meta({ cms: { widget: 'image' } });
	return {
		image: image as unknown as SchemaTools['image'],
		reference: reference as unknown as SchemaTools['reference'],
		localityIds: localityIds as [string, ...string[]],
	};
}
