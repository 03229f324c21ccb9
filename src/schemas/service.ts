import { z } from 'astro/zod';
import { citationSchema } from './document';
import { choice, label, locality, phone, requiredText, text } from './fields';
import type { SchemaTools } from './tools';

/**
 * A place or team that helps, as the plans name it. Contact fields stay empty
 * until editors fill them from a real source; the page then names who the plans
 * make responsible instead.
 */
export function serviceSchema(tools: Pick<SchemaTools, 'reference' | 'localityIds'>) {
	const citation = citationSchema(tools);
	return z.object({
		/** Name as the plan gives it. */
		name: requiredText().meta(label('Tên')),
		/** Kind of service. */
		kind: choice('serviceKinds').meta(label('Loại')),
		/** Locality it serves. */
		locality: locality(tools.localityIds).meta(label('Địa bàn')),
		/** What the plan says it does, in its words. */
		description: requiredText().meta(label('Mô tả theo kế hoạch', undefined, { widget: 'text' })),
		/** How many the plan counts (e.g. 06 điểm tư vấn), when it gives a number. */
		count: z.number().int().positive().optional().meta(label('Số lượng theo kế hoạch')),
		/** Street address. */
		address: text().optional().meta(label('Địa chỉ')),
		/** Phone number, as dialled. */
		phone: phone().optional().meta(label('Điện thoại')),
		/** Opening hours, as a sentence. */
		hours: text().optional().meta(label('Giờ làm việc')),
		/** Map position. */
		location: z
			.object({
				lat: z.number().min(-90).max(90).meta(label('Vĩ độ')),
				lng: z.number().min(-180).max(180).meta(label('Kinh độ')),
			})
			.optional()
			.meta(label('Vị trí trên bản đồ')),
		/** Who may use it. */
		eligibility: text()
			.optional()
			.meta(label('Ai được sử dụng', undefined, { widget: 'text' })),
		/** How to be referred or admitted. */
		referral: text()
			.optional()
			.meta(label('Cách được giới thiệu, tiếp nhận', undefined, { widget: 'text' })),
		/** Who the plans make responsible for it, with where they say so. */
		responsible: z
			.array(
				z.object({
					/** Agency as the plan names it. */
					agency: requiredText().meta(label('Cơ quan')),
					/** Where the plan says so. */
					source: citation.meta(label('Nguồn')),
				}),
			)
			.default([])
			.meta(label('Đơn vị chịu trách nhiệm theo kế hoạch', 'để trống khi kế hoạch không nêu')),
		/** Plan lines that name the service. */
		sources: z.array(citation).min(1).meta(label('Kế hoạch nêu dịch vụ này')),
	});
}
