import { z } from 'astro/zod';
import { checkUnknownFields, documentMetadataShape } from './document';
import { label, text } from './fields';
import type { SchemaTools } from './tools';

/**
 * A document the plans rest on or cite (văn bản pháp lý, căn cứ): only the
 * metadata the sources give, with no summary of its provisions.
 */
export function legalSchema(tools: Pick<SchemaTools, 'reference'>) {
	return z
		.object({
			...documentMetadataShape(tools),
			/** Where it applies, as the sources say (e.g. "Toàn quốc", "tỉnh Quảng Ninh"). */
			jurisdiction: text().optional().meta(label('Phạm vi áp dụng')),
		})
		.superRefine(checkUnknownFields);
}
