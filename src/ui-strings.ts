import { routes, type PageKind } from './lib/routes';
/**
 * Every word of the interface, in one place. Content (plans, news…) lives in
 * `content/`; these are the labels around it.
 */
export const ui = {
	skipLink: 'Bỏ qua, đến nội dung chính',
	/** The link under every content page to the operator's contact e-mail. */
	reportError: 'Báo lỗi nội dung trang này',
	homeLink: 'Trang chủ',
	mainNavLabel: 'Các mục chính',
	audienceNavLabel: 'Dành cho',
	breadcrumbLabel: 'Bạn đang ở',
	/** The button that folds the menus on a phone. */
	menu: 'Mục lục',
	search: {
		/** The header's link to the search page, on a phone. */
		link: 'Tìm kiếm',
		label: 'Tìm trên cổng thông tin',
		placeholder: 'Ví dụ: cai nghien tu nguyen',
		button: 'Tìm',
		prompt: 'Nhập từ khóa, có thể gõ không dấu: ví dụ "cai nghien tu nguyen".',
		searching: 'Đang tìm…',
		found: (count: number, query: string) => `Tìm thấy ${count} kết quả${query ? ` cho “${query}”` : ''}.`,
		none: (query: string) => `Không tìm thấy kết quả nào${query ? ` cho “${query}”` : ''}. Thử từ khác, hoặc bỏ bớt bộ lọc.`,
		more: 'Xem thêm kết quả',
		/** What the search page says when the browser runs no script, and where to go instead. */
		noScript:
			'Ô tìm kiếm cần JavaScript, mà trình duyệt của bạn đang tắt JavaScript (hoặc chưa tải được). Các trang sau trả lời những câu hỏi thường gặp:',
		topics: [
			{ href: routes.help, label: 'Cần giúp ngay: số điện thoại khẩn cấp, cần làm gì, hỏi ở đâu' },
			{ href: routes.forFamilies, label: 'Cai nghiện tự nguyện và các hình thức cai nghiện, điều trị' },
			{ href: routes.plans, label: 'Các kế hoạch cai nghiện ma túy và quản lý sau cai' },
			{ href: routes.legalDocuments, label: 'Pháp luật: Luật Phòng, chống ma túy và các văn bản liên quan' },
		],
	},
	help: {
		stripLabel: 'Cần giúp ngay',
		stripText: 'Cần giúp ngay?',
		call: 'Gọi',
		/** Before the three numbers on printed sheets. */
		printed: 'Cần giúp đỡ? Gọi',
		/** The strip's link to the help page: it must say what that page offers. */
		more: 'Cần làm gì, hỏi ở đâu',
	},
	offline: {
		title: 'Lưu để đọc khi không có mạng',
		description: 'Lưu trang hỗ trợ, các trang in của chiến dịch và các kế hoạch trên máy để đọc cả khi không có mạng.',
		lead: 'Ở nơi sóng yếu hay mất mạng, bạn có thể lưu sẵn các trang dưới đây trên máy này để đọc cả khi không có mạng. Khi cổng cập nhật các trang này, bản lưu trên máy cũng được cập nhật vào lần bạn mở cổng có mạng.',
		kept: 'Các trang được lưu',
		help: 'Hỗ trợ: số điện thoại khẩn cấp, cần làm gì, hỏi ở đâu',
		privacy: 'Các trang chỉ lưu trên máy của bạn: cổng không biết ai đã lưu. Bạn có thể xóa bản lưu bất cứ lúc nào trên trang này.',
		noScript: 'Việc lưu trang cần JavaScript, mà trình duyệt của bạn đang tắt JavaScript. Bạn vẫn đọc được các trang trên khi có mạng.',
		save: 'Lưu để đọc khi không có mạng',
		saveAgain: 'Lưu lại (cập nhật ngay)',
		remove: 'Xóa các trang đã lưu',
		saving: 'Đang lưu…',
		saved: (pages: number) => `Đã lưu ${pages} trang trên máy này: khi không có mạng, bạn vẫn mở được các trang trên.`,
		removed: 'Đã xóa các trang đã lưu trên máy này.',
		failed: 'Chưa lưu được. Hãy thử lại khi có mạng.',
		unsupported: 'Trình duyệt này không lưu được trang để đọc khi không có mạng.',
	},
	footer: {
		emergencyHeading: 'Số điện thoại khẩn cấp',
		aboutLink: 'Giới thiệu và liên hệ',
		accessibilityLink: 'Tuyên bố về khả năng tiếp cận',
		feedLink: 'Tin mới qua RSS',
		offlineLink: 'Lưu để đọc khi không có mạng',
		sitemapLink: 'Sơ đồ trang',
		contactHeading: 'Liên hệ',
		licenceHeading: 'Giấy phép',
		licenceText: 'Tin tức, tài liệu truyền thông và số liệu của cổng được phép dùng lại theo giấy phép',
		documentsNote: 'Toàn văn kế hoạch, văn bản là của cơ quan ban hành, đăng lại để tra cứu.',
		demoNotice: (plans: string[]) =>
			`Đây là cổng thông tin trình diễn, dựng từ ${plans.length === 1 ? 'kế hoạch' : 'các kế hoạch'} đã ban hành: ${[plans.slice(0, -1).join(', '), plans.at(-1)].filter(Boolean).join(' và ')}. Chưa có cơ quan nào vận hành cổng này.`,
		operatedBy: 'Cơ quan vận hành:',
		noTracking: 'Cổng không dùng công cụ theo dõi, không tải gì từ trang bên ngoài.',
	},
	contact: {
		address: 'Địa chỉ',
		phone: 'Điện thoại',
		email: 'Thư điện tử',
		accessibilityEmail: 'Báo lỗi tiếp cận',
	},
	emptyState: 'Chưa có nội dung.',
	readMore: 'Xem tất cả',
	notFound: {
		title: 'Không tìm thấy trang',
		lead: 'Địa chỉ này không có trên cổng thông tin, hoặc trang đã được chuyển đi.',
	},
	unknown: 'Không rõ',
	unknownNote: 'nguồn không ghi',
	/** Shown where a document's official text has no address yet. */
	noOfficialText: 'chưa có liên kết đến văn bản chính thức',
} as const;

/** Kinds of content in search results and the type filter, one per kind of page (`pageKind`). */
export const searchTypes = {
	plan: 'Kế hoạch',
	legal: 'Văn bản',
	news: 'Tin tức',
	campaign: 'Chiến dịch',
	data: 'Số liệu',
	help: 'Hỗ trợ',
	agency: 'Cơ quan',
	page: 'Trang',
} as const satisfies Record<PageKind, string>;

/** Main sections, in the header and the footer sitemap. */
export const mainSections = [
	{ href: routes.plans, label: 'Kế hoạch' },
	{ href: routes.legalDocuments, label: 'Văn bản' },
	{ href: routes.campaigns, label: 'Chiến dịch' },
	{ href: routes.news, label: 'Tin tức' },
	{ href: routes.datasets, label: 'Số liệu' },
	{ href: routes.help, label: 'Hỗ trợ' },
] as const;

/** Entry points by audience. */
export const audienceSections = [
	{ href: routes.forFamilies, label: 'Người dân và gia đình' },
	{ href: routes.forSchools, label: 'Nhà trường' },
	{ href: routes.forOfficials, label: 'Cán bộ' },
] as const;

export { audienceUi } from './strings/audience-pages';
export { audiences } from './strings/audiences';
export { campaignsUi } from './strings/campaigns';
export { dataUi } from './strings/data';
export { documentsUi } from './strings/documents';
export { helpUi } from './strings/help';
export { homeUi } from './strings/home';
export { newsUi } from './strings/news';
export { searchPageUi } from './strings/search-page';
export { sections } from './strings/sections';
export { siteUi } from './strings/site';
