package compliance

// Chat apps and payment services named as what a product does: "the
// watch shows WhatsApp notifications", "works for WhatsApp video calls",
// "the card machine takes Pix by QR code", "a slot that fits your Cash App
// card". The buyer is told what the product does, not where to talk or
// pay.

// featureWords name what a product does with an app.
var featureWords = foldSet("notification", "notifications", "notify", "alerts", "compatible", "supports",
	"supported", "displays", "display", "sync", "syncs", "app notifications", "calls", "reels", "stories",
	"streaming", "vibrates", "vibrate", "share", "sharing", "permite", "permet", "ermöglicht", "dipakai", "digunakan",
	"notifikasi", "notificaciones", "notificación", "notificações", "notificação", "benachrichtigungen",
	"mitteilungen", "notifiche", "llamadas", "videollamadas", "chamadas", "videochamadas", "anrufe", "appels",
	"panggilan", "compartir", "compartilhar", "teilen", "partager", "bagikan", "chia sẻ", "cuộc gọi", "thông báo",
	"แจ้งเตือน", "通知", "提醒", "消息提醒", "支持", "兼容", "通话", "视频通话", "分享", "اشعارات", "إشعارات", "تنبيهات",
	"تعرض", "مكالمات",
	// "hỗ trợ nghe gọi Zalo", "supporta", "mostra le notifiche", "pang-TikTok
	// live at Zoom" (Tagalog "for use in"), and the notifications and calls
	// of Romanian, Ukrainian, Turkish and Korean.
	"hỗ trợ", "nghe gọi", "hiển thị", "báo tin nhắn", "supporta", "mostra", "compatibile", "soporta", "suporta",
	"unterstützt", "mendukung", "menyokong", "pang", "notificări", "notificari", "сповіщення", "уведомления",
	"görüşmelerinde", "görüşmeleri", "bildirim", "bildirimleri", "알림", "알림음", "통화",
	// "WhatsApp ve Telegram bildirimlerini gösterir", "支援微信、LINE訊息提醒",
	// "LINEの通知表示に対応".
	"bildirimlerini", "bildirimler", "gösterir", "gösteriyor", "支援", "に対応", "通知表示", "機能",
	// "the baby monitor has a feature to send snapshots to your Telegram",
	// "có tính năng nghe gọi Zalo", "fitur notifikasi WhatsApp".
	// "the tablet runs Zoom, Skype and WhatsApp video out of the box".
	"runs", "preinstalled", "pre-installed", "preloaded", "pre-loaded", "vorinstalliert", "preinstalado",
	"preinstallato", "préinstallé", "cài sẵn", "预装", "預裝",
	"feature", "features", "function", "functions", "función", "funcion", "funktion", "fonction", "funzione",
	"função", "fitur", "tính năng", "功能", "ฟังก์ชัน", "ฟีเจอร์",
	// "the smart speaker can read out WhatsApp messages", "รองรับ LINE"
	// (supports), Arabic "وتدعم" (and supports), and Greek "η συσκευή
	// υποστηρίζει κλήσεις Viber" (the device supports Viber calls).
	"read out", "reads out", "read aloud", "reads aloud", "announces",
	// "the ring light app connects with TikTok LIVE and Instagram".
	"connects", "รองรับ", "تدعم", "وتدعم", "يدعم", "ويدعم",
	"υποστηρίζει", "κλήσεις", "βιντεοκλήσεις", "ειδοποιήσεις", "συμβατό", "συμβατή",
	// A printer's work: "you can print WeChat chat screenshots or photos
	// from Line", "imprime fotos do WhatsApp", "打印微信聊天记录".
	"print", "prints", "printing", "imprimir", "imprime", "imprimer", "drucken", "druckt", "cetak", "mencetak",
	"打印", "列印", "พิมพ์")

// productFeature reports an app at i named as something the product
// does, and not aimed at the seller: "shows WhatsApp and WeChat
// notifications", "answer Messenger or Zalo calls from the touch panel";
// not "share your WhatsApp number", "WhatsApp us".
func (sc *scan) productFeature(i int) bool {
	a, b := sc.around(i, 6)
	feature := false
	for j := a; j < b && !feature; j++ {
		feature = featureWords[sc.text(j)] || featureWords[sc.text(j)+" "+sc.text(j+1)] || sc.is(j, "lets", "allows", "allow", "let") && sc.is(j+1, "you") ||
			sc.is(j, "video", "voice") && sc.is(j+1, "call", "calls") && sc.units[min(j+2, len(sc.units)-1)].mask&(cYou|cUs) == 0 || sc.is(j, "works", "work") && sc.is(j+1, "with", "for", "great")
	}
	// Further back in the clause, the verb heading a longer list: "this
	// phone supports the M-Pesa SIM toolkit and WhatsApp".
	for j := a - 1; !feature && j >= 0 && i-j <= 10 && sc.units[j].clause == sc.units[i].clause; j-- {
		if featureWords[sc.text(j)] {
			feature, a = true, j
		}
	}
	return feature && !sc.contactAimed(a, b, i)
}

// contactAimed reports contact with the seller in units [a, b) around the
// app at i: a handle, "our WhatsApp", "WhatsApp us", "message us", the
// app's number or ID.
func (sc *scan) contactAimed(a, b, i int) bool {
	if i+1 < len(sc.units) && (sc.units[i+1].mask&(cPhoneWord|cID|cUs) != 0 && !sc.appCalls(i) || numberNouns[sc.text(i+1)]) ||
		i > 0 && sc.units[i-1].mask&(cSelf|cUs) != 0 {
		return true
	}
	// "we have a customer group on WhatsApp where we share setup tips".
	for j := a; j < b; j++ {
		m := sc.units[j].mask
		if m&cEmailWord != 0 && m&(cContactFixed|cHandle|cProvider) == 0 && sc.listedWith(j, i) {
			continue // "share any clip to WhatsApp or email": another place the product sends to
		}
		if m&(cContactFixed|cHandle|cEmailWord|cProvider) != 0 || m&cWe != 0 && !sc.notPronounI(j) ||
			m&cUs != 0 && sc.first(j-2, j, cContactVerb|cApp|cAppWeak|cPhoneWord) >= 0 {
			return true
		}
	}
	return false
}

// appCalls reports "call" or "calls" after the app at i naming the app's
// calls the product takes, with nobody to call after it: "works with
// Zoom and WhatsApp call, mic is clear"; not "WhatsApp call us", "WhatsApp
// call 0812 …", "WhatsApp call me".
func (sc *scan) appCalls(i int) bool {
	if !sc.is(i+1, "call", "calls") {
		return false
	}
	if j := i + 2; j < len(sc.units) && sc.units[j].clause == sc.units[i].clause &&
		(sc.units[j].mask&(cUs|cSelf|cYou|cPhoneWord|cID|cHandle) != 0 || sc.units[j].kind == uNumber || numberNouns[sc.text(j)]) {
		return false
	}
	return true
}

// listedWith reports unit j joined to the app at i by "or" or "and", as
// the next item of one list: "WhatsApp or email", "email and WhatsApp".
func (sc *scan) listedWith(j, i int) bool {
	return (j == i+2 || j == i-2) && listWords[sc.text((i+j)/2)]
}

// deviceWords name devices and goods that show, store or take a payment
// app for their owner: "this smartwatch shows UPI payment notifications
// from PhonePe and Paytm", "a Ledger-style cold wallet, supports BTC, ETH
// and USDT", "đồng hồ này hiện thông báo MoMo", "un compartimento para la
// tarjeta de Mercado Pago".
var deviceWords = newPhraseSet("watch", "smartwatch", "smart watch", "smartwatches", "smartband", "smart band",
	"fitness tracker", "wristband", "hardware wallet", "cold wallet", "crypto wallet", "ledger", "trezor", "usb key",
	"card reader", "reader", "terminal", "pos", "pos printer", "printer", "card machine", "maquininha", "datáfono",
	"datafono", "lector", "lettore", "kartenleser", "kartenterminal", "lecteur", "tpe", "mesin edc", "edc",
	"compartment", "compartimento", "compartimiento", "scomparto", "fach", "kartenfach", "card slot", "card holder",
	"cardholder", "phone case", "wallet case", "bolso", "bolsillo", "pocket", "ngăn", "kantong", "saku",
	"đồng hồ", "vòng tay", "jam tangan", "relógio", "reloj", "orologio", "montre", "uhr", "手表", "手錶", "手环", "手環",
	"นาฬิกา", "스마트워치", "スマートウォッチ", "baby monitor", "camera", "doorbell", "speaker", "display", "screen",
	// Arabic "الساعة" (the watch), Greek "η συσκευή" (the device), and the
	// phones that carry a wallet: "this feature phone supports M-Pesa".
	"الساعة", "ساعة", "الساعه", "συσκευή", "ρολόι", "feature phone", "smartphone", "handset",
	"màn hình", "layar", "tela", "pantalla", "bildschirm", "écran", "manual", "user manual", "handbuch", "manuel")

// deviceVerbs say what such a device does with the app: shows it, takes
// it, holds its card.
var deviceVerbs = foldSet("shows", "show", "showing", "displays", "accepts", "accept", "takes", "reads", "prints",
	"stores", "holds", "fits", "has", "tiene", "tem", "hat", "có", "hiện",
	"hiển thị", "muestra", "mostra", "zeigt", "affiche", "menampilkan", "aceita", "acepta", "akzeptiert", "accetta",
	"accepte", "nhận", "menerima", "receipts", "receipt", "wallet", "network", "networks", "coins", "tokens")

// devicePays reports the payment service at i named in a sentence about
// a device and what it does, and in no words of paying the seller: "the
// hardware wallet supports USDT on both the Ethereum and Tron networks,
// and BTC of course". "This watch shows MoMo alerts, send the money to my
// MoMo" pays the seller.
func (sc *scan) devicePays(i int) bool {
	a, b := sc.around(i, 14)
	device, does := false, false
	for j := a; j < b; j++ {
		if sc.units[j].mask&(cWe|cUs|cSelf|cDirect|cOffChannel|cMoney|cHandle|cRefund|cContactVerb) != 0 && !sc.notPronounI(j) &&
			!(sc.is(j, "em") && !sc.vietnameseIn(a, b)) {
			return false
		}
		w := sc.text(j)
		device = device || deviceWords.at(sc, j)
		does = does || deviceVerbs[w] || featureWords[w] || payFeatureWords[w] || activateWords[w]
	}
	return device && does
}

// activateWords turn a payment service on in a device: "para ativar o
// Pix, é só seguir o passo 3 do manual".
var activateWords = foldSet("activate", "activar", "ativar", "aktivieren", "activer", "attivare", "aktifkan",
	"kích hoạt", "enable", "habilitar", "einrichten", "configurar", "configure", "set up", "setup", "激活", "开通", "開通")

// payFeatureWords name a device or a use of a payment service that is
// no payment to the seller: card machines, NFC, "your customers".
var payFeatureWords = foldSet("nfc", "contactless", "magsafe", "terminal", "reader", "card reader", "card machine",
	"maquininha", "printer", "aproximação", "compatible", "supports", "customers", "clientes", "kunden", "clients",
	"pelanggan", "khách hàng", "supporta", "soporta", "suporta", "hỗ trợ", "fits", "holds", "slot", "card slot",
	// "也可以綁定支付寶付款碼" (the watch binds an Alipay payment code),
	// "PayPayなどの決済機能" (a payment function of the device).
	"綁定", "绑定", "機能", "に対応")

// cardWords follow a service named as a card: "your Cash App card".
var cardWords = foldSet("card", "cards", "debit card", "credit card", "karte", "tarjeta", "cartão", "kartu")

// paymentFeature reports the payment service at i named as what a
// product does or holds, in a clause that pays nobody: "fits your Apple
// Card or Cash App card", "works with Square and the PayPal Zettle app",
// "Apple Pay and Line Pay still work through it", "a maquininha aceita
// Pix por QR code".
func (sc *scan) paymentFeature(i int) bool {
	if sc.markOf(i) {
		return true
	}
	// "notifikasi Touch 'n Go eWallet", "รองรับ TrueMoney Wallet,
	// PromptPay QR และ LINE" (supports …): named as chat apps are, among
	// what the product does, if the clause pays nobody (below) and the
	// sentence gives no contact ("加我薇信 …，支持微信转账" accepts the
	// transfer).
	feature := sc.cardAfter(i+1) || sc.cardOf(i) || sc.devicePays(i) || sc.productFeature(i) && !sc.contactNear(sc.around(i, 20))
	// "a Cash App or Venmo debit card": the card follows the last of a list.
	if listWords[sc.text(i+1)] && i+2 < len(sc.units) && sc.units[i+2].mask&(cPayOff|cPayInstr) != 0 {
		feature = feature || sc.cardAfter(i+3)
	}
	a, b := sc.around(i, 10)
	// "the card reader accepts Apple Pay, Google Pay and Venmo QR codes":
	// a list whose head is in the clause before.
	head := sc.units[sc.listHead(i)].clause
	for j := a; j < b; j++ {
		v := sc.units[j]
		if v.clause != sc.units[i].clause && v.clause != head {
			continue
		}
		if v.mask&(cWe|cUs|cSelf|cDirect|cOffChannel|cMoney|cHandle|cRefund) != 0 && !sc.notPronounI(j) {
			return false
		}
		feature = feature || payFeatureWords[sc.text(j)] || sc.is(j, "works", "work") && sc.is(j+1, "with", "through")
	}
	return feature
}

// markWords are a service's name printed on a thing: "the 'WeChat Pay'
// sticker in photo 4 is part of the product", "the Alipay logo on the
// package is because it's the Chinese version box".
var markWords = foldSet("logo", "logos", "sticker", "stickers", "decal", "decals", "sign", "signage", "icon", "emblem",
	"badge", "label", "print", "aufkleber", "pegatina", "adesivo", "autocollant", "stiker", "nhãn", "标志", "标识",
	"贴纸", "貼紙", "ロゴ", "ステッカー", "로고", "스티커", "โลโก้", "สติกเกอร์")

// markOf reports the payment service at i named as a mark on a thing,
// in a clause with no money, no paying and no handle.
func (sc *scan) markOf(i int) bool {
	if !markWords[sc.text(i+1)] {
		return false
	}
	a, b := sc.around(i, 10)
	for j := a; j < b; j++ {
		if v := sc.units[j]; v.clause == sc.units[i].clause && v.mask&(cMoney|cPayVerb|cHandle|cDirect|cOffChannel) != 0 {
			return false
		}
	}
	return true
}

// listHead returns the first payment service of the list of them that
// ends at i: "Apple Pay, Google Pay and Venmo".
func (sc *scan) listHead(i int) int {
	head := i
	for k := i - 1; k >= 0 && i-k <= 8 && sc.units[k].sent == sc.units[i].sent; k-- {
		switch {
		case sc.units[k].mask&(cPayInstr|cPayOff) != 0:
			head = k
		case !listWords[sc.text(k)]:
			return head
		}
	}
	return head
}

// cardOf reports the service at i named as the owner of a card before
// it: "la tarjeta de Mercado Pago", "o cartão do Nubank", "die Karte von
// Revolut".
func (sc *scan) cardOf(i int) bool {
	return i >= 2 && sc.is(i-1, "de", "do", "da", "del", "von", "du", "di", "of") && sc.cardAfter(i-2)
}

// cardAfter reports a card named at unit j: "card", "debit card".
func (sc *scan) cardAfter(j int) bool {
	return cardWords[sc.text(j)] || sc.is(j, "debit", "credit") && cardWords[sc.text(j+1)]
}

// notPronounI reports an "i" at j that is not the English "I": the
// Ukrainian "і" (and), folded to "i" ("сповіщення з Telegram і Viber"),
// and the Italian article ("supporta i pagamenti contactless"). Italian
// masculine plurals, which alone take "i", end in -i; an English verb
// after "I" hardly ever does.
func (sc *scan) notPronounI(j int) bool {
	if sc.written(j, "і") {
		return true
	}
	if !sc.written(j, "i") || j+1 >= len(sc.units) {
		return false
	}
	w := sc.text(j + 1)
	return len(w) > 2 && w[len(w)-1] == 'i'
}

// liveStreams are the live streams a product is made for as well as the
// live sales they carry: "works great for TikTok Live".
var liveStreams = foldSet("tiktok live", "shopee live", "lazada live", "amazon live", "livestream", "live stream")

// replaceWords exchange a faulty item: "shop sẽ đổi sản phẩm mới cho bạn"
// (we'll swap it for a new one).
var replaceWords = foldSet("đổi", "thay", "đổi lại", "ganti", "tukar", "exchange", "replace", "swap", "trocar",
	"cambiar", "umtauschen", "échanger", "เปลี่ยน", "换", "更换", "交換", "交换", "교환")

// notMarketing reports a sale event or new stuff at i that is no
// marketing: a live stream the product is made for, a new item sent in
// exchange for a faulty one.
func (sc *scan) notMarketing(i int) bool {
	if liveStreams[sc.text(i)] {
		return sc.productFeature(i)
	}
	if sc.units[i].mask&cNewStuff == 0 {
		return false
	}
	if replaceWords[sc.text(i-1)] || replaceWords[sc.text(i-2)] && sc.units[i-1].mask == 0 {
		return true
	}
	// Japanese, Korean and Chinese put the exchange after the new item:
	// "新品と無料で交換させていただきます".
	for j := i + 1; sc.units[i].kind == uScript && j < len(sc.units) && j-i <= 4 && sc.units[j].clause == sc.units[i].clause; j++ {
		if replaceWords[sc.text(j)] {
			return true
		}
	}
	return false
}

// appWords name an app: on a marketplace "the app" is its own.
var appWords = foldSet("app", "apps", "aplikasi", "ứng dụng", "แอป", "แอพ", "aplicativo", "aplicación", "applicazione",
	"アプリ", "앱", "应用", "應用")

// inPlatformApp reports the platform at j named as the app it runs: "bạn
// theo dõi trong app TikTok" (follow the parcel in the TikTok app),
// "xem trên ứng dụng Shopee".
func (sc *scan) inPlatformApp(j int) bool {
	return sc.ownPlatform(j) && (appWords[sc.text(j-1)] || appWords[sc.text(j+1)])
}

// vietnameseIn reports letters only Vietnamese writes (ơ, ư, ă, đ, ạ, ả …)
// in units [a, b) as written: there "em" is the seller speaking ("chuyển
// MoMo cho em"), elsewhere the Portuguese "in" ("o manual em português").
func (sc *scan) vietnameseIn(a, b int) bool {
	for j := a; j < b; j++ {
		u := sc.units[j]
		for _, r := range sc.f.src[sc.f.from[u.s]:sc.f.to[u.e-1]] {
			if r >= 0x1EA0 && r <= 0x1EF9 || r == 'ơ' || r == 'ư' || r == 'ă' || r == 'đ' || r == 'Ơ' || r == 'Ư' || r == 'Ă' || r == 'Đ' {
				return true
			}
		}
	}
	return false
}
