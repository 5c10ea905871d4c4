package compliance

import "strings"

// Contact details offered for talking outside the platform. Amazon
// forbids email addresses and phone numbers in buyer-seller messages; eBay
// forbids exchanging email, phone or social details; Shopee, Lazada and
// TikTok Shop forbid moving the conversation off the platform, which is
// what WhatsApp, WeChat, Line, Zalo and Telegram handles are for.
// Addresses and numbers are found in email.go and phone.go; this file
// finds the messaging apps and handles.

func contactWords(l *lexicon) {
	// Apps that only ever mean "talk to me there".
	// "wasap", "guasap": WhatsApp as Spanish speakers spell it.
	l.add(cApp, "whatsapp", "whats app", "whatsap", "watsapp", "wassap", "wasap", "guasap", "whatapp", "wechat", "weixin", "telegram",
		"skype", "zalo", "viber", "kakaotalk", "kakao talk", "kakao", "snapchat", "qq", "wickr", "facebook messenger",
		"fb messenger", "line id", "line@", "whatsapp business", "ไลน์", "微信", "威信", "薇信", "徽信", "v信",
		"微芯", "维信", "扣扣", "企鹅号", "飞机号", "电报", "ig dm",
		"카톡", "카카오톡", "카카오", "텔레그램", "왓츠앱", "위챗", "ワッツアップ", "ウィーチャット", "テレグラム",
		"カカオトーク", "ラインid", "ライン id")
	// Apps whose names are also ordinary words or abbreviations: contact
	// only with a contact verb or an identifier.
	l.add(cApp, "wpp", "zapzap", "whatsapp no", "no wa", "nombor whatsapp", "nomor whatsapp", "nomor wa")
	l.add(cApp, "vx", "wx")
	l.add(cAppWeak, "line", "signal", "messenger", "wa", "tg", "snap", "kik", "discord", "imessage", "zap", "赖",
		"whats", "w a")
	// "Tele me @shop", "my tele @shop" (Telegram); "Snap me at x.y".
	l.add(cAppWeak, "tele")
	l.add(cContactFixed, "snap me at", "snap us at", "add me on snap", "add us on snap")
	l.add(cSocial, "facebook", "fb", "instagram", "insta", "ig", "tiktok", "twitter", "youtube", "pinterest",
		"weibo", "douyin", "xiaohongshu", "小红书", "抖音", "微博", "facebook page", "fanpage", "fan page", "เฟส",
		"粉专", "粉丝专页", "粉丝页", "粉絲專頁", "粉絲頁",
		"เฟซบุ๊ก", "เพจเฟส", "อินสตาแกรม", "ไอจี", "臉書", "脸书")
	l.add(cContactVerb, "contact*", "reach", "message", "msg", "text", "texting", "call", "chat", "dm", "pm",
		"hmu", "holla", "hit me", "hit us", "shoot me", "ci contatti", "contatti", "contattateci", "mi contatti",
		"chiamaci", "messaggio", "mi scriva", "ci scriva", "mensahe", "mag-message", "tawag", "tumawag", "tawagan",
		"i-text", "itext", "i-chat", "ichat", "i-pm", "ipm", "i-add", "iadd", "連絡", "ご連絡", "追加", "メッセージ",
		"연락", "추가", "메시지", "문의",
		"inbox", "add", "talk", "ring", "write", "email", "e mail", "ping", "hit me up", "get in touch", "drop me",
		"contacta*", "escríbe*", "escribenos", "escribas", "escriba", "escriban", "escríbanos", "escribanos", "escribirnos", "nos escribas", "nos escriba", "contattaci", "contattami", "scrivimi", "scrivici", "chiamami", "llám*", "hablar", "kontaktier*", "schreib*",
		"anruf*", "rufen", "erreichen", "contactez", "contacter", "écrivez", "appelez", "joindre", "contate",
		"contacte", "fale", "falar", "ligue", "chame", "chamar", "mande", "hubungi", "hubungilah", "tambah",
		"liên hệ", "lien lac", "nhắn", "nhắn tin", "inbox", "gọi", "kết bạn", "ติดต่อ", "แอด", "ทัก", "อินบ็อกซ์", "อินบ๊อกซ์", "อินบอกซ์", "โทร",
		"联系", "联络", "加", "加我", "私信", "私讯", "咨询", "找我")
	l.add(cPhoneWord, "phone", "phones", "tel", "telephone", "mobile", "mob", "cell", "cellphone", "call", "calling",
		"txt", "text me", "ph", "hp no", "no tel", "whatsapp no",
		"hotline", "sms", "phone number", "mobile number", "contact number", "cell number", "my number",
		"our number", "direct line", "customer care line", "care line", "teléfono", "telefono", "móvil", "movil",
		"celular", "llam*", "cellulare", "chiamami", "chiamaci", "telefon*", "handy", "handynummer", "anrufen", "ruf", "nummer",
		"téléphone", "portable", "numéro", "appelez", "telefone", "ligue", "nombor", "nomor", "hp", "no hp",
		"ponsel", "telp", "số điện thoại", "so dien thoai", "sđt", "sdt", "điện thoại", "gọi", "โทร", "เบอร์",
		"电话", "手机", "号码", "致电", "打给", "电话号码", "手机号", "联系电话",
		"numero di telefono", "numero", "cp", "cp number", "cp no", "cel", "telepono", "電話", "お電話", "携帯",
		"電話番号", "携帯番号", "전화", "전화번호", "연락처", "핸드폰", "휴대폰", "폰번호")
	l.add(cEmailWord, "email", "e mail", "mail", "correo", "courriel", "surel", "อีเมล", "邮箱", "邮件",
		"メール", "メールアドレス", "이메일", "메일")
	l.add(cProvider, "gmail", "hotmail", "yahoo", "icloud", "protonmail", "foxmail", "googlemail")
	l.add(cID, "id", "username", "user name", "handle", "account", "acc", "nick", "账号", "号", "ไอดี", "id là",
		"アイディー", "アカウント", "아이디", "계정")
	l.add(cContactFixed, "加微信", "加我微信", "加v", "加v信", "加vx", "加wx", "加我v", "加我vx", "加我wx", "加个v",
		"加个微信", "加qq", "加我qq", "加line", "加我line",
		"加赖", "私聊", "私我", "私下联系", "加好友", "加个好友", "加我好友", "扫码加", "微信联系", "联系微信", "微信号", "qq号", "vx号",
		"wx号", "แอดไลน์", "ไลน์ไอดี", "ทักไลน์", "ไอดีไลน์", "แอดมาที่ไลน์", "give me a ring",
		"give us a ring", "give me a call", "give us a call", "shoot me an email", "send me an email",
		"send us an email", "drop me an email", "drop us an email", "whatsapp me", "whatsapp us", "text me",
		"text us", "ring me", "call me", "bell me", "bell us", "give me a bell", "give us a bell", "sms me", "kết bạn zalo", "nhắn zalo", "hubungi saya", "wa saya",
		"contact me privately", "contact us privately", "chat privately", "private chat",
		"加薇", "加威", "加徽", "加微", "加个薇", "友だち追加", "友達追加", "ライン追加",
		"카톡 추가", "카톡으로", "오픈채팅", "오픈카톡",
		// A Facebook page messaged: "inbox page giúp em" ("inbox shop" is
		// the marketplace's own chat).
		"inbox page", "inbox cho page", "ib page", "ib cho page", "nhắn page", "nhắn tin page", "nhắn tin cho page",
		"nhắn cho page")
	l.add(cOrderRef, "order*", "tracking", "track", "invoice", "sku", "item", "model", "parcel", "package",
		"shipment", "waybill", "awb", "reference", "ref", "case", "ticket", "asin", "isbn", "ean", "upc", "serial",
		"postcode", "zip", "zipcode", "rma", "lot", "batch", "part", "no", "nr", "pedido", "seguimiento", "factura",
		// A product's own numbers: "SN 090-4417-2286", "the casting number",
		// "il numero di serie", "mã lô", "型號".
		"sn", "s/n", "bn", "casting", "serie", "série", "seri", "siri", "seriennummer", "serienummer", "lote", "lotto",
		"mã lô", "lô", "型号", "型號", "批号", "批號", "序列号", "序號", "シリアル番号", "シリアル", "製造番号", "型番", "ロット",
		"bestellung", "bestellnummer", "sendungsnummer", "sendung", "rechnung", "artikelnummer", "commande",
		"suivi", "colis", "facture", "encomenda", "rastreio", "rastreamento", "pesanan", "resi", "penjejakan",
		"đơn", "đơn hàng", "mã vận đơn", "vận đơn", "คำสั่งซื้อ", "เลขพัสดุ", "พัสดุ", "订单", "单号", "运单",
		"快递", "物流", "订单号", "发票", "宅配", "编号", "spedizione", "numero di spedizione", "iban", "account",
		// An account number after 账号 (帳號) is a bank's, as after "account".
		"账号")
	// A brand's own service line: "Xiaomi's official service hotline" (not
	// "our service hotline", the seller's own).
	l.add(cCarrier, "official hotline", "official service hotline", "authorised service centre",
		"authorized service center", "official service centre", "official service center")
	l.add(cCarrier, "ups", "fedex", "usps", "dhl", "royal mail", "parcelforce", "evri", "hermes", "dpd", "gls",
		"canada post", "australia post", "auspost", "japan post", "j t", "j t express", "ninja van", "ninjavan",
		"spx", "shopee express", "kerry", "flash express", "thailand post", "viettel post", "ghn", "ghtk",
		"pos laju", "poslaju", "jne", "sicepat", "lbc", "ontrac", "lasership", "purolator", "aramex", "sf express",
		"顺丰", "中通", "圆通", "韵达", "申通", "邮政", "ems", "yunexpress", "yanwen", "4px", "cainiao", "菜鸟",
		"黑猫", "black cat", "yamato", "correos", "colissimo", "chronopost", "la poste", "postnl", "bpost",
		"post office", "carrier", "carrier's", "courier", "courier's", "manufacturer", "manufacturer's", "warranty",
		"fabricant", "hersteller", "herstellers", "fabricante", "kurir", "bưu điện", "nhà sản xuất", "ขนส่ง",
		"厂家", "厂商", "快递员", "快递公司", "delivery driver", "driver", "lex", "best express", "customs",
		"service center", "service centre", "corriere", "brt", "bartolini", "sda", "poste italiane", "jnt", "j&t",
		"estafeta", "paquetexpress", "redpack", "servientrega", "chilexpress", "andreani", "jadlog", "ヤマト運輸", "ヤマト", "佐川急便", "佐川", "日本郵便", "ゆうパック", "西濃運輸", "配送業者", "運送会社", "メーカー",
		"대한통운", "한진택배", "롯데택배", "우체국", "택배사", "택배 기사", "제조사",
		"produttore", "pabrikan", "hãng sản xuất", "của hãng sản xuất", "製造元", "製造商", "制造商", "原厂", "原廠",
		"producent", "fabrikant", "üretici",
		// More carriers: "ringa PostNord kundtjänst", "Mondial Relay vous
		// enverra un SMS", "llamando a SEUR".
		"postnord", "mondial relay", "relais colis", "seur", "mrw", "nacex", "correos express", "ctt", "inpost",
		"budbee", "instabox", "gdex", "citylink", "lalamove", "anteraja", "lion parcel", "pos indonesia", "vnpost",
		"kerry express", "scg express", "yodel", "delhivery", "blue dart", "dtdc", "startrack", "nz post", "omniva",
		"packeta",
		// The maker and its warranty, as "manufacturer" and "warranty" are:
		// "garantie constructeur", "Herstellergarantie", "ศูนย์บริการ Xiaomi".
		"constructeur", "herstellergarantie", "garantie", "garantía", "garanzia", "garantia", "garansi", "bảo hành",
		"保修", "保固", "保証", "ประกัน", "ศูนย์บริการ", "repair centre", "repair center", "repair centres",
		"repair centers")
	// The maker, its service centre and its warranty in Arabic, Czech,
	// Swedish, Ukrainian and Russian, and Ukraine's carriers: "مركز خدمة
	// سامسونج", "autorizovaný servis výrobce", "sköts av tillverkaren",
	// "сервісний центр виробника", "гаряча лінія Нової пошти".
	l.add(cCarrier, "ضمان", "وكيل", "مركز خدمة", "مركز صيانة", "الشركة المصنعة", "výrobce", "výrobci", "záruka",
		"záruční", "záručním", "záruční list", "autorizovaný servis", "tillverkaren", "tillverkare", "tillverkarens",
		"garanti", "garantikort", "garantikortet", "виробника", "виробник", "виробнику", "сервісний центр",
		"сервісного центру", "гарантія", "гарантії", "гарантійний", "производителя", "производитель",
		"сервисный центр", "гарантия", "гарантии", "нова пошта", "нової пошти", "новою поштою", "нову пошту",
		"укрпошта", "укрпошти", "новой почты", "почта россии", "сдэк")
	// "Segue a gente no insta @lojaflor.br" asks for a follow; "segue" alone
	// is also "here is" ("segue o código de rastreio").
	l.add(cFollow, "segue a gente", "segue-nos", "segue nos", "nos segue", "siga-nos", "siga nos", "nos siga",
		"siga a gente", "sigam a gente", "segue a loja", "segue nosso", "segue nossa")
	// "尺寸不確定的話可以加我們的賴" (if you are unsure of the size, add our
	// LINE): unsure denies nothing.
	l.add(0, "不确定", "不確定", "不清楚", "不太确定", "不太確定")
	// Telegram and WeChat by their nicknames: "the blue paper-plane app",
	// 小飞机, 纸飞机, 绿泡泡; LINE named in Korean with its ID.
	l.add(cApp, "paper plane app", "paper-plane app", "paper airplane app", "小飞机", "纸飞机", "绿泡泡",
		"라인 아이디", "라인아이디", "라인 id", "라인 친구", "라인으로 연락")
	// Swedish "nås på" (is reached on) is not Polish "nas" (us).
	l.add(0, "nås på", "nås via")
	// A shipment's own number: "número de envío 0512 3344 5566 7", "numéro
	// d'expédition 41837260", "IMEI 353918101234567".
	// A parcel's pickup code at a store or a locker: "取件編號是
	// 0912-338-406", "取貨驗證碼 0912-334-556" (the pickup verification
	// code of a 7-11 parcel) is no phone number.
	l.add(cOrderRef, "取件編號", "取件编号", "取件码", "取件碼", "取貨編號", "取货编号", "取货码", "取貨碼", "提货码", "提貨碼",
		"取件號碼", "驗證碼", "验证码", "取貨驗證碼", "取货验证码", "pickup code", "pick-up code", "pickup number", "collection code", "locker code", "受取番号",
		"mã nhận hàng", "kode pengambilan", "รหัสรับสินค้า", "código de retiro", "código de recogida", "abholcode")
	l.add(cOrderRef, "imei", "envío", "envio", "número de envío", "expédition", "d'expédition", "envoi", "d'envoi",
		"expedição", "remessa", "sändning", "kolli", "kollinummer")
}

// findContact reports chat apps and handles offered for contact.
func (sc *scan) findContact() {
	sc.linksForContact()
	for i := range sc.units {
		u := sc.units[i]
		m := u.mask
		switch {
		case m&(cApp|cContactFixed) != 0:
			if sc.modelNumber(i) {
				continue
			}
			end := sc.identifierEnd(i)
			if sc.realIdentifier(i, end) || !sc.negated(i) && !sc.deniedAfter(i) && !sc.productFeature(i) && !sc.restrictedAfter(i) &&
				!sc.wishRefused(i) && !sc.warnedNear(i, 20) && !sc.buyerQuoted(i) {
				sc.addUnits(ContactInfo, i, end, "chat app or contact handle outside the platform")
			}
		case m&cProvider != 0:
			if !sc.negated(i) && (sc.identifierEnd(i) > i || !sc.warnedNear(i, 20)) {
				sc.addUnits(ContactInfo, i, sc.identifierEnd(i), "email account outside the platform")
			}
		case m&(cAppWeak|cSocial) != 0:
			sc.weakApp(i)
		case m&cHandle != 0:
			sc.bareHandle(i, i)
		case sc.spacedAtHandle(i):
			sc.bareHandle(i, i+1)
		case sc.text(i) == "@" && sc.spacedHandle(i) > i:
			// "DM us on @ l u n a . n a i l s": the account name spelled
			// out letter by letter after the at sign.
			sc.bareHandle(i, sc.spacedHandle(i))
		case sc.wechatV(i):
			sc.addUnits(ContactInfo, i, i+1, "WeChat account outside the platform")
		case m&cID != 0:
			if h := sc.idForApp(i); h > i {
				sc.addUnits(ContactInfo, i, h, "chat app account outside the platform")
			}
		}
		if sc.platform.IsMarketplace() && m&(cPlease|cAsk|cContactVerb|cOffer) != 0 {
			sc.askForContact(i)
		}
	}
}

// chatShorteners are the link shorteners sellers hide a chat link behind.
var chatShorteners = setOf("bit.ly", "cutt.ly", "s.id", "tinyurl.com", "rb.gy", "ow.ly", "is.gd", "shorturl.at", "t.ly")

// socialHosts are the social networks whose pages are messaged.
var socialHosts = setOf("instagram", "facebook", "fb", "threads", "tiktok", "messenger", "linkedin", "x", "twitter")

// chatPathWords name a chat app inside a shortened link's path:
// "bit.ly/adminbatikWA", "s.id/whatsapp-toko".
var chatPathWords = [...]string{"whatsapp", "wasap", "telegram", "zalo", "wechat", "lineid", "line-", "_line"}

// linksForContact reports the links that lead to a chat with the seller:
// a shortened link called a chat ("chat langsung di bit.ly/adminbatikWA")
// or with a chat app in its path, and a social page the buyer is asked to
// write to ("instagram.com/oud.alnakheel وراسلنا هناك", "thru IG dms —
// instagram.com/lunacharms.studio send ur font there") or where orders
// are taken, later in the sentence: "instagram.com/shop.kawaiicases — we
// take custom orders there". A page to follow or browse stays a link
// only.
func (sc *scan) linksForContact() {
	n := len(sc.found)
	for fi := 0; fi < n; fi++ {
		f := sc.found[fi]
		if f.kind != ExternalLink || f.e-f.s > 200 {
			continue
		}
		raw := sc.f.src[f.s:f.e]
		low := strings.ToLower(raw)
		if k := strings.Index(low, "://"); k >= 0 {
			low, raw = low[k+3:], raw[k+3:]
		}
		low, raw = strings.TrimPrefix(low, "www."), raw[len(raw)-len(strings.TrimPrefix(low, "www.")):]
		host, path := low, ""
		if k := strings.IndexByte(low, '/'); k >= 0 {
			host, path = low[:k], raw[k+1:]
		}
		k := sc.unitIndexAt(f.s)
		if k >= len(sc.units) {
			continue
		}
		if chatShorteners[host] && path != "" && (chatPath(path) || sc.chatVerbBefore(k)) ||
			socialHosts[brandOf(host)] && path != "" && (sc.pageWrittenTo(k, f.e) || sc.orderedThere(k, f.e)) {
			sc.found = append(sc.found, finding{kind: ContactInfo, s: f.s, e: f.e, rule: "link to a chat with the seller outside the platform"})
		}
	}
}

// chatPath reports a chat app named in a shortened link's path, as
// written: "adminbatikWA", "wa-tokoku", "whatsapp-toko".
func chatPath(path string) bool {
	low := strings.ToLower(path)
	for _, w := range chatPathWords {
		if strings.Contains(low, w) {
			return true
		}
	}
	// "WA" in capitals at either end: "adminbatikWA", "WAadmin"; or "wa"
	// set off by a hyphen or underscore: "wa-tokoku", "toko_wa".
	return strings.HasSuffix(path, "WA") || strings.HasPrefix(path, "WA") ||
		strings.HasPrefix(low, "wa-") || strings.HasPrefix(low, "wa_") || strings.HasSuffix(low, "-wa") || strings.HasSuffix(low, "_wa")
}

// chatVerbBefore reports a chat verb or app right before the link at unit
// k: "chat langsung di bit.ly/…", "WhatsApp kami: bit.ly/…".
func (sc *scan) chatVerbBefore(k int) bool {
	for j := k - 1; j >= 0 && k-j <= 4 && sc.units[j].sent == sc.units[k].sent; j-- {
		if (messagingVerbs[sc.text(j)] || sc.units[j].mask&(cApp|cContactFixed) != 0 || sc.is(j, "wa", "line")) && !sc.negated(j) {
			return true
		}
	}
	return false
}

// pageWrittenTo reports the social page whose link starts at unit k and
// ends at the original offset end as one the buyer is asked to write to,
// in its sentence: "proszę napisać na naszym fanpage'u facebook.com/…",
// "instagram.com/… وراسلنا هناك", "thru IG dms — instagram.com/…". Not
// "message us here", nor a message sent on the platform.
func (sc *scan) pageWrittenTo(k, end int) bool {
	a, b := sc.around(k, 14)
	for j := a; j < b; j++ {
		if j >= k && int(sc.f.from[sc.units[j].s]) < end {
			continue // inside the link
		}
		w := sc.text(j)
		if !messagingVerbs[w] && !writeWords[w] {
			continue
		}
		if w == "nhan" && !strings.HasPrefix(strings.ToLower(sc.f.src[sc.f.from[sc.units[j].s]:]), "nhắn") {
			continue // Vietnamese nhận (receive) folds to nhắn (text)
		}
		if sc.negated(j) || sc.is(j+1, "here") || sc.is(j+2, "here") || sc.next(j, cPlatform, 3) >= 0 {
			continue
		}
		return true
	}
	return false
}

// writeWords ask the buyer to write to a page, beside messagingVerbs: "ig
// dms", "napisać", "scrivici", "escríbenos".
var writeWords = foldSet("dms", "scriveteci", "escribenos allí", "napisać", "napisz", "napiszcie", "pisz", "piszcie", "scrivici", "scrivimi", "escríbenos",
	"escribenos", "escríbeme", "escreva", "escreve", "escrevam", "schreiben", "schreibt", "schreib", "écrivez", "écris",
	"schrijf", "راسلنا", "وراسلنا", "راسلونا", "وراسلونا", "راسلني", "وراسلني")

// weakApp decides whether Line, Signal, WA, Instagram … at i are offered
// for contact: "message us on Facebook", "add me on snap", "Line: shop99",
// "WA kami di 0856…". "Follow us on Instagram @shop" is promotion, not
// contact, and is left to promo.go.
func (sc *scan) weakApp(i int) {
	// "ring light compatible sa TikTok Live at Messenger video call": what
	// the product works with.
	if sc.negated(i) || sc.lineNoun(i) || !sc.realIdentifier(i, sc.identifierEnd(i)) && (sc.warnedNear(i, 20) || sc.wishRefused(i) || sc.productFeature(i)) ||
		sc.ownPlatform(i) || sc.whatsYour(i) {
		return
	}
	social := sc.units[i].mask&cSocial != 0 && sc.units[i].mask&cAppWeak == 0
	const rule = "chat app or social account offered for contact"
	if v := sc.prev(i, cContactVerb, 7); v >= 0 {
		// "message us on Facebook", "add me on snap"; for the short app
		// names also the verb right before: "chat WA kami", "hubungi WA".
		// A page messaged directly is contact too: "message our Facebook
		// page", "inbox fanpage", "私訊我們的粉專".
		if sc.first(v+1, i, cVia) >= 0 || v == i-1 && !social || sc.messagedPage(v, i) {
			sc.addUnits(ContactInfo, v, sc.identifierEnd(i), rule)
			return
		}
	}
	// "bisa PO lewat WA kami", "order via our WA": a chat app named as the
	// seller's own, after a word for "via". Not "line" ("via our product
	// line"), nor a social network, which is followed rather than written to.
	if !social && !sc.is(i, "line") && sc.is(i-1, "lewat", "via", "melalui", "thru", "through", "sa", "qua") &&
		(sc.units[min(i+1, len(sc.units)-1)].mask&(cSelf|cUs) != 0 && i+1 < len(sc.units) && sc.units[i+1].clause == sc.units[i].clause) {
		sc.addUnits(ContactInfo, i-1, i+1, rule)
		return
	}
	if !social && !sc.is(i, "line") && i >= 2 && sc.units[i-1].mask&cSelf != 0 && sc.is(i-2, "via", "through", "thru", "on") &&
		(i+1 >= len(sc.units) || sc.units[i+1].clause != sc.units[i].clause || sc.units[i+1].kind == uNumber || sc.units[i+1].mask&cHandle != 0) {
		sc.addUnits(ContactInfo, i-2, i, rule)
		return
	}
	// "IG m a y a . b a g s . s g": a handle spelled out letter by letter
	// is written to be copied, so it is offered whatever the verb.
	if end := sc.spacedHandle(i); end > i {
		sc.addUnits(ContactInfo, i, end, rule)
		return
	}
	// "follow IG kami dan DM di sana", "find us on Instagram and DM us";
	// further on, a message written there: "Seguici su Instagram @casa
	// per le offerte … e scrivici lì in DM", "Follow IG kita @hijabku buat
	// info restock, bisa juga DM di sana".
	for j := i + 1; j < len(sc.units) && j-i <= 16 && sc.units[j].sent == sc.units[i].sent; j++ {
		// Brazilians call Instagram's DMs "o direct": "chama no direct",
		// "manda pelo direct".
		near := j-i <= 6 && (sc.is(j, "dm", "dms", "pm", "pms", "inbox", "message", "msg", "chat", "text") ||
			sc.is(j, "direct") && sc.is(j-1, "no", "pelo", "por", "via"))
		if !near && (messagingVerbs[sc.text(j)] || writeWords[sc.text(j)]) && !sc.negated(j) && sc.writtenThere(j) {
			near = true
		}
		if near && !sc.is(j+1, "here") && !sc.is(j+2, "here") {
			sc.addUnits(ContactInfo, i, j, rule)
			return
		}
	}
	// "subscribe channel YouTube kami 'Dapur Kak Yah'": a channel named to
	// be followed, which nobody messages, is promoted, not given for
	// contact; a Facebook page named so is messaged ("Follow niyo po FB
	// page namin 'Kusina ni Aling Nena'").
	if f := sc.prev(i, cFollow, 3); social && f >= 0 && !sc.negated(f) && (sc.is(i, "youtube", "yt") || sc.is(i-1, "channel") || sc.is(i+1, "channel")) {
		return
	}
	// "Our Facebook page is Little Fern Walls", "our FB page 'Casa Linen
	// PH'": a page given by its name, to be looked up.
	if end := sc.namedPage(i); end > i {
		sc.addUnits(ContactInfo, i, end, rule)
		return
	}
	// "FB page namin 'Kusina ni Aling Nena'", "just search 'Gadget Haven
	// Cebu' and PM us": a page's name in quotes, after the page or a verb
	// of searching near the account.
	if end := sc.quotedAfter(i + btoi(sc.is(i+1, "page", "fanpage"))); end > i {
		sc.addUnits(ContactInfo, i, end, rule)
		return
	}
	if a, b := sc.around(i, 12); sc.units[i].mask&cPlatform == 0 {
		for j := a; j < b; j++ {
			if searchWords[sc.text(j)] && !sc.negated(j) {
				if end := sc.quotedAfter(j); end > j {
					sc.addUnits(ContactInfo, min(i, j), max(i, end), rule)
					return
				}
			}
		}
	}
	// "تابعينا على انستغرام abaya.lulua وتقدرين تطلبين مباشرة من هناك": an
	// account named after the network, and the buyer sent on "there".
	if social && sc.thereAfter(i) {
		if end := sc.accountAfter(i); end > i {
			sc.addUnits(ContactInfo, i, end, rule)
			return
		}
	}
	// "Follow us on Instagram @shop", "our Instagram @shop, follow us for
	// the restock" promote; "youtube.com/@channel" is a link, reported as one.
	// Unless the account is then named as where the buyer goes on with
	// the shop: "Segue a gente no Instagram @casaverde, … por lá".
	if social && (sc.prev(i, cFollow|cBrowse, 6) >= 0 && !sc.thereAfter(i) || sc.next(i, cFollow, 8) >= 0 || sc.inLink(i)) {
		return
	}
	// "Line: shop99", "Viber 0917 123 4567"; "WA-5512" is a model number.
	if sc.modelNumber(i) {
		return
	}
	if end := sc.identifierEndMin(i, 7); end > i && sc.phoneLike(i+1, end) {
		sc.addUnits(ContactInfo, i, end, rule)
		return
	}
	// "Messenger: Rose Santos": a colon after the app, then a name.
	if e := int(sc.units[i].e); !social && e < len(sc.t) && (sc.t[e] == ':' || strings.HasPrefix(sc.t[e:], "：")) &&
		i+1 < len(sc.units) && sc.units[i+1].sent == sc.units[i].sent && sc.units[i+1].kind == uWord {
		sc.addUnits(ContactInfo, i, i+1, rule)
		return
	}
	// "Instagram, my handle is @shop": the handle later in the sentence.
	if h := sc.next(i, cHandle|cID, 5); h >= 0 && !sc.inLink(h) {
		sc.addUnits(ContactInfo, i, h, rule)
	}
}

// whatsYour reports "whats" at i as the question "what's your …"
// typed without its apostrophe: "whats ur sort code & acc no?" asks, it
// names no WhatsApp.
func (sc *scan) whatsYour(i int) bool {
	return sc.is(i, "whats") && i+1 < len(sc.units) && sc.units[i+1].mask&cYou != 0 && sc.units[i+1].sent == sc.units[i].sent
}

// writtenThere reports "there" right after the messaging verb at j: "DM
// di sana", "scrivici lì in DM", "message us there", "escríbenos allí".
func (sc *scan) writtenThere(j int) bool {
	for k := j + 1; k <= j+3 && k < len(sc.units) && sc.units[k].clause == sc.units[j].clause; k++ {
		if thereWords[sc.text(k)] || sc.is(k, "sana") && sc.is(k-1, "di") || sc.is(k, "li") && sc.f.src[sc.f.from[sc.units[k].s]:sc.f.to[sc.units[k].e-1]] == "lì" {
			return true
		}
	}
	return false
}

// idForApp returns the account name given after the ID at i for a chat
// app named just before, across a full stop ("LINEでご案内します。ID：
// sumika_shop までご連絡ください", "라인 아이디 seoulvintage77"), or for a
// message asked for after it ("ID: mia_closet88 までご連絡ください"); or
// -1. Not an order's, a tracking or a transaction ID.
func (sc *scan) idForApp(i int) int {
	h := i + 1
	if sc.is(h, "is", "是", "是 ", "la", "là", "es", "ist") {
		h++
	}
	if h >= len(sc.units) || sc.units[h].sent != sc.units[i].sent || !looksLikeHandle(sc.text(h)) ||
		sc.prev(i, cOrderRef|cCarrier|cPayOff|cPayInstr, 2) >= 0 || sc.negated(i) || sc.modelNumber(h) {
		return -1
	}
	for j := i - 1; j >= 0 && i-j <= 6; j-- {
		if sc.units[j].mask&(cApp|cAppWeak) != 0 && !sc.negated(j) && !sc.lineNoun(j) {
			return h
		}
	}
	for j := h + 1; j < len(sc.units) && j-h <= 3 && sc.units[j].sent == sc.units[i].sent; j++ {
		if sc.units[j].mask&cContactVerb != 0 && !sc.negated(j) {
			return h
		}
	}
	return -1
}

// accountAfter returns the last unit of an account name written right
// after the network at i, a handle or a dotted name ("abaya.lulua"), or i.
func (sc *scan) accountAfter(i int) int {
	j := i + 1
	if j >= len(sc.units) || sc.units[j].clause != sc.units[i].clause {
		return i
	}
	if sc.units[j].mask&cHandle != 0 {
		return j
	}
	s := int(sc.units[j].s)
	e := s
	for e < len(sc.t) && (isLabelByte(sc.t[e]) || sc.t[e] == '_' || sc.t[e] == '.' && e+1 < len(sc.t) && isLabelByte(sc.t[e+1])) {
		e++
	}
	if !looksLikeHandle(sc.t[s:e]) {
		return i
	}
	for j+1 < len(sc.units) && int(sc.units[j+1].s) < e {
		j++
	}
	return j
}

// thereAfter reports "there" pointing back at the account at i later in
// its sentence: "postamos as novidades primeiro por lá".
func (sc *scan) thereAfter(i int) bool {
	for j := i + 1; j < len(sc.units) && j-i <= 20 && sc.units[j].sent == sc.units[i].sent; j++ {
		if thereWords[sc.text(j)] {
			return true
		}
	}
	return false
}

// orderedThere reports orders taken "there", on the social page whose
// link starts at unit k and ends at the original offset end, later in its
// sentence: "instagram.com/shop.kawaiicases — we take custom orders
// there". An order placed on a page is placed by writing to it. Not a
// page the sentence asks to follow ("follow us at tiktok.com/@shop — we
// post restock drops there"), which promotes it.
func (sc *scan) orderedThere(k, end int) bool {
	if sc.prev(k, cFollow, 8) >= 0 {
		return false
	}
	for j := k; j < len(sc.units) && j-k <= 20 && sc.units[j].sent == sc.units[k].sent; j++ {
		if int(sc.f.from[sc.units[j].s]) < end || sc.negated(j) {
			continue
		}
		// "orders there", or an order verb and "there" after it: "we take
		// orders there"; not the Malay particle "la" ("order la kak").
		if thereSet[sc.text(j)] || sc.units[j].mask&cOrderVerb != 0 && j+1 < len(sc.units) && thereWords[sc.text(j+1)] && sc.text(j+1) != "la" {
			return true
		}
	}
	return false
}

// pageMessaged reports the social page at t written to there, later in its
// sentence: "check our facebook page fb.com/sunnyhomeusa and message us
// there" gives a way to write, not a page to browse.
func (sc *scan) pageMessaged(t int) bool {
	if sc.units[t].mask&cSocial == 0 && !sc.is(t, "page", "fanpage") {
		return false
	}
	for j := t + 1; j < len(sc.units) && j-t <= 8 && sc.units[j].sent == sc.units[t].sent; j++ {
		if sc.units[j].mask&cContactVerb != 0 && sc.units[min(j+1, len(sc.units)-1)].mask&cUs != 0 && !sc.negated(j) {
			return thereWords[sc.text(j+2)]
		}
	}
	return false
}

// namedPage returns the end of a page's name after the social account at
// i ("Facebook page is Little Fern Walls", "FB page 'Casa Linen PH'"): two
// or more capitalised words, or -1.
func (sc *scan) namedPage(i int) int {
	j := i
	if !strings.HasSuffix(sc.text(i), "page") {
		if !sc.is(i+1, "page", "fanpage") {
			return -1
		}
		j = i + 1
	}
	if sc.is(j+1, "is", "called", "named") {
		j++
	}
	n := 0
	for k := j + 1; k < len(sc.units) && sc.units[k].sent == sc.units[i].sent && sc.units[k].kind == uWord; k++ {
		w := sc.f.src[sc.f.from[sc.units[k].s]:sc.f.to[sc.units[k].e-1]]
		w = strings.TrimLeft(w, "'\"‘“")
		if w == "" || w[0] < 'A' || w[0] > 'Z' {
			break
		}
		n++
		if n >= 2 && (k+1 >= len(sc.units) || sc.units[k+1].kind != uWord || !startsUpper(sc, k+1)) {
			return k
		}
	}
	return -1
}

// searchWords look a name up: "search 'Gadget Haven Cebu'".
var searchWords = foldSet("search", "search for", "look up", "look for", "find", "hanapin", "hanap", "cari", "tìm",
	"busca", "buscar", "suche", "suchen", "cherchez", "cerca", "procure", "ค้นหา", "ค้น", "ค้นชื่อ", "搜索", "搜寻", "搜")

// quotedAfter returns the last unit of a name in quotes right after unit
// i, a word or two between ("'Kusina ni Aling Nena'", "namin 'Casa
// Linen'", "叫「小林手作 KL」"), or -1.
func (sc *scan) quotedAfter(i int) int {
	if i < 0 || i >= len(sc.units) {
		return -1
	}
	t := sc.t
	p := int(sc.units[i].e)
	for q := p; q < len(t) && q-p <= 16; q++ {
		c := t[q]
		if c == ' ' || 'a' <= c && c <= 'z' {
			continue
		}
		open, close := "", ""
		for _, qs := range [...][2]string{{"'", "'"}, {"\"", "\""}, {"‘", "’"}, {"“", "”"}, {"「", "」"}, {"『", "』"}, {"«", "»"}} {
			if strings.HasPrefix(t[q:], qs[0]) {
				open, close = qs[0], qs[1]
				break
			}
		}
		if open == "" || q > 0 && t[q-1] != ' ' && open == "'" {
			return -1 // not a quote: "doesn't"
		}
		s := q + len(open)
		k := strings.Index(t[s:min(len(t), s+80)], close)
		if k < 4 {
			return -1
		}
		e := s + k
		end := -1
		for j := i + 1; j < len(sc.units) && int(sc.units[j].s) < e; j++ {
			end = j
		}
		return end
	}
	return -1
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

func startsUpper(sc *scan, k int) bool {
	w := strings.TrimLeft(sc.f.src[sc.f.from[sc.units[k].s]:sc.f.to[sc.units[k].e-1]], "'\"‘“")
	return w != "" && w[0] >= 'A' && w[0] <= 'Z'
}

// messagingVerbs write to someone: the verbs that can take a page as
// their object.
var messagingVerbs = func() map[string]bool {
	m := map[string]bool{}
	var f folded
	for _, w := range []string{"message", "msg", "dm", "pm", "inbox", "chat", "text", "contact", "reach", "私讯", "私信",
		"nhắn", "nhắn tin", "ทัก", "hubungi", "mensahe", "i-message", "i-pm", "ipm", "อินบ็อกซ์", "อินบ๊อกซ์", "อินบอกซ์"} {
		f.reset(w)
		m[string(f.b)] = true
	}
	return m
}()

// messagedPage reports whether the social account at i is the object of
// the messaging verb at v, with at most possessives between: "message
// our Facebook page", "inbox fanpage Facebook", "私訊我們的粉專".
func (sc *scan) messagedPage(v, i int) bool {
	if i-v > 3 || !messagingVerbs[sc.text(v)] || sc.negated(v) {
		return false
	}
	for j := v + 1; j < i; j++ {
		if sc.units[j].mask&cSelf == 0 && !sc.is(j, "the") && !pageWords[sc.text(j)] {
			return false
		}
	}
	return true
}

// pageWords name the page before the network: "ทักเพจเฟซบุ๊ก",
// "nhắn trang Facebook".
var pageWords = foldSet("page", "fanpage", "เพจ", "trang", "halaman", "página", "seite", "专页", "專頁")

// wechatV reports "V：hj_kf02", "vx: shop88": the letter sellers write for
// WeChat, a colon, and an account name.
func (sc *scan) wechatV(i int) bool {
	if !sc.is(i, "v", "vx", "wx") || i+1 >= len(sc.units) || sc.units[i+1].sent != sc.units[i].sent {
		return false
	}
	e := int(sc.units[i].e)
	for e < len(sc.t) && sc.t[e] == ' ' {
		e++
	}
	if e >= len(sc.t) || sc.t[e] != ':' {
		return false
	}
	n := sc.units[i+1]
	return looksLikeHandle(sc.f.src[sc.f.from[n.s]:sc.f.to[n.e-1]])
}

// bareHandle reports an @handle, units i through end, offered for
// contact: one next to a contact verb or an app, not one a follow request
// promotes, nor the buyer's own tag on a payment service ("I can send £7
// via Revolut, just drop me your @revtag"), which is a payment detail.
func (sc *scan) bareHandle(i, end int) {
	if sc.prev(i, cFollow, 8) >= 0 || sc.negated(i) || sc.inLink(i) || sc.inPath(i) || sc.relayAddress(i) ||
		sc.next(i, cFollow, 6) >= 0 && sc.prev(i, cContactVerb|cApp, 8) < 0 || sc.buyerPayTag(i) {
		return
	}
	if sc.prev(i, cContactVerb|cApp|cAppWeak|cSocial|cID, 6) >= 0 || sc.messagedAfter(end) {
		sc.addUnits(ContactInfo, i, end, "contact handle")
	}
}

// spacedAtHandle reports an at sign written apart from the account name
// after it: "snap me ur size @ emmas_closet". The name must read as one
// (letters with digits, dots or underscores), not an amount: "2 @ rm12.50".
func (sc *scan) spacedAtHandle(i int) bool {
	if sc.text(i) != "@" || i+1 >= len(sc.units) || sc.units[i+1].sent != sc.units[i].sent {
		return false
	}
	n := sc.units[i+1]
	if n.s != sc.units[i].e+1 || sc.t[sc.units[i].e] != ' ' || n.kind != uWord || n.mask&(cMoney|cCurrency) != 0 {
		return false
	}
	return looksLikeHandle(sc.t[n.s:n.e])
}

// buyerPayTag reports the handle at i as the buyer's own ("your @revtag")
// in a sentence that names a payment service: the account the seller pays
// into, not a way to talk.
func (sc *scan) buyerPayTag(i int) bool {
	if i == 0 || sc.units[i-1].mask&cYou == 0 {
		return false
	}
	a, b := sc.around(i, 16)
	return sc.first(a, b, cPayInstr|cPayOff) >= 0
}

// identifierEnd returns the last unit of an identifier right after unit i
// ("WeChat: lin_store88", "WhatsApp +1 555…", "Line ID tokyogoods"), or i.
func (sc *scan) identifierEnd(i int) int { return sc.identifierEndMin(i, 3) }

// identifierEndMin is identifierEnd where a number needs minDigits digits.
func (sc *scan) identifierEndMin(i, minDigits int) int {
	end := i
	digits := 0
	for j := i + 1; j < len(sc.units) && j-end <= 2 && sc.units[j].sent == sc.units[i].sent; j++ {
		u := sc.units[j]
		w := sc.t[u.s:u.e]
		if u.kind == uNumber {
			digits += int(u.e - u.s)
		}
		switch {
		case u.mask&(cHandle|cID) != 0, u.kind == uNumber && digits >= minDigits, looksLikeHandle(w):
			end = j
		case u.mask&(cVia|cSelf|cUs) != 0 || w == "is" || w == "la" || w == "là" || w == "es" || w == "ist" || w == "est" || w == "é":
			// "my WeChat ID is …", "Zalo của shop là …"
		default:
			return end
		}
	}
	return end
}

// deniedAfter reports a denial right after unit i: "WhatsApp is not
// allowed here", "WeChat isn't supported".
func (sc *scan) deniedAfter(i int) bool {
	for j := i + 1; j < len(sc.units) && j-i <= 8 && sc.units[j].clause == sc.units[i].clause; j++ {
		if sc.units[j].mask&cNegation == 0 || sc.is(j, "no", "na", "ne") {
			continue
		}
		if j-i <= 3 {
			return true
		}
		for k := j + 1; k < len(sc.units) && k-j <= 2; k++ {
			if sc.is(k, "allowed", "permitted", "possible", "supported", "accepted", "available", "able", "use", "used", "share", "shared", "offer", "provide",
				"afhandelen", "gebruiken", "toegestaan") {
				return true
			}
		}
	}
	return false
}

// restrictedAfter reports the platform's restriction later in the
// sentence of the app at i: "we understand you'd rather chat on WhatsApp,
// but Amazon only allows us to communicate through Buyer-Seller
// Messaging".
func (sc *scan) restrictedAfter(i int) bool {
	for j := i + 1; j < len(sc.units) && j-i <= 12 && sc.units[j].sent == sc.units[i].sent; j++ {
		// "…you mentioned WhatsApp, but all our support has to stay in
		// Amazon messages".
		if sc.is(j, "stay", "remain", "stays", "remains") && sc.is(j+1, "in", "on", "within", "inside") &&
			sc.first(j+2, min(j+4, len(sc.units)), cPlatform) >= 0 {
			return true
		}
		// The restriction is on talking: "…only allows us to communicate
		// through…", not "Amazon only allows 1000 characters here".
		if sc.is(j, "only") && sc.is(j+1, "allows", "allow", "permits", "permit", "lets", "let") ||
			sc.units[j].mask&cNegation != 0 && sc.is(j+1, "allow", "allows", "permit", "permits", "allowed", "permitted") {
			talk := sc.next(j+1, cContactVerb, 4) >= 0
			for k := j + 2; k < len(sc.units) && k-j <= 5 && !talk; k++ {
				talk = sc.is(k, "communicate", "communication", "messaging", "contact", "chat")
			}
			return talk && (sc.first(max(0, j-3), j, cPlatform) >= 0 || sc.is(j-1, "platform", "rules", "policy"))
		}
	}
	return false
}

// modelNumber reports whether the name at i is the start of a model or
// part number: "WA-5512", "VX-1000".
func (sc *scan) modelNumber(i int) bool {
	e := sc.units[i].e
	return int(e)+1 < len(sc.t) && sc.t[e] == '-' && isDigit(sc.t[e+1])
}

// phoneLike reports whether units i..end, when they start with a number,
// read as a phone number: "WA 0856 7890 1234" but not "Seattle, WA
// 98101-1234".
func (sc *scan) phoneLike(i, end int) bool {
	for j := i; j <= end; j++ {
		if sc.units[j].kind != uNumber {
			continue
		}
		r, ok := readDigitRun(sc.t, int(sc.units[j].s))
		return ok && !r.notPhone() && r.digits >= 7
	}
	return true
}

// looksLikeHandle reports whether w reads as an account name rather than
// a word: letters mixed with digits, underscores or dots (lin_store88).
func looksLikeHandle(w string) bool {
	if len(w) < 4 || len(w) > 40 {
		return false
	}
	letters, other := false, false
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case isASCIILetter(c):
			letters = true
		case isDigit(c) || c == '_' || c == '.':
			other = true
		case c >= 0x80:
			return false
		}
	}
	return letters && other && !strings.Contains(w, "'")
}

// askForContact reports asking the buyer for their own details: "send me
// your WhatsApp number", "provide your phone number", "what is your
// email". eBay forbids exchanging contact details in either direction.
func (sc *scan) askForContact(i int) {
	if !sc.is(i, "send", "give", "provide", "share", "tell", "leave", "what's", "whats", "what") {
		return
	}
	y := sc.next(i, cYou, 3)
	if y < 0 {
		return
	}
	j := y + 1
	if j < len(sc.units) && sc.units[j].sent == sc.units[i].sent && sc.units[j].mask&(cPhoneWord|cEmailWord) != 0 &&
		!sc.is(j, "call", "calling", "text", "write", "mail") {
		if sc.negated(i) || sc.units[j].mask&cPhoneWord == 0 && sc.emailForPayment(i) {
			return
		}
		end := j
		if sc.is(j+1, "number", "address", "id", "numero", "nummer") {
			end = j + 1
		}
		sc.addUnits(ContactInfo, i, end, "asks for the buyer's contact details")
	}
}

// emailForPayment reports the buyer's email asked for at i in a sentence
// that pays or bills the buyer by a payment service: "send me your email
// and I'll send the Wise payment request", "send ur email so we can
// invoice you, payment thru bank transfer". The address is where the
// money or the bill goes, a payment's detail that the payment rules
// read, not a way to talk.
func (sc *scan) emailForPayment(i int) bool {
	a, b := sc.around(i, 16)
	return sc.first(a, b, cPayInstr|cPayOff) >= 0
}

// inLink reports whether unit i lies inside a link already reported as
// an external link: "youtube.com/@shop" is a link, not a handle offered.
func (sc *scan) inLink(i int) bool { return sc.reportedAs(ExternalLink, i) }

// spacedHandle returns the last unit of a handle spelled out in single
// characters right after the app at i ("IG: m a y a . b a g s"), or i:
// five or more letters or digits, one apart, with only spaces, dots,
// underscores, colons or an @ between.
func (sc *scan) spacedHandle(i int) int {
	end, n := i, 0
	// Not bound to the sentence: the dots of "a . b" end one.
	for j := i + 1; j < len(sc.units); j++ {
		u := sc.units[j]
		if u.e-u.s != 1 || !isASCIIAlnum(sc.t[u.s]) {
			break
		}
		gap := sc.t[sc.units[j-1].e:u.s]
		if len(gap) > 4 || strings.Trim(gap, " ._:@-") != "" || n > 0 && !strings.Contains(gap, " ") {
			break
		}
		end, n = j, n+1
	}
	if n < 5 {
		return i
	}
	return end
}

// realIdentifier reports a number, handle or account name among units
// (i, end]: "WeChat: lin_store88", not the word alone in "카카오톡 아이디는
// 안내해 드릴 수 없습니다" (we can't give our KakaoTalk ID).
func (sc *scan) realIdentifier(i, end int) bool {
	for j := i + 1; j <= end && j < len(sc.units); j++ {
		u := sc.units[j]
		if u.kind == uNumber || u.mask&cHandle != 0 || looksLikeHandle(sc.t[u.s:u.e]) {
			return true
		}
	}
	return false
}

// lineNouns make "line" a telephone line: "their public line", "the
// support line".
var lineNouns = foldSet("public", "support", "service", "help", "phone", "telephone", "customer", "care", "enquiry",
	"enquiries", "their", "his", "her", "direct", "toll-free", "free", "dedicated", "warranty", "hot", "repair")

func (sc *scan) lineNoun(i int) bool { return sc.is(i, "line") && lineNouns[sc.text(i-1)] }

// buyerQuoted reports unit i inside quotes that give the buyer's own
// words: "The gift note you typed in — 'Happy 40th, call me at 7!' — was
// printed…". The quote must follow "you" or "your" in its sentence.
func (sc *scan) buyerQuoted(i int) bool {
	t := sc.t
	s := int(sc.units[i].s)
	open := -1
	for p := s - 1; p >= 0 && s-p <= 80; p-- {
		if c := t[p]; c == '\'' || c == '"' || c == '\n' {
			if c == '\n' || c == '\'' && p > 0 && isASCIIAlnum(t[p-1]) {
				if c == '\n' {
					return false
				}
				continue // "we'll", "Dave's"
			}
			open = p
			break
		}
	}
	if open < 0 || !strings.ContainsRune(t[sc.units[i].e:min(len(t), int(sc.units[i].e)+80)], rune(t[open])) {
		return false
	}
	k := sc.unitIndexAt(int(sc.f.from[open]))
	return k > 0 && sc.prev(k, cYou, 12) >= 0 && sc.units[k-1].sent == sc.units[i].sent
}

// messagedAfter reports a messaging verb right after the handle at i, as
// Japanese and Korean write it: "@hana_wear にDMください", "@dal.ceramic 으로
// DM 보내주시면".
func (sc *scan) messagedAfter(i int) bool {
	for j := i + 1; j < len(sc.units) && j-i <= 2 && sc.units[j].sent == sc.units[i].sent; j++ {
		if messagingVerbs[sc.text(j)] && !sc.negated(j) {
			return true
		}
	}
	return false
}
