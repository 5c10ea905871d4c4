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
	"تعرض", "مكالمات")

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
		if m&(cContactFixed|cHandle|cEmailWord|cProvider|cWe) != 0 ||
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
	"pelanggan", "khách hàng")

// cardWords follow a service named as a card: "your Cash App card".
var cardWords = foldSet("card", "cards", "debit card", "credit card", "karte", "tarjeta", "cartão", "kartu")

// paymentFeature reports the payment service at i named as what a
// product does or holds, in a clause that pays nobody: "fits your Apple
// Card or Cash App card", "works with Square and the PayPal Zettle app",
// "Apple Pay and Line Pay still work through it", "a maquininha aceita
// Pix por QR code".
func (sc *scan) paymentFeature(i int) bool {
	feature := cardWords[sc.text(i+1)] || sc.is(i+1, "debit", "credit") && cardWords[sc.text(i+2)]
	a, b := sc.around(i, 10)
	for j := a; j < b; j++ {
		v := sc.units[j]
		if v.clause != sc.units[i].clause {
			continue
		}
		if v.mask&(cWe|cUs|cSelf|cDirect|cOffChannel|cMoney|cHandle|cRefund) != 0 {
			return false
		}
		feature = feature || payFeatureWords[sc.text(j)] || sc.is(j, "works", "work") && sc.is(j+1, "with", "through")
	}
	return feature
}
