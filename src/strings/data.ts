/** The data screens: the list of datasets, one dataset, the news cadence, their tables, charts and downloads. */
export const dataUi = {
	section: 'Số liệu',
	noReport: 'chưa có số liệu báo cáo',
	/** The status of a dataset in its files, beside `noReport`. */
	hasReport: 'có số liệu báo cáo',
	/** The column of a chart's figure: "Mục tiêu". */
	target: 'Mục tiêu',
	targetOf: (year: number, locality: string) => `Mục tiêu năm ${year} của ${locality}`,
	index: {
		description:
			'Mọi chỉ tiêu của các kế hoạch cai nghiện ma túy dưới dạng dữ liệu mở: bảng, biểu đồ, nguồn của từng con số, tải CSV và JSON.',
		catalogue: 'Danh mục dữ liệu (DCAT-AP)',
		lead: 'Mỗi chỉ tiêu của các kế hoạch là một bộ dữ liệu: mục tiêu, nguồn (văn bản và mục), các kết quả được báo cáo theo quý, 6 tháng, năm. Cổng không tự đặt ra con số nào; chỉ tiêu nào chưa có báo cáo thì ghi rõ',
		headlines: 'Một số mục tiêu của kế hoạch',
		reported: (result: string, period: string) => `Đã báo cáo: ${result} (${period})`,
		notReported: 'Chưa có số liệu báo cáo',
		planHeading: (locality: string, year: number) => `${locality}, năm ${year}`,
		/** Before the plan's link: "Theo <plan>." */
		according: 'Theo',
		planTable: (plan: string) => `Chỉ tiêu của ${plan}`,
		columns: { indicator: 'Chỉ tiêu', target: 'Mục tiêu', latest: 'Kết quả mới nhất', downloads: 'Tải về' },
		allHeading: 'Tải tất cả, cho cổng dữ liệu mở',
		allZip: 'Tất cả số liệu (.zip)',
		allZipNote: 'mỗi bộ dữ liệu dưới dạng bảng tính Excel, CSV và JSON, kèm danh mục.',
		catalogueLink: 'Danh mục dữ liệu (DCAT-AP, JSON-LD)',
		catalogueNote:
			'để cổng dữ liệu mở quốc gia hoặc của tỉnh thu thập tự động: tên, mô tả, đơn vị công bố, giấy phép, thời kỳ, địa bàn, văn bản nguồn và địa chỉ tải từng tệp.',
		cadenceHeading: 'Nhịp đăng tin của cổng',
		cadenceSummary: (total: number, weeks: number, recent: number) =>
			`Cổng đã đăng ${total} tin; trong ${weeks} tuần gần nhất: ${recent} tin, tính theo ngày đăng.`,
		cadenceLink: 'Xem số tin từng tuần, và so với chỉ tiêu số bài, tin mỗi tuần của từng kế hoạch',
	},
	dataset: {
		year: (year: number) => `Năm ${year}`,
		chart: (headline: string) => `Biểu đồ cột: ${headline}. Số liệu đầy đủ trong bảng.`,
		sourceHeading: 'Chỉ tiêu và nguồn',
		kindAndUnit: (kind: string, unit: string) => `Loại chỉ tiêu: ${kind}. Đơn vị: ${unit}.`,
		partOf: 'Chỉ tiêu này là một phần của:',
		parts: 'Gồm:',
		noResults:
			'Cổng chưa có kết quả thực hiện nào được cơ quan có thẩm quyền báo cáo cho chỉ tiêu này. Kết quả sẽ được đăng kèm văn bản báo cáo khi có.',
	},
	table: {
		caption: (label: string, locality: string, year: number) => `${label} (${locality}, năm ${year})`,
		period: 'Kỳ',
		result: 'Kết quả',
		target: 'Mục tiêu',
		progress: 'Đạt so với chỉ tiêu',
		source: 'Nguồn',
		year: (year: number) => `Năm ${year}`,
	},
	chartCaption: 'Biểu đồ vẽ từ bảng số liệu ở trên.',
	downloads: {
		heading: 'Tải dữ liệu',
		xlsx: 'Bảng tính Excel (.xlsx)',
		xlsxNote: 'mở bằng Excel, LibreOffice hoặc WPS; số và ngày đúng định dạng, nguồn và giấy phép ở trang tính thứ hai.',
		csv: 'Bảng CSV',
		csvNote:
			'cho phần mềm xử lý dữ liệu (UTF-8, phân cách bằng dấu phẩy). Excel đặt vùng Việt Nam dùng dấu chấm phẩy, nên mở thẳng tệp CSV sẽ dồn cả dòng vào một ô: hãy tải tệp .xlsx, hoặc trong Excel chọn Dữ liệu → Từ Văn bản/CSV.',
		json: 'Dữ liệu JSON',
		jsonNote: 'cho lập trình viên.',
		/** Before the licence's link. */
		licence: 'Dữ liệu được phép dùng lại theo giấy phép',
		/** After the licence's link. */
		attribution: 'khi dùng, hãy ghi nguồn là cổng thông tin này và văn bản gốc của từng con số.',
	},
	cadence: {
		title: 'Nhịp đăng tin hằng tuần',
		description:
			'Số tin cổng đăng mỗi tuần, theo ngày đăng, và so với chỉ tiêu số bài, tin mỗi tuần của từng kế hoạch trong địa bàn và năm của kế hoạch đó.',
		crumb: 'Nhịp đăng tin',
		heading: (weeks: number, recent: number) => `Nhịp đăng tin hằng tuần: ${weeks} tuần gần nhất, cổng đăng ${recent} tin`,
		lead: (total: number, firstPosted: string | undefined) =>
			`Số tin đăng trên cổng mỗi tuần (thứ Hai đến Chủ nhật, giờ Việt Nam), tính tự động từ mục Tin tức theo ngày tin được đăng lên cổng, không theo ngày của sự việc mà tin kể lại. Tổng cộng ${total} tin${firstPosted ? `, tin đầu tiên đăng ngày ${firstPosted}` : ''}. Tuần đang diễn ra chưa hết nên chưa được so với chỉ tiêu nào.`,
		note: 'Chỉ tiêu số bài, tin mỗi tuần của các kế hoạch tính mọi kênh chính thống (báo, cổng thông tin điện tử, các trang thông tin điện tử chính thống). Cổng này chỉ là một kênh: con số ở đây cho biết cổng đăng bao nhiêu tin, không cho biết các kênh khác đăng bao nhiêu, nên không cho biết chỉ tiêu đã đạt hay chưa.',
		recentCaption: (weeks: number) => `Số tin cổng đăng mỗi tuần, ${weeks} tuần gần nhất`,
		columns: { week: 'Tuần', span: 'Từ ngày – đến ngày', count: 'Số tin', met: 'Cổng có đủ số tin của mục tiêu?' },
		week: (week: number, year: number) => `Tuần ${week}/${year}`,
		inProgress: ' (đang diễn ra)',
		recentChart: (weeks: number) => `Biểu đồ cột số tin cổng đăng mỗi tuần trong ${weeks} tuần gần nhất.`,
		targetsHeading: 'So với chỉ tiêu của từng kế hoạch',
		noTargets: 'Chưa có kế hoạch nào trên cổng đặt chỉ tiêu số bài, tin mỗi tuần.',
		targetHeading: (year: number, locality: string, figure: string) => `Mục tiêu năm ${year} của ${locality}: ${figure}`,
		state: {
			'chua-bat-dau': 'chưa bắt đầu',
			'dang-dien-ra': 'đang diễn ra',
			'da-ket-thuc': 'đã kết thúc',
		},
		scope: (locality: string, year: number, state: string) =>
			`Mục tiêu này áp dụng cho ${locality}, trong các tuần của năm ${year} (${state}). Cổng đếm các tin gắn địa bàn ${locality} và các tin chung không gắn địa bàn.`,
		notStarted: 'Thời gian của mục tiêu chưa bắt đầu.',
		counted: (counted: number, met: number, finished: number, value: number, share: string | undefined) =>
			`Trong thời gian đó, cổng đăng ${counted} tin; ${met} trên ${finished} tuần đã hết có từ ${value} tin của cổng trở lên${share === undefined ? '' : ` (${share}%)`}.`,
		datasetLink: 'Trang số liệu của chỉ tiêu này',
		targetCaption: (year: number, locality: string, figure: string) =>
			`Số tin của cổng mỗi tuần năm ${year}, ${locality}, so với ${figure}`,
		targetLine: (figure: string) => `Mục tiêu: ${figure}`,
		targetChart: (year: number, locality: string, figure: string) =>
			`Biểu đồ cột số tin của cổng mỗi tuần năm ${year}, ${locality}, với đường mục tiêu ${figure}.`,
		downloadsNote: 'Tải về để xem mọi tuần kể từ tin đầu tiên, và mọi tuần của từng chỉ tiêu.',
		/** Did the portal post enough in a finished week (pages and files alike). */
		weekStatus: {
			met: 'Đạt',
			missed: 'Chưa đạt',
			'in-progress': 'Tuần đang diễn ra (chưa tính)',
		},
	},
} as const;
