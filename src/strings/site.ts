/** The frame of every page and the portal's own pages: layouts, footer, not found, about, accessibility, the admin shell. */
export const siteUi = {
	/** The feed's title in every page's head: "<site> – Tin tức". */
	feedTitle: (site: string) => `${site} – Tin tức`,
	updated: 'Cập nhật:',
	/** Where a file or a printed copy would cite the public address and the portal has none (a demonstration). */
	noAddress: {
		file: 'Bản trình diễn: cổng chưa có địa chỉ công khai, nên tệp này không ghi địa chỉ nguồn.',
		calendar: 'Bản trình diễn: cổng chưa có địa chỉ công khai, nên lịch này không ghi địa chỉ nguồn.',
	},
	print: {
		back: '← Quay lại trang chiến dịch',
		howTo: 'Dùng lệnh In của trình duyệt (chọn khổ A4) hoặc Lưu thành PDF.',
	},
	footer: {
		aboutLabel: 'Thông tin về cổng',
		aboutHeading: 'Cổng thông tin',
	},
	notFound: {
		search: 'Tìm trên cổng thông tin',
		sections: 'Các mục của cổng',
	},
	about: {
		contact: 'Liên hệ',
		noContact:
			'Cổng trình diễn này chưa có địa chỉ liên hệ: đơn vị triển khai cổng sẽ ghi địa chỉ, điện thoại và thư điện tử của mình tại đây.',
	},
	accessibility: {
		report: 'Báo lỗi tiếp cận',
		/** Around the address to write to. */
		write: ['Nếu bạn gặp khó khăn khi dùng một trang nào, hãy viết cho chúng tôi tại', ', ghi địa chỉ trang và điều bạn gặp phải.'],
		noAddress: 'Cổng trình diễn này chưa có địa chỉ nhận báo lỗi tiếp cận. Đơn vị triển khai cổng sẽ ghi địa chỉ đó tại đây.',
	},
	admin: {
		title: (site: string) => `Quản trị nội dung – ${site}`,
		noScript: 'Trang quản trị nội dung cần JavaScript.',
		/** Shown until Decap starts (its bundle can take many seconds on a slow link or a first `npm run cms`). */
		loading: 'Đang tải trang quản trị nội dung…',
		guide: 'Hướng dẫn biên tập',
		/** Before the README section that says where saves go. */
		readme: 'Xem README, mục',
	},
} as const;
