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
	"bildirimlerini", "bildirimler", "gösterir", "gösteriyor", "支援", "に対応", "通知表示", "機能")

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
	return feature && !sc.contactAimed(a, b, i)
}

// contactAimed reports contact with the seller in units [a, b) around the
// app at i: a handle, "our WhatsApp", "WhatsApp us", "message us", the
// app's number or ID.
func (sc *scan) contactAimed(a, b, i int) bool {
	if i+1 < len(sc.units) && (sc.units[i+1].mask&(cPhoneWord|cID|cUs) != 0 || numberNouns[sc.text(i+1)]) ||
		i > 0 && sc.units[i-1].mask&(cSelf|cUs) != 0 {
		return true
	}
	// "we have a customer group on WhatsApp where we share setup tips".
	for j := a; j < b; j++ {
		m := sc.units[j].mask
		if m&(cContactFixed|cHandle|cEmailWord|cProvider) != 0 || m&cWe != 0 && !sc.notPronounI(j) ||
			m&cUs != 0 && sc.first(j-2, j, cContactVerb|cApp|cAppWeak|cPhoneWord) >= 0 {
			return true
		}
	}
	return false
}

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
	feature := sc.cardAfter(i + 1)
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
