import { z } from 'astro/zod';
import { calendarDate, instant, label, locality, requiredText, text } from './fields';
import { slugify } from '../lib/slug';
import type { SchemaTools } from './tools';
import { extensionPattern, UPLOAD_FOLDERS } from './uploads';

/** The words of a picture. Built once: Astro builds the picture schema for every news file. */
const pictureText = {
	/** What the picture shows, for screen readers and when it does not load. Required. */
	alt: requiredText().meta(
		label('Mô tả ảnh (bắt buộc)', 'tả ngắn điều ảnh cho thấy, ví dụ: Cán bộ xã nói chuyện với học sinh trong sân trường'),
	),
	/** Caption shown under the picture. */
	caption: text().optional().meta(label('Chú thích')),
	/** Who took it. */
	credit: text().optional().meta(label('Nguồn ảnh')),
};

/** Formats the image pipeline reads; HEIC gets a message of its own. */
const PICTURE_FORMAT = new RegExp(extensionPattern(UPLOAD_FOLDERS.images.extensions), 'iu');
const PICTURE_FORMAT_MESSAGE =
	'chỉ nhận ảnh JPEG, PNG, WebP hoặc AVIF; ảnh HEIC của iPhone hãy chuyển sang JPEG (hoặc đặt máy chụp ở chế độ "Tương thích nhất") rồi tải lại';

/** A picture with the text that replaces it for people who cannot see it. */
export function pictureSchema({ image }: Pick<SchemaTools, 'image'>) {
	return z.object({
		/** The image file, uploaded through the CMS into `content/media/`; formats the pipeline reads. */
		src: z
			.string()
			.regex(PICTURE_FORMAT, PICTURE_FORMAT_MESSAGE)
			// image() is typed by its output (image metadata) though it reads a path.
			.pipe(image() as unknown as z.ZodType<z.output<ReturnType<typeof image>>, string>)
			.meta(label('Ảnh', 'JPEG, PNG hoặc WebP; không đăng ảnh có mặt, tên người đang cai nghiện', { widget: 'image' })),
		...pictureText,
	});
}

/**
 * The fields of a news item that do not depend on Astro's per-file `image()`.
 * Astro calls a collection's schema function once per entry, so these are
 * built once and only the picture is added per file (see content.config.ts).
 */
export function newsFieldsSchema(tools: Pick<SchemaTools, 'reference' | 'localityIds'>) {
	return z.object({
		/** Headline. */
		title: requiredText().meta(label('Tiêu đề')),
		/** Lead paragraph (sapo), shown in lists, feeds and link previews. */
		description: requiredText({ max: 300 }).meta(label('Sapo', 'một hai câu tóm tắt tin', { widget: 'text' })),
		/**
		 * Posting date (or date-time with +07:00): when the item is published on the portal, never
		 * the date of what it reports. Lists, the feed and the weekly cadence use it; an item is
		 * not published before it.
		 */
		date: instant().meta(
			label('Ngày đăng', 'ngày tin được đăng lên cổng (không phải ngày của sự việc); tin đặt ngày sau sẽ tự xuất hiện đúng ngày', {
				widget: 'date',
			}),
		),
		/** The day of the event the item reports, when it is earlier than the posting date (a plan issued in 2022). */
		eventDate: calendarDate()
			.optional()
			.meta(label('Ngày của sự việc', 'khi tin kể lại việc đã xảy ra trước ngày đăng, ví dụ ngày văn bản được ban hành')),
		/** Unit or author that wrote it. */
		author: requiredText().meta(label('Đơn vị, tác giả')),
		/** Locality the item is about. */
		locality: locality(tools.localityIds).optional().meta(label('Địa bàn')),
		/** Topics, in Vietnamese; each gets a page under /tin-tuc/chu-de/. */
		tags: z
			.array(
				// The topic's page address is made of its letters and digits: one of punctuation only would have none.
				requiredText().refine((tag) => slugify(tag) !== '', 'chủ đề phải có ít nhất một chữ hoặc số (tên chủ đề làm địa chỉ trang của nó)'),
			)
			.default([])
			.meta(label('Chủ đề')),
		/** Plans the item is about. */
		plans: z
			.array(tools.reference('plans').meta(label('Kế hoạch', undefined, { widget: 'relation', collection: 'plans' })))
			.default([])
			.meta(label('Kế hoạch liên quan')),
		/** Campaign the item belongs to. */
		campaign: tools
			.reference('campaigns')
			.optional()
			.meta(label('Chiến dịch liên quan', undefined, { widget: 'relation', collection: 'campaigns' })),
	});
}

/** Drafts are never published. */
const draft = z.boolean().default(false).meta(label('Bản nháp'));

/** The fields added per file: the lead picture (it needs the file's `image()`), then the draft switch. */
export function newsPictureFields(tools: Pick<SchemaTools, 'image'>) {
	return {
		/** Lead picture. */
		image: pictureSchema(tools).optional().meta(label('Ảnh đại diện')),
		draft,
	};
}

/** A news item (tin tức), one Markdown file per item; the body is the file's Markdown. */
export function newsSchema(tools: Pick<SchemaTools, 'image' | 'reference' | 'localityIds'>) {
	return newsFieldsSchema(tools).extend(newsPictureFields(tools));
}
