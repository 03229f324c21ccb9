/** The campaign screens: the list, one campaign, and its printed A4 sheets. */
export const campaignsUi = {
	index: {
		title: 'Chiến dịch truyền thông',
		description:
			'Các chiến dịch truyền thông phòng, chống ma túy hằng năm: ngày diễn ra, thông điệp, hoạt động cho nhà trường, bài phát thanh và tài liệu.',
		lead: 'Các chiến dịch diễn ra hằng năm, với thông điệp lấy từ các kế hoạch (mỗi câu kèm nguồn), những gì kế hoạch nói về trường học, bài đọc trên loa truyền thanh và trang in khổ A4. Tài liệu của cổng được dùng lại tự do, ghi nguồn.',
		calendar: 'Thêm tất cả chiến dịch vào lịch điện thoại',
		calendarNote: '(tệp lịch ICS)',
		current: 'Đang diễn ra',
		noneCurrent: 'Hôm nay không có chiến dịch nào đang diễn ra.',
		upcoming: 'Sắp tới',
		daysLeft: (next: string, days: number) => `${next} · còn ${days} ngày`,
		past: 'Đã diễn ra theo các kế hoạch',
		edition: (year: number, text: string) => `năm ${year} (${text})`,
	},
	/** The portal's own materials of every campaign, listed before the uploaded ones. */
	ownMaterials: {
		print: 'Áp phích và thông điệp, trang in khổ A4',
		printFormat: 'Trang in (A4)',
		printNote: 'mở rồi chọn In hoặc Lưu PDF',
		script: 'Bài phát thanh trên loa truyền thanh',
		calendar: 'Lịch chiến dịch (nhập vào điện thoại)',
	},
	/** An edition's dates, read aloud and printed. */
	span: (start: string, end: string) => `từ ${start} đến ${end}`,
	/** The calendar event's line to the campaign page. */
	calendarLink: (url: string) => `Thông điệp, tài liệu, bài phát thanh: ${url}`,
	/** Before the plans an edition followed: "– theo <plan>, <plan>". */
	accordingTo: '– theo',
	campaign: {
		current: (next: string) => `Đang diễn ra: ${next}`,
		next: (next: string, days: number) => `Lần tới: ${next} (còn ${days} ngày)`,
		calendar: 'Thêm vào lịch',
		print: 'Trang in A4',
		audiences: (labels: string[]) => `Dành cho: ${labels.join(', ')}`,
		basis: 'Kế hoạch yêu cầu:',
		messages: 'Thông điệp chính',
		schools: 'Hoạt động cho nhà trường',
		script: 'Bài phát thanh trên loa truyền thanh',
		scriptNote: 'Câu ngắn, đọc chậm. Dòng nguồn dưới mỗi đoạn để người đọc biết câu lấy từ đâu, không cần đọc to.',
		scriptDownload: 'Tải bài đọc (TXT)',
		materials: 'Tài liệu tải về',
		licence: 'Giấy phép:',
		news: 'Tin liên quan',
		noNews: 'Chưa có tin nào gắn với chiến dịch này.',
		pastEditions: 'Các năm trước',
		edition: (year: number, text: string, theme: string | undefined) => `Năm ${year} (${text})${theme ? `: ${theme}` : ''}`,
	},
	print: {
		title: (campaign: string) => `${campaign} – trang in`,
		poster: 'Hưởng ứng',
		handout: 'Tờ phát cho học sinh',
		forTeachers: 'Không phát cho học sinh',
		teachers: 'Dành cho giáo viên',
		sources: 'Nguồn của các thông điệp',
		sourcesNote: 'Mỗi câu ghi kế hoạch, năm và mục nó dựa vào; nguyên văn đoạn trích có trên trang của chiến dịch.',
		address: (url: string) => `Nguồn: ${url}.`,
		noAddress: 'Bản trình diễn: cổng chưa có địa chỉ công khai, nên bản in này không ghi địa chỉ nguồn.',
		licence: (licence: string) => `Tài liệu dùng lại theo giấy phép ${licence}, ghi nguồn khi dùng.`,
	},
} as const;
