package demo

// A Product is one listing of the demo seller's catalogue. The listing
// title is English, as on most cross-border marketplaces; Names says what a
// buyer calls the item in their own language, keyed like Phrasebook.Key.
type Product struct {
	SKU      string
	Title    string
	PriceUSD int64 // cents
	Fragile  bool
	Electric bool // switches on, charges, pairs: fits "stopped working" and "compatible with"
	Names    map[string]string
}

// Name is what a buyer writing in book's language calls the product.
func (p *Product) Name(bookKey string) string {
	if n, ok := p.Names[bookKey]; ok {
		return n
	}
	return p.Names["en"]
}

// Products returns the catalogue. It is shared: callers must not modify it.
func Products() []*Product { return catalogue }

var catalogue = []*Product{
	{SKU: "LM-EB200", Title: "Lumora AirBeat Pro Wireless Earbuds, Bluetooth 5.3, Active Noise Cancelling", PriceUSD: 3999, Electric: true,
		Names: map[string]string{"en": "wireless headset", "zh": "蓝牙耳机", "zh-Hant": "藍牙耳機", "es": "auriculares", "de": "Kopfhörer",
			"fr": "écouteurs", "pt": "fone de ouvido", "ja": "ワイヤレスイヤホン", "th": "หูฟังบลูทูธ", "vi": "tai nghe bluetooth", "ms": "earphone bluetooth"}},
	{SKU: "LM-PB10", Title: "Lumora 10000mAh Power Bank, 22.5W Fast Charging, USB-C PD", PriceUSD: 2599, Electric: true,
		Names: map[string]string{"en": "power bank", "zh": "充电宝", "zh-Hant": "行動電源", "es": "batería externa", "de": "Powerbank",
			"fr": "batterie externe", "pt": "carregador portátil", "ja": "モバイルバッテリー", "th": "พาวเวอร์แบงค์", "vi": "sạc dự phòng", "ms": "power bank"}},
	{SKU: "LM-SW7", Title: "Lumora Fit 7 Smart Watch, AMOLED, Heart Rate & SpO2, 5ATM", PriceUSD: 5999, Electric: true,
		Names: map[string]string{"en": "smart watch", "zh": "智能手表", "zh-Hant": "智慧手錶", "es": "reloj inteligente", "de": "Smartwatch",
			"fr": "montre connectée", "pt": "relógio inteligente", "ja": "スマートウォッチ", "th": "สมาร์ทวอทช์", "vi": "đồng hồ thông minh", "ms": "jam tangan pintar"}},
	{SKU: "LM-GAN65", Title: "Lumora 65W GaN USB-C Charger, 3 Ports, Foldable Plug", PriceUSD: 3299, Electric: true,
		Names: map[string]string{"en": "charger", "zh": "充电器", "zh-Hant": "充電器", "es": "cargador", "de": "Ladegerät",
			"fr": "chargeur", "pt": "carregador", "ja": "充電器", "th": "หัวชาร์จ", "vi": "củ sạc", "ms": "pengecas"}},
	{SKU: "LM-CASE15", Title: "Lumora Clear MagSafe Case for iPhone 15 Pro, Anti-Yellowing", PriceUSD: 1299,
		Names: map[string]string{"en": "phone case", "zh": "手机壳", "zh-Hant": "手機殼", "es": "funda", "de": "Handyhülle",
			"fr": "coque", "pt": "capinha", "ja": "スマホケース", "th": "เคสมือถือ", "vi": "ốp lưng", "ms": "casing telefon"}},
	{SKU: "LM-LAMP3", Title: "Lumora LED Desk Lamp with Wireless Charger, 5 Colour Modes", PriceUSD: 2999, Electric: true,
		Names: map[string]string{"en": "desk lamp", "zh": "台灯", "zh-Hant": "檯燈", "es": "lámpara de escritorio", "de": "Schreibtischlampe",
			"fr": "lampe de bureau", "pt": "luminária", "ja": "デスクライト", "th": "โคมไฟตั้งโต๊ะ", "vi": "đèn bàn", "ms": "lampu meja"}},
	{SKU: "LM-MUG4", Title: "Lumora Ceramic Coffee Mug Set of 4, 350ml, Dishwasher Safe", PriceUSD: 2499, Fragile: true,
		Names: map[string]string{"en": "mug set", "zh": "陶瓷杯", "zh-Hant": "陶瓷杯組", "es": "juego de tazas", "de": "Tassen-Set",
			"fr": "lot de tasses", "pt": "jogo de canecas", "ja": "マグカップセット", "th": "ชุดแก้วกาแฟ", "vi": "bộ cốc sứ", "ms": "set mug"}},
	{SKU: "LM-HUM2", Title: "Lumora 2.5L Ultrasonic Cool Mist Humidifier, Quiet, Auto Shut-Off", PriceUSD: 3499, Electric: true,
		Names: map[string]string{"en": "humidifier", "zh": "加湿器", "zh-Hant": "加濕器", "es": "humidificador", "de": "Luftbefeuchter",
			"fr": "humidificateur", "pt": "umidificador", "ja": "加湿器", "th": "เครื่องเพิ่มความชื้น", "vi": "máy tạo ẩm", "ms": "humidifier"}},
	{SKU: "LM-KB87", Title: "Lumora K87 Mechanical Keyboard, Hot-Swappable, RGB, Brown Switches", PriceUSD: 6999, Electric: true,
		Names: map[string]string{"en": "keyboard", "zh": "机械键盘", "zh-Hant": "機械鍵盤", "es": "teclado", "de": "Tastatur",
			"fr": "clavier", "pt": "teclado", "ja": "キーボード", "th": "คีย์บอร์ด", "vi": "bàn phím cơ", "ms": "papan kekunci"}},
	{SKU: "LM-YOGA6", Title: "Lumora Non-Slip Yoga Mat 6mm with Carry Strap", PriceUSD: 2799,
		Names: map[string]string{"en": "yoga mat", "zh": "瑜伽垫", "zh-Hant": "瑜珈墊", "es": "esterilla de yoga", "de": "Yogamatte",
			"fr": "tapis de yoga", "pt": "tapete de yoga", "ja": "ヨガマット", "th": "เสื่อโยคะ", "vi": "thảm yoga", "ms": "tikar yoga"}},
	{SKU: "LM-VAC9", Title: "Lumora V9 Cordless Handheld Vacuum, 9000Pa Suction", PriceUSD: 7999, Electric: true,
		Names: map[string]string{"en": "handheld vacuum", "zh": "手持吸尘器", "zh-Hant": "手持吸塵器", "es": "aspiradora de mano", "de": "Handstaubsauger",
			"fr": "aspirateur à main", "pt": "aspirador portátil", "ja": "ハンディクリーナー", "th": "เครื่องดูดฝุ่นไร้สาย", "vi": "máy hút bụi cầm tay", "ms": "vakum mudah alih"}},
	{SKU: "LM-BAG30", Title: "Lumora 30L Travel Backpack, Water Resistant, Laptop Compartment", PriceUSD: 4599,
		Names: map[string]string{"en": "backpack", "zh": "双肩包", "zh-Hant": "後背包", "es": "mochila", "de": "Rucksack",
			"fr": "sac à dos", "pt": "mochila", "ja": "リュック", "th": "กระเป๋าเป้", "vi": "ba lô", "ms": "beg galas"}},
	{SKU: "LM-CAM4K", Title: "Lumora 4K Dash Cam, Front and Rear, Night Vision, 64GB Card", PriceUSD: 8999, Electric: true,
		Names: map[string]string{"en": "dash cam", "zh": "行车记录仪", "zh-Hant": "行車記錄器", "es": "cámara para coche", "de": "Dashcam",
			"fr": "dashcam", "pt": "câmera veicular", "ja": "ドライブレコーダー", "th": "กล้องติดรถยนต์", "vi": "camera hành trình", "ms": "kamera papan pemuka"}},
	{SKU: "LM-GLS5", Title: "Lumora Glass Meal Prep Containers, 5 Pack with Locking Lids", PriceUSD: 3699, Fragile: true,
		Names: map[string]string{"en": "glass container set", "zh": "玻璃保鲜盒", "zh-Hant": "玻璃保鮮盒", "es": "táperes de cristal", "de": "Glas-Frischhaltedosen",
			"fr": "boîtes en verre", "pt": "potes de vidro", "ja": "ガラス保存容器", "th": "กล่องแก้วถนอมอาหาร", "vi": "hộp thủy tinh", "ms": "bekas kaca"}},
}
