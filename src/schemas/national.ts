import { z } from 'astro/zod';
import { choice, label, phone, requiredText, text } from './fields';

/**
 * A national fact the portal may state without a plan (the brief allows only
 * well-established public ones: the emergency numbers 111, 113, 115, 26/6, and
 * the HIV/AIDS action month). Each says where it comes from; claims cite it.
 */
export const nationalFactSchema = z
	.object({
		/** Its name: "Công an", "Ngày quốc tế và Ngày toàn dân phòng, chống ma túy". */
		title: requiredText().meta(label('Tên')),
		/** A phone line or a national day or month. */
		kind: choice('nationalFactKinds').meta(label('Loại')),
		/** The number as dialled (phone lines only). */
		phone: phone().optional().meta(label('Số điện thoại')),
		/** The name where space is short (the help strip on every page). */
		short: text().optional().meta(label('Tên ngắn')),
		/** Shown in the help strip at the top of every page (113 and 115: not the child line). */
		everyPage: z.boolean().default(false).meta(label('Hiện ở dải "Cần giúp ngay" trên mọi trang')),
		/** Place in lists: lower first. */
		order: z.number().int().default(0).meta(label('Thứ tự')),
		/** The fact, in one sentence; claims citing this entry may use its words and figures. */
		statement: requiredText().meta(label('Nội dung', undefined, { widget: 'text' })),
		/** Where the fact comes from. */
		source: requiredText().meta(label('Nguồn', 'thông tin công khai nào nêu điều này', { widget: 'text' })),
	})
	.superRefine((fact, ctx) => {
		if (fact.kind === 'so-dien-thoai' && fact.phone === undefined) {
			ctx.addIssue({ code: 'custom', path: ['phone'], message: 'số điện thoại quốc gia cần số để gọi' });
		}
		if (fact.kind !== 'so-dien-thoai' && fact.phone !== undefined) {
			ctx.addIssue({ code: 'custom', path: ['phone'], message: 'chỉ số điện thoại mới có số để gọi' });
		}
	});
