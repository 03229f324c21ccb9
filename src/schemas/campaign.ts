import { z } from 'astro/zod';
import { claimSchema, planQuoteSchema } from './claim';
import { choice, label, monthDay, requiredText, text, year } from './fields';
import type { SchemaTools } from './tools';
import { extensionPattern, UPLOAD_FOLDERS } from './uploads';

const materials = UPLOAD_FOLDERS.materials;

/** A downloadable material. */
export function materialSchema() {
	return z.object({
		/** Title of the material. */
		title: requiredText().meta(label('Tên tài liệu')),
		/** The file, uploaded into `public/tai-lieu/` and published as it is (`/tai-lieu/ten-tep.pdf`). */
		file: z
			.string()
			.regex(
				new RegExp(`^${materials.url}/[\\w.-]+${extensionPattern(materials.extensions)}`, 'u'),
				'tệp tải lên thư mục /tai-lieu/, định dạng PDF, DOCX, TXT, JPEG, PNG, WebP hoặc MP3',
			)
			.meta(
				label('Tệp', 'PDF, DOCX, TXT, ảnh hoặc MP3, tối đa 8 MB', {
					widget: 'file',
					mediaFolder: `/${materials.folder}`,
					publicFolder: materials.url,
					example: `${materials.url}/vi-du.pdf`,
				}),
			),
		/** File format. */
		format: choice('materialFormats').meta(label('Định dạng')),
		/** Who it is for. */
		audience: z.array(choice('audiences')).default([]).meta(label('Dành cho')),
		/** Its licence; every material states one. */
		licence: choice('licences').default('CC-BY-4.0').meta(label('Giấy phép')),
	});
}

/** A campaign (chiến dịch truyền thông) that recurs every year, with its yearly editions. */
export function campaignSchema(tools: Pick<SchemaTools, 'reference'>) {
	const claim = claimSchema(tools);
	return z
		.object({
			/** Name of the campaign. */
			title: requiredText().meta(label('Tên chiến dịch')),
			/** One sentence on what it is, with its source (a plan line or a national day). */
			description: claim.meta(label('Mô tả ngắn')),
			/** First day each year. */
			start: monthDay().meta(label('Ngày bắt đầu hằng năm', 'TT-NN, ví dụ 06-01')),
			/** Last day each year (may be in the next year, as 10/11–10/12 is not). */
			end: monthDay().meta(label('Ngày kết thúc hằng năm', 'TT-NN, ví dụ 06-30')),
			/** The plan lines that ask for it, quoted. */
			basis: z
				.array(planQuoteSchema(tools))
				.default([])
				.meta(label('Kế hoạch nêu chiến dịch này', undefined, { summary: 'Trích: {{fields.quote}}' })),
			/** Who it speaks to. */
			audiences: z.array(choice('audiences')).min(1).meta(label('Đối tượng')),
			/** Key messages, each with the plan line it comes from. */
			messages: z.array(claim).min(1).meta(label('Thông điệp chính', 'mỗi thông điệp một câu, kèm nguồn')),
			/** Activities for schools, by level; each with the plan line that asks for it. */
			schoolActivities: z
				.array(
					z.object({
						/** School level; `truong-hoc` when the plan names no level. */
						level: choice('schoolLevels').meta(label('Cấp học')),
						/** What the plans ask of schools at that level. */
						activities: z.array(claim).min(1).meta(label('Hoạt động')),
					}),
				)
				.default([])
				// The level is a vocabulary key a template cannot translate: its first activity names the item.
				.meta(label('Hoạt động cho nhà trường', undefined, { summary: 'Hoạt động: {{fields.activities.0.text}}' })),
			/** The script for the commune loudspeakers (loa truyền thanh), one paragraph per item, each with its source. */
			loudspeakerScript: z
				.array(claim)
				.min(1)
				.meta(label('Bài phát thanh trên loa truyền thanh', 'mỗi đoạn một mục: câu ngắn, dễ đọc to, kèm nguồn')),
			/** Downloadable materials uploaded by editors. */
			materials: z.array(materialSchema()).default([]).meta(label('Tài liệu tải về')),
			/** Yearly editions; dates default to the yearly ones, themes only where a source gives one. */
			editions: z
				.array(
					z.object({
						/** The year. */
						year: year().meta(label('Năm')),
						/** Official theme, only when a source gives it. */
						theme: text().optional().meta(label('Chủ đề năm (nếu có văn bản nêu)')),
						/** Where the theme comes from. */
						themeSource: tools
							.reference('legal')
							.optional()
							.meta(label('Văn bản nêu chủ đề', undefined, { widget: 'relation', collection: 'legal' })),
						/** Plans that ask for this edition. */
						plans: z
							.array(tools.reference('plans').meta(label('Kế hoạch', undefined, { widget: 'relation', collection: 'plans' })))
							.default([])
							.meta(label('Kế hoạch yêu cầu')),
					}),
				)
				.default([])
				.meta(label('Các năm tổ chức', undefined, { summary: 'Năm {{fields.year}}' })),
		})
		.superRefine((campaign, ctx) => {
			const years = new Set<number>();
			campaign.editions.forEach((edition, index) => {
				if (years.has(edition.year)) {
					ctx.addIssue({ code: 'custom', path: ['editions', index, 'year'], message: `năm ${edition.year} bị lặp` });
				}
				years.add(edition.year);
				if (edition.theme !== undefined && edition.themeSource === undefined) {
					ctx.addIssue({
						code: 'custom',
						path: ['editions', index, 'themeSource'],
						message: 'chủ đề năm phải kèm văn bản nêu chủ đề đó',
					});
				}
			});
		});
}
