import { z } from 'astro/zod';
import { claimSchema } from './claim';
import { calendarDate, label, requiredText, slug } from './fields';
import type { SchemaTools } from './tools';

/**
 * A static page (giới thiệu, tuyên bố tiếp cận, hỗ trợ…): Markdown body, title and
 * description, and sections of claims for what the page says about services, rights
 * or figures (the help page's guidance), each sentence with its source.
 */
export function pageSchema(tools: Pick<SchemaTools, 'reference'>) {
	const claim = claimSchema(tools);
	const section = {
		/** Anchor of the section on the page (`#cai-nghien-bat-buoc`); links from other pages land on it. */
		id: slug().meta(label('Mốc của mục', 'chữ thường không dấu, ví dụ cai-nghien-bat-buoc')),
		/** Heading. */
		heading: requiredText().meta(label('Tiêu đề mục')),
		/** What the section says, one sourced sentence per claim. */
		claims: z.array(claim).default([]).meta(label('Các câu', 'mỗi câu một nguồn')),
	};
	return z.object({
		/** Page title. */
		title: requiredText().meta(label('Tiêu đề')),
		/** One sentence for search engines and link previews. */
		description: requiredText().meta(label('Mô tả ngắn', undefined, { widget: 'text' })),
		/** Day the text last changed in substance. */
		updated: calendarDate().optional().meta(label('Ngày cập nhật')),
		/** Sections of sourced sentences, shown after the body, each with its sub-sections. */
		sections: z
			.array(
				z.object({
					...section,
					/** Sub-sections, one level down. */
					subsections: z
						.array(z.object(section))
						.default([])
						.meta(label('Mục con', undefined, { summary: '{{fields.heading}}' })),
				}),
			)
			.default([])
			.meta(label('Các mục có nguồn', undefined, { summary: '{{fields.heading}}' })),
	});
}

/**
 * Pages with a route of their own in `src/pages/`, which add computed parts to their text:
 * every portal has them (the content check refuses a content folder without one).
 */
export const PAGES_WITH_OWN_ROUTE = ['gioi-thieu', 'tuyen-bo-tiep-can', 'ho-tro'] as const;
