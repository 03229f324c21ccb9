/** The news screens: the lists, the pages of a topic, one item, and the pager under every list. */
export const newsUi = {
	index: {
		description: 'Tin về công tác phòng, chống ma túy, cai nghiện ma túy và quản lý sau cai nghiện, mới nhất ở trên.',
		lead: 'Tin mới nhất ở trên. Theo dõi qua RSS hoặc xem theo chủ đề.',
		tags: 'Các chủ đề',
		feed: 'Nhận tin qua RSS',
		cadence: 'Nhịp đăng tin hằng tuần',
	},
	/** The later pages of the list. */
	pageDescription: 'Tin về công tác phòng, chống ma túy.',
	tags: {
		crumb: 'Chủ đề',
		title: 'Chủ đề tin tức',
		description: 'Tin tức phòng, chống ma túy theo chủ đề.',
		none: 'Chưa có chủ đề nào.',
	},
	tag: {
		title: (tag: string) => `Chủ đề: ${tag}`,
		description: (tag: string) => `Tin tức về ${tag}.`,
		count: (items: number) => `${items} tin.`,
	},
	item: {
		posted: 'Đăng ngày',
		event: 'Sự việc trong tin diễn ra ngày',
		linksLabel: 'Liên quan',
		tags: 'Chủ đề:',
		plans: 'Kế hoạch:',
		campaign: 'Chiến dịch:',
		campaignLink: 'Xem chiến dịch',
		related: 'Tin liên quan',
	},
	list: {
		empty: 'Chưa có tin nào.',
		posted: 'Đăng',
		event: '· sự việc ngày',
	},
	/** Before the photographer's name, in the caption of a lead photo. */
	photoCredit: (credit: string) => ` (Ảnh: ${credit})`,
	pager: {
		label: 'Phân trang',
		previous: '← Trang trước',
		next: 'Trang sau →',
		current: (page: number, last: number) => `Trang ${page}/${last}`,
		first: 'Trang đầu',
		/** The breadcrumb of a later page. */
		page: (page: number) => `Trang ${page}`,
		/** A later page's title and description: the list's own, with the page number. */
		title: (title: string, page: number) => `${title} – trang ${page}`,
		description: (description: string, page: number) => `${description} Trang ${page}.`,
	},
} as const;
