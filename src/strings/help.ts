/** The help screens: what to do now, where to ask, the directory of places and its cards. */
export const helpUi = {
	index: {
		heading: 'Hỗ trợ: cần làm gì, hỏi ở đâu',
		lead: 'Bạn hoặc người thân cần giúp? Trước hết là việc cần làm ngay; sau đó là nơi hỗ trợ theo địa bàn, và những gì kế hoạch của địa phương nói về cai nghiện, hỗ trợ sau cai nghiện, mỗi câu kèm nguồn.',
		now: 'Việc cần làm ngay',
		whereToAsk: 'Muốn cai nghiện tự nguyện: hỏi ở đâu',
		noFirstContact: 'bản kế hoạch cổng có chưa nêu nơi hỏi về cai nghiện tự nguyện;',
		localityLink: 'xem các nơi hỗ trợ ở địa bàn này',
		noContact: 'Cổng chưa có địa chỉ, số điện thoại của nơi này.',
		directory: 'Nơi hỗ trợ theo địa bàn',
		guidance: 'Cai nghiện và hỗ trợ sau cai: kế hoạch nói gì',
		guidanceNote:
			'Mỗi câu dưới đây ghi kế hoạch nào, của địa phương nào, năm nào, mục nào, kèm nguyên văn đoạn trích. Một mục tiêu của kế hoạch là điều kế hoạch đặt ra, chưa phải kết quả.',
	},
	emergency: 'Khi khẩn cấp, gọi',
	locality: {
		title: (locality: string) => `Nơi hỗ trợ ở ${locality}`,
		description: (locality: string) =>
			`Các cơ sở, đội, điểm hỗ trợ cai nghiện ma túy và hỗ trợ sau cai nghiện ở ${locality}, theo kế hoạch của địa phương.`,
		places: 'Nơi hỗ trợ',
		guidanceLink: 'Các hình thức cai nghiện và hỗ trợ sau cai',
	},
	/** Before the source of the emergency numbers. */
	source: 'Nguồn:',
	card: {
		eligibility: 'Ai được sử dụng',
		referral: 'Cách được hướng dẫn, tiếp nhận',
		duties: 'Nhiệm vụ các cơ quan được giao theo kế hoạch',
		requested: ' (kế hoạch đề nghị phối hợp, không giao nhiệm vụ)',
	},
	directory: {
		label: 'Lọc theo địa bàn',
		locality: 'Địa bàn:',
		all: 'Tất cả',
		noContact: 'Chưa có địa chỉ, số điện thoại',
		noContactNote: (places: number) =>
			`Cổng chưa có địa chỉ, số điện thoại của ${places} nơi dưới đây: chỉ có những gì kế hoạch nói về từng nơi.`,
	},
	/** After a sentence the portal wrote itself, so that no reader takes it for a quote. */
	editorial: '(lời của cổng thông tin, không trích từ văn bản)',
} as const;
