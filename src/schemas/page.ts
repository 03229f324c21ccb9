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

/**
 * Pages with a route of their own in `src/pages/`, which add computed parts to their text:
 * every portal has them (the content check refuses a content folder without one).
 */
export const PAGES_WITH_OWN_ROUTE = ['gioi-thieu', 'tuyen-bo-tiep-can', 'ho-tro'] as const;
