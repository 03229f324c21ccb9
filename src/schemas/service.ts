import { z } from 'astro/zod';
import { claimSchema, planQuoteSchema } from './claim';
import { choice, label, locality, phone, requiredText, text } from './fields';
import type { SchemaTools } from './tools';

/**
 * A place or team that helps, as the plans name it. What it does is told in claims,
 * each with the plan line it comes from; contact fields stay empty until editors
 * fill them from a real source. Bodies appear only where a plan assigns them a duty.
 */
export function serviceSchema(tools: Pick<SchemaTools, 'reference' | 'localityIds'>) {
	const claim = claimSchema(tools);
	return z.object({
		/** Name as the plan gives it. */
		name: requiredText().meta(label('Tên')),
		/** Kind of service. */
		kind: choice('serviceKinds').meta(label('Loại')),
		/** Locality it serves. */
		locality: locality(tools.localityIds).meta(label('Địa bàn')),
		/** What the plans say of it, one sentence per claim, each with its source. */
		description: z.array(claim).min(1).meta(label('Kế hoạch nói gì về nơi này', 'mỗi câu một nguồn')),
		/** Where people go first to ask about voluntary rehabilitation: /ho-tro/ opens with it. */
		firstContact: z
			.boolean()
			.default(false)
			.meta(label('Nơi hỏi đầu tiên về cai nghiện tự nguyện', 'chỉ khi kế hoạch nêu đây là nơi hướng dẫn, tiếp nhận')),
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
		/** Who may use it, with its source. */
		eligibility: claim.optional().meta(label('Ai được sử dụng')),
		/** How to be referred or admitted, with its source. */
		referral: claim.optional().meta(label('Cách được hướng dẫn, tiếp nhận')),
		/**
		 * Duties the plans assign about it: each names a section of "Tổ chức thực hiện"
		 * (the plan's responsibilities), which gives the agency, and quotes the duty.
		 */
		duties: z
			.array(planQuoteSchema(tools))
			.default([])
			.meta(
				label('Nhiệm vụ của cơ quan theo kế hoạch', 'mục thuộc phần tổ chức thực hiện; để trống khi kế hoạch không giao', {
					summary: 'Nhiệm vụ: {{fields.quote}}',
				}),
			),
	});
}
