package compliance

// Marketing offers beside the codes and sales of promo.go: a live stream
// announced with a follow, a coupon or a discount ("Tối nay 8h shop có
// livestream, giảm 50%", "今夜21時からライブで限定クーポン配布", "Live kami
// malam ni … jangan lupa follow!"), a code handed over by a verb alone
// ("use GLOW10 for 10% off", "con VUELVE15"), and discounts kept for
// returning customers ("les anciens clients auront -20 %", "repeat
// customers only").

// streamWords name a live stream; "live" alone is also "once it's live",
// so a stream needs a follow, a code or a discount beside it.
var streamWords = []string{"live", "livestream", "livestreams", "live stream", "live-stream", "ライブ", "ライブ配信",
	"라이브", "ไลฟ์", "ไลฟ์สด", "直播", "live na", "live trên", "faremos uma live", "haremos un directo", "en directo",
	"en vivo", "en direct"}

// loyalPhrases are the returning customers a discount is kept for.
var loyalPhrases = []string{"returning customers", "returning customer", "returning buyers", "returning buyer",
	"repeat customers", "repeat customer", "repeat buyers", "loyal customers", "existing customers",
	"anciens clients", "clients fidèles", "clientes que repiten", "clientes habituales", "clientes fieles",
	"clientes antigos", "clientes fiéis", "stammkunden", "bestandskunden", "pelanggan setia", "pelanggan lama",
	"khách quen", "khách cũ", "老客户", "老顾客", "老客", "回头客", "リピーター", "常連様", "단골", "기존 고객",
	"ลูกค้าเก่า", "ลูกค้าประจำ"}

var (
	liveSet  = foldSet(streamWords...)
	loyalSet = foldSet(loyalPhrases...)
)

// launchPrices are prices kept for the first buyers of something new.
var launchPrices = []string{"launch price", "early price", "prix de lancement", "precio de lanzamiento"}

func offerWords(l *lexicon) {
	l.add(0, streamWords...)
	l.add(0, loyalPhrases...)
	l.add(cSaleEvent, "lightning deal", "lightning deals")
	// "jangan lupa follow", "đừng quên theo dõi": don't forget is no denial.
	l.add(cIdiom, "lupa", "quên")
	l.add(0, launchPrices...)
}

// streamSale reports a live stream at i announced with a follow, a coupon,
// a discount or new goods in its sentence; the end of the finding, or -1.
// A review that "goes live" is the review rule's.
func (sc *scan) streamSale(i int) int {
	if !liveSet[sc.text(i)] || sc.negated(i) || sc.pastEvent(i) ||
		sc.is(i+1, "chat", "agent", "agents", "support", "tracking", "person", "update", "updates") {
		return -1
	}
	a, b := sc.around(i, 15)
	if sc.first(a, b, cReview|cStars|cRefund) >= 0 {
		return -1
	}
	for j := a; j < b; j++ {
		if j == i || sc.units[j].mask&(cFollow|cCode|cOff|cPercent|cNewStuff|cSaleEvent) == 0 || sc.negated(j) || sc.is(j+1, "up") {
			continue
		}
		return j
	}
	return -1
}

// codeVerbs hand a code over without the word "code": "use GLOW10",
// "con VUELVE15", "key in KAKAK8".
var codeVerbs = []string{"use", "using", "enter", "apply", "key in", "con", "com", "mit", "avec", "usa", "usando",
	"utilisez", "verwenden", "gunakan", "pakai", "masukkan", "nhap", "dung"}

// bareCode reports a code-like word handed over by a verb at i, with a
// discount or a later order in its sentence; the end, or -1. A tracking or
// order reference has no discount beside it.
func (sc *scan) bareCode(i int) int {
	if !sc.is(i, codeVerbs...) || i+1 >= len(sc.units) || sc.units[i+1].sent != sc.units[i].sent || sc.negated(i) {
		return -1
	}
	n := sc.units[i+1]
	if n.mask != 0 || !looksLikeCode(sc.f.src[sc.f.from[n.s]:sc.f.to[n.e-1]]) {
		return -1
	}
	a, b := sc.around(i, 12)
	if sc.first(a, b, cRefund|cReview|cStars) >= 0 {
		return -1
	}
	if k := sc.first(a, b, cPercent|cOff|cNext|cOwnSite|cSaleEvent); k >= 0 {
		return max(i+1, k)
	}
	return -1
}

// loyalDiscount reports a discount or launch price kept for returning
// customers at i; the end, or -1.
func (sc *scan) loyalDiscount(i int) int {
	if !loyalSet[sc.text(i)] || sc.negated(i) {
		return -1
	}
	a, b := sc.around(i, 12)
	// "buy again through this WhatsApp link, with a discount for old
	// customers" is the order rule's business.
	if sc.first(a, b, cRefund|cReview|cStars) >= 0 || sc.foundKind(OffPlatformOrder) {
		return -1
	}
	for j := a; j < b; j++ {
		if sc.units[j].mask&(cPercent|cOff|cCode) != 0 && !sc.negated(j) && !sc.pastEvent(j) ||
			sc.is(j, launchPrices...) {
			return j
		}
	}
	return -1
}

// offerMarketing runs the rules of this file at i; the end, or -1.
func (sc *scan) offerMarketing(i int) int {
	if k := sc.streamSale(i); k >= 0 {
		return k
	}
	if k := sc.bareCode(i); k >= 0 {
		return k
	}
	return sc.loyalDiscount(i)
}
