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
	// Later orders in Thai and Chinese: "ส่วนลด 50 บาทสำหรับออเดอร์ถัดไป",
	// "下一单可用的优惠券".
	l.add(cNext, "ถัดไป", "ออเดอร์ถัดไป", "ออเดอร์หน้า", "คำสั่งซื้อถัดไป", "下一单", "下一單", "下次购物", "下次購物")
	// Malay and Indonesian: "baucar kedai RM3 untuk pembelian akan datang";
	// "akan datang" alone is also "will arrive".
	l.add(cNext, "pembelian akan datang", "belian akan datang", "pesanan akan datang", "order akan datang")
}

// streamSale reports a live stream at i announced with a follow, a coupon,
// a discount or new goods in its sentence; the end of the finding, or -1.
// A review that "goes live" is the review rule's.
func (sc *scan) streamSale(i int) int {
	if !liveSet[sc.text(i)] || sc.negated(i) || sc.pastEvent(i) ||
		sc.is(i+1, "chat", "agent", "agents", "support", "tracking", "person", "update", "updates") {
		return -1
	}
	// "Live kami malam ni pukul 9 — ada cabutan bertuah, 3 pemenang dapat
	// baju kurung percuma 🎉 jangan lupa follow!": the follow closes a
	// long sentence.
	a, b := sc.around(i, 18)
	if sc.first(a, b, cReview|cStars|cRefund) >= 0 {
		return -1
	}
	// "Our new store is live – same products, 30% cheaper, no Amazon
	// fees": a site launched, cheaper, is the order rule's.
	if sc.cheaperThere(a, b) {
		return -1
	}
	for j := a; j < b; j++ {
		if j == i || sc.units[j].mask&(cFollow|cCode|cOff|cPercent|cNewStuff|cSaleEvent) == 0 || sc.negated(j) || sc.is(j+1, "up") {
			continue
		}
		// "the ring light works with TikTok Live and Instagram Live": a
		// live stream the product is made for, listed with another, is no
		// sale announced.
		if liveStreams[sc.text(j)] && sc.notMarketing(j) {
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

// groupCodes reports a chat group joined for its codes or sales at i:
// "vào nhóm Zalo VIP … để nhận mã giảm giá". Joining to be helped ("vào
// nhóm Zalo của shop để được tư vấn") is contact.go's. The end, or -1.
func (sc *scan) groupCodes(i int) int {
	if !(sc.is(i, "vao", "vo") && sc.is(i+1, "nhom") || sc.is(i, "tham") && sc.is(i+1, "gia") && sc.is(i+2, "nhom")) ||
		sc.negated(i) {
		return -1
	}
	a, b := sc.around(i, 20)
	for j := a; j < b; j++ {
		if sc.units[j].mask&(cCode|cSaleEvent|cNewStuff) != 0 && !sc.negated(j) {
			return j
		}
	}
	return -1
}

// offerMarketing runs the rules of this file at i; the end, or -1.
func (sc *scan) offerMarketing(i int) int {
	if k := sc.groupCodes(i); k >= 0 {
		return k
	}
	if k := sc.streamSale(i); k >= 0 {
		return k
	}
	if k := sc.bareCode(i); k >= 0 {
		return k
	}
	if k := sc.firstOrderOffer(i); k >= 0 {
		return k
	}
	return sc.loyalDiscount(i)
}

// firstOrderOffer reports a discount, a code or free shipping on a
// first order at i: "-10 % sur votre première commande chez nous", "ilk
// siparişe özel KARGOBEDAVA koduyla", "₱100 off sa first order mo". A
// first order is still to come, so the discount brings the buyer back to
// buy; one already applied ("the first-order coupon was applied") is not.
// Korean and Chinese, which say so in verb endings pastEvent does not
// read ("사용하신 첫 구매 쿠폰은 … 적용됐어요"), are left to
// codeForFirstOrder. The other end, or -1.
func (sc *scan) firstOrderOffer(i int) int {
	if !firstOrderSet[sc.text(i)] || sc.units[i].kind == uScript || sc.negated(i) || sc.pastEvent(i) || sc.is(i-1, "this") {
		return -1
	}
	a, b := sc.around(i, 8)
	if sc.first(a, b, cRefund|cReview|cStars) >= 0 {
		return -1
	}
	for j := max(a, i-6); j < min(b, i+4); j++ {
		u := sc.units[j]
		if j == i || u.clause != sc.units[i].clause || sc.negated(j) || sc.doneAlready(j) {
			continue
		}
		if u.mask&(cOff|cPercent|cCode) != 0 || sc.is(j, giftWords...) && (sc.is(j-1, shippingWords...) || sc.is(j+1, shippingWords...)) {
			return j
		}
	}
	return -1
}

// storeCredits are rewards spent at the shop rather than paid out: with a
// later order named beside them ("次回使えるAmazonギフト券", "다음 주문 때
// 사용할 수 있는 적립금", "next order pe ₹100 cashback", "bir sonraki
// siparişinizde kargo bizden") they are a discount on it, like a code.
var storeCredits = foldSet("cashback", "cash back", "credit", "store credit", "shop credit", "gift card", "gift cards",
	"gift voucher", "キャッシュバック", "ギフト券", "ギフトカード", "商品券", "ポイント", "기프티콘", "상품권", "적립금", "캐시백",
	"포인트", "購物金", "购物金", "voucher cashback", "bon d'achat", "buono", "gratis ongkir", "free ongkir", "kargo bizden")

// shippingWords are what a free shipping is of: "frete grátis na próxima
// compra" is a discount on the next order.
var shippingWords = []string{"shipping", "delivery", "postage", "envio", "versand", "livraison", "spedizione", "frete",
	"ship"}

// laterCredit reports whether unit c is a code, a discount or credit at
// the shop, offered: not a refund of this order ("we refund 20%").
func (sc *scan) laterCredit(c int) bool {
	u := sc.units[c]
	switch {
	case storeCredits[sc.text(c)]:
	case sc.is(c, giftWords...) && (sc.is(c-1, shippingWords...) || sc.is(c+1, shippingWords...)):
	case sc.is(c, "ongkir") && sc.next(c, cIncentive, 4) >= 0: // "ongkir pesanan berikutnya kami tanggung"
	case u.mask&(cCode|cOff|cPercent) != 0 && u.mask&cRefund == 0 && sc.prev(c, cRefund, 3) < 0:
	default:
		return false
	}
	return !sc.negated(c) && !sc.pastEvent(c)
}

// laterOrder returns a later order named within d units of c in its
// sentence, or -1. The next parcel is where a gift goes ("a free
// scrunchie in your next parcel"), and "next week" is a date.
func (sc *scan) laterOrder(c, d int) int {
	for j := max(c-d, 0); j < len(sc.units) && j <= c+d; j++ {
		u := sc.units[j]
		if j == c || u.sent != sc.units[c].sent || u.mask&cNext == 0 || u.mask&cIncentive != 0 || sc.negated(j) ||
			sc.is(j+1, "day", "days", "week", "weeks", "weekend", "month", "morning", "few", "business", "hour", "hours",
				"step", "steps") {
			continue
		}
		return j
	}
	return -1
}

// reviewReward reports a code, discount or shop credit for a later order
// in the sentence [a, b) of a review, or of a review request reported in
// the sentence before: "leave us 5 stars and you'll get 15% off your next
// purchase", "shop tặng mã giảm 30k cho đơn sau", "次回使える20%オフクーポン",
// "Wenn Sie die Bewertung ändern, bekommen Sie beim nächsten Kauf 20 %
// Rabatt". The promotional rules leave reviews to review.go; such a
// reward brings the buyer back to buy, which is marketing as well as
// paying for the review. A refund, or a gift slipped into the next parcel,
// is not. It returns the reward and the later order, or -1, -1.
func (sc *scan) reviewReward(a, b int) (c, n int) {
	if sc.first(a, b, cReview|cStars) < 0 && !(a > 0 && sc.foundIn(ReviewManipulation, sc.sentenceStart(a-1, 40), b)) {
		return -1, -1
	}
	for c := a; c < b; c++ {
		if !sc.laterCredit(c) {
			continue
		}
		if n := sc.laterOrder(c, 8); n >= 0 {
			return c, n
		}
		// A coupon spent at the shop is for a later order too: "ganha o
		// cupom VOLTEI15 pra usar aqui na loja", "a 25% off coupon for
		// anything in our new spring line".
		if sc.units[c].mask&cCode != 0 && !storeCredits[sc.text(c)] && sc.spentAtShop(c) {
			return c, c
		}
	}
	return -1, -1
}

// spendWords spend a coupon: "to use in our store", "einzulösen im Shop".
var spendWords = foldSet("use", "usar", "utiliser", "usare", "verwenden", "einlösen", "einzulösen", "pakai",
	"gunakan", "dipakai", "digunakan", "sử dụng", "dùng", "gamitin", "redeem")

// anyWords are the whole shop a coupon is good for: "for anything".
var anyWords = foldSet("anything", "everything", "tudo", "todo", "tout", "alles", "semua", "tutto", "lahat")

// spentAtShop reports the coupon at c as spent at the shop, in the words
// after it: "to use here in the shop", "for anything in our range".
func (sc *scan) spentAtShop(c int) bool {
	if sc.negated(c) || sc.doneAlready(c) {
		return false
	}
	for j := c + 1; j < len(sc.units) && j-c <= 8 && sc.units[j].sent == sc.units[c].sent; j++ {
		if spendWords[sc.text(j)] && sc.next(j, cPromoTarget|cNewStuff, 3) >= 0 {
			return true
		}
		if anyWords[sc.text(j)] && sc.units[j-1].mask&cFor != 0 {
			return true
		}
	}
	return false
}

// sentenceStart returns the first unit of the sentence of unit i, at most
// w units back.
func (sc *scan) sentenceStart(i, w int) int {
	j := i
	for j > 0 && i-j < w && sc.units[j-1].sent == sc.units[i].sent {
		j--
	}
	return j
}
