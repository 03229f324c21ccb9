/** The plan and legal-document screens: lists, filters, one document, its tables, and the duties by agency. */
export const documentsUi = {
	/** The name of a plan's section on duties, as plans title it. */
	dutiesSection: 'Tổ chức thực hiện',
	/** The caption of a relation diagram; the list above it says the same in words. */
	diagram: (label: string) => `Lược đồ: ${label} và các văn bản liên quan, liệt kê ở trên`,
	diagramHeading: 'Lược đồ',
	plans: {
		description: 'Kế hoạch cai nghiện ma túy và quản lý sau cai nghiện ma túy của các địa phương: toàn văn, chỉ tiêu, phân công và căn cứ.',
		lead: 'Toàn văn các kế hoạch cai nghiện ma túy và quản lý sau cai nghiện ma túy, kèm chỉ tiêu, phân công nhiệm vụ và các văn bản làm căn cứ. Mới nhất ở trên.',
		legalLink: 'Các văn bản pháp lý mà kế hoạch dựa vào',
		agenciesLink: 'Nhiệm vụ theo cơ quan',
		ofLocality: (locality: string) => `Kế hoạch của ${locality}`,
		ofLocalityDescription: (locality: string) => `Các kế hoạch cai nghiện ma túy và quản lý sau cai nghiện ma túy của ${locality}.`,
		ofYear: (year: number) => `Kế hoạch năm ${year}`,
		ofYearDescription: (year: number) => `Các kế hoạch cai nghiện ma túy và quản lý sau cai nghiện ma túy năm ${year}.`,
		year: (year: number) => `Năm ${year}`,
	},
	filters: {
		label: 'Lọc kế hoạch',
		year: 'Năm:',
		locality: 'Địa bàn:',
		all: 'Tất cả kế hoạch',
	},
	list: {
		empty: 'Chưa có kế hoạch nào.',
		issued: '· ban hành',
		facts: (locality: string, year: number, targets: number) => `Địa bàn: ${locality} · Năm ${year} · ${targets} chỉ tiêu`,
	},
	plan: {
		unnumbered: 'Bản chưa có số',
		/** Above the metadata of a copy without a number, or one that stops part-way. */
		notices: {
			unnumbered: (numberAsPrinted: string, issuedAsPrinted: string) =>
				`Đây là bản văn bản chưa có số và chưa ghi ngày ký: dòng số hiệu in "${numberAsPrinted}", dòng ngày in "${issuedAsPrinted}". Cổng đăng đúng như bản này; ngày ban hành chỉ biết đến tháng.`,
			truncated:
				'Bản văn bản mà cổng có không đầy đủ: văn bản dừng giữa chừng (đánh dấu [...] trong toàn văn). Phần còn lại, gồm cả phần tổ chức thực hiện, nơi nhận và chữ ký, không có ở đây.',
		},
		year: 'năm',
		onThisPage: 'Trên trang này',
		fullText: 'Toàn văn',
		targets: 'Chỉ tiêu',
		relations: 'Căn cứ, văn bản liên quan',
		repairs: 'Ghi chú biên tập',
		source: 'Văn bản gốc (TXT)',
		targetsCaption: (label: string) => `Chỉ tiêu của ${label}`,
		noTargets: 'Văn bản không nêu chỉ tiêu bằng số.',
		allData: 'Tất cả số liệu, tải CSV và JSON',
		/** Around the duties section's name, quoted in the page: 'Không rõ: phần "…" không có…'. */
		dutiesUnknown: ['Không rõ: phần', 'không có trong bản văn bản hiện có.'],
		noDuties: 'Văn bản không có phần phân công.',
		recipients: 'Nơi nhận',
		recipientsUnknown: 'Không rõ: phần nơi nhận không có trong bản văn bản hiện có.',
		noRecipients: 'Văn bản không ghi nơi nhận.',
		published: 'Đăng lên cổng:',
		updated: '· Cập nhật:',
	},
	legal: {
		title: 'Văn bản pháp lý',
		description: 'Các luật, nghị định, quyết định, nghị quyết và kế hoạch mà các kế hoạch cai nghiện ma túy dựa vào hoặc dẫn chiếu.',
		/** The lead, around its link to the plans: "<n> văn bản mà các <kế hoạch> trên cổng…". */
		leadCount: (total: number) => `${total} văn bản mà các`,
		leadLink: 'kế hoạch',
		leadRest:
			'trên cổng dựa vào hoặc dẫn chiếu. Cổng chỉ ghi những thông tin các kế hoạch nêu về văn bản (số hiệu, ngày, cơ quan ban hành, trích yếu), không tóm tắt nội dung.',
		issuerUnknown: 'Cơ quan ban hành: không rõ',
		issuedUnknown: ' · ngày ban hành không rõ',
		planCount: (plans: number) => ` · ${plans} kế hoạch dựa vào`,
	},
	document: {
		description: (label: string, subject: string | undefined) =>
			`${label}${subject ? `: ${subject}` : ''}. Thuộc tính và các kế hoạch dựa vào văn bản này.`,
		scope: 'Cổng chỉ ghi những gì các kế hoạch nêu về văn bản này; không tóm tắt nội dung văn bản.',
		backward: 'Kế hoạch, văn bản dựa vào văn bản này',
		noBackward: 'Chưa có văn bản nào trên cổng dựa vào văn bản này.',
		chains: 'Dựa vào gián tiếp',
		/** Between a document and the documents a chain goes through. */
		via: ', qua',
		forward: 'Văn bản này dựa vào, dẫn chiếu',
	},
	metadata: {
		heading: 'Thuộc tính văn bản',
		variants: 'Nguồn ghi không thống nhất:',
		and: ' và ',
	},
	toc: {
		summary: (entries: number) => `Mục lục (${entries} mục)`,
		label: 'Mục lục toàn văn',
	},
	targets: {
		noneReported: 'Chưa có kết quả thực hiện nào được báo cáo cho các chỉ tiêu này: bảng chỉ nêu mục tiêu.',
		indicator: 'Chỉ tiêu',
		target: 'Mục tiêu',
		reported: 'Kết quả báo cáo',
		source: 'Nguồn',
		noData: 'chưa có số liệu',
	},
	responsibilities: {
		label: 'Phân công theo cơ quan',
		caption: 'Cơ quan, đơn vị và nhiệm vụ được giao',
		agency: 'Cơ quan, đơn vị',
		duties: 'Số nhiệm vụ',
		where: 'Trong văn bản',
		requested: ' (đề nghị phối hợp)',
	},
	repairs: {
		heading: 'Ghi chú biên tập',
		lead: (repairs: number) =>
			`Toàn văn trên trang này chép đúng bản nguồn, chỉ sửa những chỗ chữ bị mất hoặc lẫn vào khi trích từ tệp PDF. Lỗi đánh máy của chính văn bản được giữ nguyên. ${repairs > 0 ? `Có ${repairs} chỗ sửa:` : 'Không có chỗ nào phải sửa.'}`,
		label: 'Các chỗ đã sửa',
		before: 'Bản nguồn',
		after: 'Đã sửa thành',
		where: 'Ở',
		source: 'Bản nguồn nguyên trạng:',
		download: 'tải văn bản gốc (TXT, UTF-8)',
	},
	gap: {
		title: 'Phần còn lại của văn bản không có ở đây.',
		text: 'Bản văn bản mà cổng có được dừng tại điểm này; cổng không tự bổ sung phần thiếu.',
	},
	agencies: {
		title: 'Nhiệm vụ theo cơ quan',
		description: 'Cơ quan, đơn vị nào được giao việc gì trong các kế hoạch cai nghiện ma túy và quản lý sau cai nghiện.',
		/** Around the duties section's name, quoted in the page. */
		lead: ['Mỗi cơ quan, đơn vị được giao những nhiệm vụ gì, lấy từ phần', 'của các kế hoạch.'],
		missing: ['Chưa có phần', 'của:'],
		plan: (number: string) => `Kế hoạch ${number}`,
		incomplete: '(bản văn bản hiện có không đầy đủ).',
		duties: (duties: number) => `(${duties} nhiệm vụ)`,
	},
	agency: {
		description: (agency: string, place: string) =>
			`Nhiệm vụ của ${agency}, ${place}, trong các kế hoạch cai nghiện ma túy và quản lý sau cai nghiện ma túy.`,
		lead: (place: string, duties: number, plans: number) => `${place} · ${duties} nhiệm vụ trong ${plans} kế hoạch`,
		requested: 'Kế hoạch đề nghị phối hợp',
		assigned: 'Kế hoạch giao',
	},
} as const;
