/**
 * The main sections by name, for breadcrumbs and headings: the same words as the header's
 * `mainSections` (kept literal there so that the client scripts' copy of the table does not
 * change; a test holds the two equal).
 */
export const sections = {
	plans: 'Kế hoạch',
	legalDocuments: 'Văn bản',
	campaigns: 'Chiến dịch',
	news: 'Tin tức',
	datasets: 'Số liệu',
	help: 'Hỗ trợ',
} as const;
