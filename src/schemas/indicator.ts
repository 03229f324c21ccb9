import { z } from 'astro/zod';
import { choice, label, slug, SLUG_HINT, text, year } from './fields';
import type { SchemaTools } from './tools';

/** A reporting period: a quarter, a half-year or a year. */
export const periodSchema = z
	.object({
		/** Quarter, half-year or year. */
		kind: choice('periodKinds').meta(label('Kỳ báo cáo')),
		/** The year. */
		year: year().meta(label('Năm')),
		/** Quarter 1–4 or half 1–2; absent for a year. */
		index: z.number().int().min(1).max(4).optional().meta(label('Quý (1–4) hoặc nửa năm (1–2)')),
	})
	.superRefine((period, ctx) => {
		const max = period.kind === 'quy' ? 4 : period.kind === '6-thang' ? 2 : 0;
		if (max === 0 && period.index !== undefined) {
			ctx.addIssue({ code: 'custom', path: ['index'], message: 'kỳ năm không có số thứ tự' });
		}
		if (max > 0 && (period.index === undefined || period.index > max)) {
			ctx.addIssue({ code: 'custom', path: ['index'], message: `kỳ này cần số thứ tự từ 1 đến ${max}` });
		}
	});

/**
 * Results editors report for one target of one plan. The target itself lives in
 * the plan; this file holds only observations, each with its own source.
 */
export function indicatorSchema(tools: Pick<SchemaTools, 'reference'>) {
	return z.object({
		/** The plan that sets the target. */
		plan: tools.reference('plans').meta(label('Kế hoạch', undefined, { widget: 'relation', collection: 'plans' })),
		/** The target's id in that plan. */
		target: slug().meta(label('Chỉ tiêu', 'chọn trong các chỉ tiêu của kế hoạch đã chọn ở trên', { ...SLUG_HINT, widget: 'target' })),
		/** Reported results. */
		observations: z
			.array(
				z.object({
					/** The period reported. */
					period: periodSchema.meta(label('Kỳ')),
					/** The figure: a count, a percentage, or the x of "x/y". */
					value: z.number().min(0).meta(label('Kết quả')),
					/** The y of "x/y", when the target is a ratio. */
					denominator: z.number().int().positive().optional().meta(label('Mẫu số (x/y)')),
					/** The report that gives the figure. */
					source: tools
						.reference('legal')
						.meta(label('Văn bản báo cáo', 'thêm báo cáo vào mục Văn bản trước', { widget: 'relation', collection: 'legal' })),
					/** Where in that report. */
					sourceSection: text().optional().meta(label('Vị trí trong báo cáo')),
					/** A note on the figure. */
					note: text().optional().meta(label('Ghi chú')),
				}),
			)
			.min(1)
			// The period's kind is a vocabulary key a template cannot translate: the year and the figure name an item.
			.meta(label('Kết quả báo cáo', undefined, { summary: 'Báo cáo năm {{fields.period.year}}: kết quả {{fields.value}}' })),
	});
}
