/**
 * The search page's form, as the server renders it. The words its script writes (status, results)
 * are in `ui.search`, which the script bundles; these stay on the server.
 */
export const searchPageUi = {
	title: 'Tìm kiếm',
	description: 'Tìm kế hoạch, văn bản, tin tức, chiến dịch, số liệu và nơi hỗ trợ; gõ có dấu hay không dấu đều được.',
	query: 'Từ khóa',
	queryHint: '(gõ có dấu hay không dấu đều được)',
	filters: 'Lọc và sắp xếp',
	/** The legends of the filter groups. */
	groups: { type: 'Loại nội dung', locality: 'Địa bàn', audience: 'Dành cho' },
	year: 'Năm',
	anyYear: 'Mọi năm',
	sort: 'Sắp xếp',
	sortBy: { relevance: 'Phù hợp nhất', newest: 'Mới nhất', oldest: 'Cũ nhất' },
} as const;
