import { z } from 'astro/zod';
import { checkUnknownFields, documentMetadataShape } from './document';
import { anchor, calendarDate, choice, label, locality, requiredText, slug, text, year } from './fields';
import type { SchemaTools } from './tools';

/** A target (chỉ tiêu) as the plan states it; its dataset is built from this, never typed twice. */
export const targetSchema = z
	.object({
		/** Id within the plan; the dataset URL is `/so-lieu/<plan>-<id>/`. */
		id: slug().meta(label('Mã chỉ tiêu', 'chữ thường không dấu, duy nhất trong kế hoạch')),
		/** Short name of what is counted. */
		label: requiredText().meta(label('Tên chỉ tiêu')),
		/** The plan's own words for the target. */
		statement: requiredText().meta(label('Nguyên văn trong kế hoạch', undefined, { widget: 'text' })),
		/** Count, percentage or "x of y". */
		kind: choice('targetKinds').meta(label('Loại chỉ tiêu')),
		/** The figure: a count, a percentage (0–100) or the x of "x/y". */
		value: z.number().min(0).meta(label('Giá trị')),
		/** Words the plan puts around the figure ("phấn đấu", "trên", "ít nhất"), shown with it everywhere. */
		qualifiers: z
			.array(choice('targetQualifiers'))
			.default([])
			.meta(label('Cách ghi mục tiêu', 'đúng như kế hoạch viết: "trên 50%", "ít nhất 02", "phấn đấu"')),
		/** The y of "x/y" (ratio targets only). */
		denominator: z.number().int().positive().optional().meta(label('Mẫu số (chỉ với x/y)')),
		/** Unit as the plan writes it ("lượt người", "đội", "xã, phường"). */
		unit: requiredText().meta(label('Đơn vị')),
		/** Section anchor of the plan where the target stands. */
		section: anchor().meta(label('Mục', 'ví dụ muc-2-4')),
		/** Id of the target this one is part of (e.g. 750 of the 900). */
		partOf: slug().optional().meta(label('Thuộc chỉ tiêu')),
		/** True for a headline figure shown on the home page. */
		headline: z.boolean().default(false).meta(label('Chỉ tiêu nổi bật')),
		/** True when the target counts news items a week: the cadence page counts the portal's news against it, in its place and year. */
		newsPerWeek: z
			.boolean()
			.default(false)
			.meta(label('Chỉ tiêu số tin, bài mỗi tuần', 'trang Nhịp đăng tin so số tin của cổng với chỉ tiêu này')),
	})
	.superRefine((target, ctx) => {
		if (target.kind === 'percent' && target.value > 100) {
			ctx.addIssue({ code: 'custom', path: ['value'], message: `tỷ lệ ${target.value}% vượt quá 100%` });
		}
		if (target.newsPerWeek && target.kind !== 'count') {
			ctx.addIssue({ code: 'custom', path: ['newsPerWeek'], message: 'chỉ tiêu số tin mỗi tuần phải là chỉ tiêu số lượng' });
		}
		if (new Set(target.qualifiers).size !== target.qualifiers.length) {
			ctx.addIssue({ code: 'custom', path: ['qualifiers'], message: 'cách ghi bị lặp' });
		}
		if (target.kind === 'count' && !Number.isInteger(target.value)) {
			ctx.addIssue({ code: 'custom', path: ['value'], message: 'chỉ tiêu số lượng phải là số nguyên' });
		}
		if (target.kind === 'ratio') {
			if (target.denominator === undefined) {
				ctx.addIssue({ code: 'custom', path: ['denominator'], message: 'chỉ tiêu x/y cần mẫu số' });
			} else if (target.value > target.denominator) {
				ctx.addIssue({
					code: 'custom',
					path: ['value'],
					message: `${target.value}/${target.denominator}: tử số lớn hơn mẫu số`,
				});
			}
		} else if (target.denominator !== undefined) {
			ctx.addIssue({ code: 'custom', path: ['denominator'], message: 'chỉ chỉ tiêu x/y mới có mẫu số' });
		}
	});

/** One agency's duties under "Tổ chức thực hiện". */
export const responsibilitySchema = z.object({
	/** The agency as the plan names it. */
	agency: requiredText().meta(label('Cơ quan, đơn vị')),
	/** True when the plan requests (đề nghị) rather than assigns: Party bodies and the Front are not under the people's committee. */
	requested: z.boolean().default(false).meta(label('Đề nghị phối hợp (không phải giao nhiệm vụ)')),
	/** Section anchor of its paragraph. */
	section: anchor().meta(label('Mục')),
	/** Its duties, in the plan's words. */
	duties: z.array(requiredText()).min(1).meta(label('Nhiệm vụ')),
});

/** One repair of PDF-extraction damage, shown to readers as an editorial note. */
export const repairSchema = z.object({
	/** The damaged text exactly as the source has it. */
	before: z.string().min(1).meta(label('Trong bản nguồn')),
	/** What the published text has instead. */
	after: z.string().meta(label('Đã sửa thành')),
	/** Section anchor where it stands. */
	section: anchor().meta(label('Mục')),
	/** Why, when it is not plain missing letters. */
	note: text().optional().meta(label('Ghi chú')),
});

/** A plan (kế hoạch): metadata, targets, duties and the declared repairs of its text. */
export function planSchema(tools: Pick<SchemaTools, 'reference' | 'localityIds'>) {
	return z
		.object({
			...documentMetadataShape(tools),
			/** Plans are always of type kế hoạch. */
			type: z
				.literal('ke-hoach')
				.default('ke-hoach')
				.meta(label('Loại văn bản', undefined, { widget: 'hidden' })),
			/** The locality the plan is for. */
			locality: locality(tools.localityIds).meta(label('Địa bàn')),
			/** The year the plan covers. */
			year: year().meta(label('Năm kế hoạch')),
			/** One sentence for lists and link previews; factual, not a summary of provisions. */
			description: requiredText().meta(label('Mô tả ngắn', undefined, { widget: 'text' })),
			/** Targets (chỉ tiêu). */
			targets: z
				.array(targetSchema)
				.default([])
				.meta(label('Chỉ tiêu', undefined, { summary: '{{fields.label}}' })),
			/** Duties by agency from "Tổ chức thực hiện". */
			responsibilities: z.array(responsibilitySchema).default([]).meta(label('Tổ chức thực hiện')),
			/** Nơi nhận, one line each as printed. */
			recipients: z.array(requiredText()).default([]).meta(label('Nơi nhận')),
			/** Lines at the top of the source file that are a catalogue's metadata, not the document (shown in the metadata panel instead). */
			sourceMetadataLines: z.number().int().min(0).default(0).meta(label('Số dòng thuộc tính ở đầu tệp nguồn')),
			/** The source text kept as received, under `content/sources/`. */
			sourceFile: z
				.string()
				.regex(/^[a-z0-9-]+\.txt$/u, 'tên tệp nguồn dạng ten-tep.txt trong content/sources/')
				.meta(label('Tệp văn bản gốc', 'tên tệp trong content/sources/', { example: 'ke-hoach-mau.txt' })),
			/** True when the available text stops before the end of the document. */
			truncated: z.boolean().default(false).meta(label('Văn bản nguồn bị thiếu phần cuối')),
			/** Where the available text stops, for the notice on the page. */
			truncatedAfter: anchor().optional().meta(label('Văn bản dừng ở mục')),
			/** Repairs of extraction damage, each shown to readers. */
			repairs: z
				.array(repairSchema)
				.default([])
				.meta(label('Chỗ sửa lỗi trích xuất', undefined, { summary: 'Sửa thành: {{fields.after}}' })),
			/** Day the plan was first published on this portal. */
			published: calendarDate().meta(label('Ngày đăng lên cổng')),
			/** Day its page last changed in substance. */
			updated: calendarDate().optional().meta(label('Ngày cập nhật')),
		})
		.superRefine(checkUnknownFields)
		.superRefine((plan, ctx) => {
			const ids = new Set<string>();
			plan.targets.forEach((target, index) => {
				if (ids.has(target.id)) {
					ctx.addIssue({ code: 'custom', path: ['targets', index, 'id'], message: `mã chỉ tiêu "${target.id}" bị trùng` });
				}
				ids.add(target.id);
			});
			plan.targets.forEach((target, index) => {
				if (target.partOf !== undefined && !ids.has(target.partOf)) {
					ctx.addIssue({
						code: 'custom',
						path: ['targets', index, 'partOf'],
						message: `không có chỉ tiêu "${target.partOf}" trong kế hoạch này`,
					});
				}
			});
			if (plan.truncated !== (plan.truncatedAfter !== undefined)) {
				ctx.addIssue({ code: 'custom', path: ['truncatedAfter'], message: 'văn bản thiếu phần cuối thì ghi mục cuối cùng còn có' });
			}
		});
}
