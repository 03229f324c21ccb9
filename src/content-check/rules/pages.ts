import { PAGES_WITH_OWN_ROUTE } from '../../schemas/page';
import type { CrossFileRule } from '../context';
import { entryFile } from '../context';

/** The pages the site's own routes show (about, accessibility statement, help) are in the content. */
export const ownRoutePagesExist: CrossFileRule = ({ idsOf }) =>
	PAGES_WITH_OWN_ROUTE.filter((id) => !idsOf('pages').has(id)).map((id) => ({
		severity: 'error' as const,
		file: entryFile('pages', id),
		message: 'thiếu trang này: cổng nào cũng cần nó (trang có đường dẫn riêng)',
	}));
