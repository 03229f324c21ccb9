import { z } from 'astro/zod';
import { calendarDate, label, requiredText } from './fields';

/** A static page (giới thiệu, tuyên bố tiếp cận…): Markdown body, title and description. */
export const pageSchema = z.object({
	/** Page title. */
	title: requiredText().meta(label('Tiêu đề')),
	/** One sentence for search engines and link previews. */
	description: requiredText().meta(label('Mô tả ngắn', undefined, { widget: 'text' })),
	/** Day the text last changed in substance. */
	updated: calendarDate().optional().meta(label('Ngày cập nhật')),
});

export type PageData = z.output<typeof pageSchema>;
