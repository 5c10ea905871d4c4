package compliance

import "strings"

// Sales taken off the marketplace: "order directly from our website",
// "buy on our site for cheaper", "place the order via WhatsApp", "淘宝下单".
// Amazon and eBay forbid offers to buy outside them, Shopee, Lazada and
// TikTok Shop likewise; on a Shopify or independent store its own website
// is the platform, so "our website" is not reported there.

func orderWords(l *lexicon) {
	l.add(cOrderVerb|cVia, "order on", "order through", "order via", "order by", "buy on", "buy via", "buy through",
		"purchase on", "purchase through")
	l.add(cOrderVerb, "buy", "buying", "purchase", "purchasing", "reorder", "order from", "order directly", "order it", "order them", "order there", "order again", "order more",
		"order by", "place an order", "place the order", "place your order", "place orders", "make the order",
		"do the order", "ordering", "to order", "sell", "sells", "selling", "sell you", "deal", "transaction", "comprar", "compre",
		"compra", "compras", "hacer el pedido", "haz tu pedido", "pedir", "bestellen", "bestellt", "kaufen", "kauft",
		"commander", "commandez", "acheter", "achetez", "acquista", "acquistare", "ordina", "ordinare", "encomendar", "encomende", "beli", "belilah", "membeli",
		"pesan", "order langsung", "mua", "đặt hàng", "đặt mua", "lên đơn", "สั่งซื้อ", "ซื้อ", "สั่ง", "下单", "购买",
		"拍下", "订购", "订货", "交易", "giao dịch", "transaksi",
		"acquisti", "acquistate", "acquistarlo", "comprare", "compri", "comprate", "ordini", "ordinate",
		"bumili", "bilhin", "mag-order", "umorder", "orderin", "ご注文", "注文", "購入", "ご購入", "お買い求め",
		"구매", "주문", "구입")
	// Order numbers are not orders being placed.
	l.add(cOrderRef, "ご注文番号", "注文番号", "주문번호", "주문 번호")
	l.add(cOwnSite, "website", "web site", "site", "webshop", "web shop", "web store", "webstore", "online store",
		"online shop", "official site", "official store", "official website", "homepage", "own store", "own shop",
		"own website", "own online shop", "官网", "官方网站", "独立站", "网站", "sitio web", "página web",
		"tienda online", "tienda en línea", "nuestra web", "webseite", "onlineshop", "site web", "site internet",
		"notre site", "boutique en ligne", "nostro sito", "sito", "negozio online", "loja online", "loja virtual", "nosso site", "laman web", "situs",
		"toko online", "trang web", "website của shop", "เว็บไซต์", "เว็บ", "shopify store", "shopify shop",
		"our shopify", "sito web", "sito ufficiale", "公式サイト", "自社サイト", "弊社サイト", "公式ショップ",
		"公式オンラインショップ", "ホームページ", "オンラインショップ", "ウェブサイト", "자사몰", "공식몰", "공식 홈페이지",
		"홈페이지", "공식 쇼핑몰", "쇼핑몰", "웹사이트")
	l.add(cMarket, "taobao", "tmall", "1688", "pinduoduo", "temu", "aliexpress", "alibaba", "shein", "etsy",
		"walmart", "mercado libre", "mercadolibre", "tokopedia", "bukalapak", "淘宝", "天猫", "拼多多", "京东", "闲鱼",
		"carousell", "楽天", "メルカリ", "ヤフーショッピング", "쿠팡", "스마트스토어", "11번가", "지마켓", "g마켓", "위메프")
	// Going around the platform, said in so many words.
	l.add(cOffChannel|cDirect, "outside amazon", "outside of amazon", "outside ebay", "outside of ebay", "off ebay",
		"off amazon", "outside shopee", "outside lazada", "outside tiktok", "outside the platform", "off platform",
		"outside the app", "without going through amazon", "without going through ebay", "instead of ebay",
		"instead of through ebay", "instead of thru ebay", "instead of via ebay", "instead of amazon",
		"instead of through amazon", "instead of shopee", "instead of lazada", "not through ebay", "ngoài shopee",
		"ngoài lazada", "di luar shopee", "di luar lazada", "luar platform", "นอกแอป", "平台外", "线下交易",
		"instead of going through amazon", "without going via amazon", "rather than through amazon", "rather than via amazon", "rather than on amazon", "bypassing amazon", "bypass amazon", "skip amazon", "instead of going through ebay", "without going via ebay", "rather than through ebay", "rather than via ebay", "rather than on ebay", "bypassing ebay", "bypass ebay", "skip ebay", "instead of going through shopee", "without going via shopee", "rather than through shopee", "rather than via shopee", "rather than on shopee", "bypassing shopee", "bypass shopee", "skip shopee", "instead of going through lazada", "without going via lazada", "rather than through lazada", "rather than via lazada", "rather than on lazada", "bypassing lazada", "bypass lazada", "skip lazada", "instead of going through tiktok", "without going via tiktok", "rather than through tiktok", "rather than via tiktok", "rather than on tiktok", "bypassing tiktok", "bypass tiktok", "skip tiktok", "instead of going through tiktok shop", "without going via tiktok shop", "rather than through tiktok shop", "rather than via tiktok shop", "rather than on tiktok shop", "bypassing tiktok shop", "bypass tiktok shop", "skip tiktok shop", "instead of going through the platform", "without going via the platform", "rather than through the platform", "rather than via the platform", "rather than on the platform", "bypassing the platform", "bypass the platform", "skip the platform", "instead of going through the app", "without going via the app", "rather than through the app", "rather than via the app", "rather than on the app", "bypassing the app", "bypass the app", "skip the app",
		"fuori da amazon", "fuori amazon", "außerhalb von amazon", "außerhalb amazon", "hors amazon", "en dehors d'amazon",
		"fuera de amazon", "fora da amazon", "labas ng shopee", "labas ng lazada", "sa labas ng app",
		// Skipping the checkout is skipping the platform.
		"skip the checkout", "skip checkout", "bypass the checkout", "without checking out", "tak payah checkout",
		"tak perlu checkout", "tidak perlu checkout", "gak usah checkout", "nggak usah checkout", "ga usah checkout")
	// Buying from the seller directly: normal on the seller's own channel.
	l.add(cOwnSite, "directly from us", "direct from us", "directly with us", "direct with us", "from our factory",
		"factory direct", "directamente con nosotros", "direkt bei uns", "direkt von uns", "directement chez nous",
		"direto conosco", "langsung dari kami", "trực tiếp từ shop", "直接找我", "直接联系我", "from us directly",
		"with us directly", "直販サイト", "直販", "自社通販", "自社通販サイト")
	l.add(cOffChannel|cOrderVerb, "sell you direct", "sell you directly", "sell it to you directly", "私下交易",
		"deal privately", "sell privately", "buy privately", "trade privately", "private deal", "private sale",
		"private order", "buy direct", "buy it direct", "buy them direct", "buy direct from me", "buy directly from me",
		"buy from me directly", "buy from us directly", "order direct from me", "order directly from me", "deal direct",
		"deal directly", "compra directa", "comprar directamente", "direkt bei mir kaufen", "direkt bei mir bestellen",
		"acheter directement", "comprar direto", "beli langsung", "mua trực tiếp", "acquisti direttamente",
		"acquistare direttamente", "comprare direttamente", "ordini direttamente", "直接購入", "직접 구매")
	l.add(cCheaper, "cheaper", "lower price", "better price", "better deal", "less", "save the fees",
		"save the amazon fees", "save on fees", "avoid fees", "no fees", "más barato", "mejor precio", "günstiger",
		"billiger", "moins cher", "meilleur prix", "mais barato", "melhor preço", "lebih murah", "harga lebih murah",
		"rẻ hơn", "giá tốt hơn", "ถูกกว่า", "更便宜", "便宜", "更优惠", "更划算", "划算",
		"più economico", "più conveniente", "conviene", "prezzo migliore", "risparmi*", "meno caro", "mas mura",
		"mas mababa", "mas tipid", "murang", "お得", "安く", "割安", "より安", "저렴", "더 싸", "싸게", "wholesale",
		"wholesale price", "bulk price", "special price", "factory price", "discounted price", "preço de atacado",
		"precio de mayoreo", "harga grosir", "giá sỉ", "批发价", "出厂价", "trade pricing", "trade price",
		"trade prices", "bulk pricing", "wholesale rate", "borong", "harga borong")
	l.add(cOrderFixed, "去淘宝买", "在淘宝买", "淘宝买", "淘宝拍", "淘宝下单", "去淘宝拍", "淘宝拍", "官网下单", "独立站下单", "加微信下单", "微信下单", "私下交易")
	l.add(cPlatform, "amazon", "ebay", "shopee", "lazada", "tiktok shop", "tiktok")
	l.add(cPlatform, platformAliasWords...)
	// Selling, as the seller does it: with "directly" it is a sale off the
	// platform ("te la puedo vender directamente", "direkt verkaufen").
	l.add(cOrderVerb, sellPhrases...)
	// Words that put a sale around the platform: "sin pasar por eBay",
	// "before it goes on eBay", "rather than listing them".
	l.add(0, aroundPhrases...)
	l.add(0, unlistedPhrases...)
	l.add(0, unavailablePhrases...)
	// The buyer and the seller are not a purchase: "卖家已发货".
	l.add(0, "卖家", "买家", "賣家", "買家", "买单")
}

// platformAliases are the marketplaces' names in other scripts.
var platformAliases = map[string]string{"亚马逊": "amazon", "亞馬遜": "amazon", "アマゾン": "amazon", "아마존": "amazon",
	"虾皮": "shopee", "蝦皮": "shopee", "来赞达": "lazada", "來贊達": "lazada", "이베이": "ebay", "易贝": "ebay",
	// Polish declines the names: "poza eBayem", "na Amazonie".
	"ebayem": "ebay", "ebayu": "ebay", "ebaya": "ebay", "ebayowi": "ebay", "amazonie": "amazon", "amazonu": "amazon",
	"amazona": "amazon", "amazonem": "amazon"}

var platformAliasWords = func() []string {
	var ws []string
	for w := range platformAliases {
		ws = append(ws, w)
	}
	return ws
}()

var sellPhrases = []string{"vender", "vendo", "vendemos", "venderte", "venderle", "vendérselo", "verkaufen", "verkaufe",
	"verkaufen wir", "vendre", "vendons", "vendrai", "vendere", "vendiamo", "venderglielo", "jual", "menjual", "kami jual",
	"bán trực tiếp", "bán cho bạn", "bán riêng", "ขาย", "卖", "卖给", "賣給", "出售", "販売", "판매", "买", "買",
	"vende", "vendem", "quote you", "sprzedać", "sprzedam", "sprzedamy", "sprzedaję"}

var sellSet = setOf("sell", "sells", "selling", "sell you", "vender", "vendo", "vendemos", "venderte", "venderle",
	"venderselo", "verkaufen", "verkaufe", "verkaufen wir", "vendre", "vendons", "vendrai", "vendere", "vendiamo",
	"venderglielo", "jual", "menjual", "kami jual", "ban truc tiep", "ban cho ban", "ban rieng", "ขาย", "卖", "卖给",
	"賣給", "出售", "販売", "판매", "买", "買", "vende", "vendem", "quote you", "sprzedac", "sprzedam", "sprzedamy",
	"sprzedaje")

var aroundPhrases = []string{"sin pasar por", "sin pasar por la", "ohne über", "sans passer par", "en dehors de",
	"senza passare da", "senza passare per", "senza passare su", "sem passar pela", "sem passar por", "fora da",
	"fuera de", "tanpa melalui", "tanpa lewat", "không qua", "ไม่ผ่าน", "不通过", "不走", "绕过", "繞過",
	"al di fuori di", "al di fuori della", "不用再透过", "不用透过", "不必透过", "不透过", "不用再通过", "不用通过",
	"without going through", "without going via", "without using", "outside of", "bypassing",
	"before it goes on", "before it goes up on", "before they go on", "before listing it on", "before i list it on",
	"before we list it on", "before it's listed on", "before listing on", "before i put it on", "before we put it on"}

var aroundSet = func() map[string]bool {
	m := setOf("ohne", "outside", "instead of", "rather than", "sin", "sans", "senza", "sem", "tanpa", "poza")
	var f folded
	for _, p := range aroundPhrases {
		f.reset(p)
		s := string(f.b)
		if hasScript(s) {
			s = strings.ReplaceAll(s, " ", "")
		}
		m[s] = true
	}
	return m
}()

// Stock the seller keeps off the listing: "rather than listing them
// separately, we can do a direct bank transfer".
var unlistedPhrases = []string{"rather than listing", "instead of listing", "rather than relisting",
	"instead of relisting", "without listing", "before listing", "before i list", "before we list"}

var unlistedSet = setOf(unlistedPhrases...)

// Out of stock on the platform, then sold another way: "这个配件亚马逊上暂时
// 缺货，您可以用支付宝直接付给我们".
var unavailablePhrases = []string{"out of stock", "sold out", "unavailable", "not available", "no longer available",
	"isn't available", "is not available", "aren't available", "are not available",
	"缺货", "缺貨", "没货", "沒貨", "售罄", "下架", "agotado", "ausverkauft", "nicht verfügbar", "nicht mehr verfügbar",
	"épuisé", "en rupture", "esgotado", "esaurito", "non disponibile", "habis", "stok habis", "kehabisan stok",
	"hết hàng", "สินค้าหมด", "หมดสต็อก", "在庫切れ", "売り切れ", "품절", "卖完", "賣完", "断货", "斷貨"}

var unavailableSet = func() map[string]bool {
	m := map[string]bool{}
	var f folded
	for _, p := range unavailablePhrases {
		f.reset(p)
		s := string(f.b)
		if hasScript(s) && !hasHangul(s) {
			s = strings.ReplaceAll(s, " ", "")
		}
		m[s] = true
	}
	return m
}()

// bypassed reports whether the platform named at i is one the sale goes
// around: "sin pasar por eBay", "ohne eBay", "before it goes on eBay".
func (sc *scan) bypassed(i int) bool {
	if sc.units[i].mask&cPlatform == 0 {
		return false
	}
	for k := i - 1; k >= 0 && i-k <= 2 && sc.units[k].clause == sc.units[i].clause; k-- {
		if aroundSet[sc.text(k)] {
			return true
		}
	}
	return sc.feesAvoided(i)
}

// feeWords and feeAvoiders: "no eBay fees", "sem taxa da Amazon", "to
// avoid the Amazon commission".
var (
	feeWords = setOf("fee", "fees", "commission", "commissions", "charges", "taxa", "taxas", "tarifa", "tarifas",
		"comision", "comisiones", "comissao", "comissoes", "gebuhren", "gebuhr", "frais", "commissioni", "biaya",
		"potongan", "phi", "prowizji", "prowizja", "kosten")
	feeAvoiders = setOf("no", "without", "save", "saving", "avoid", "avoiding", "skip", "sem", "sin", "ohne", "sans",
		"senza", "tanpa", "bez", "zonder", "sparen", "spare", "sparst", "evitar", "evitamos", "eviter", "evitiamo",
		"hemat", "jimat", "zero")
)

// feesAvoided reports a platform named at i for the fees the buyer would
// save by going around it — when the sentence also offers the other way:
// a lower price, a direct sale, the seller's site or an outside payment.
// "No eBay fees, so about 10% less"; not "no eBay fees apply to buyers".
func (sc *scan) feesAvoided(i int) bool {
	if !feeWords[sc.text(min(i+1, len(sc.units)-1))] && !(i >= 2 && sc.is(i-1, "da", "de", "do", "der", "di", "of", "the") && feeWords[sc.text(i-2)]) {
		return false
	}
	avoided := false
	for k := i - 1; k >= 0 && i-k <= 4 && sc.units[k].clause == sc.units[i].clause; k-- {
		avoided = avoided || feeAvoiders[sc.text(k)]
	}
	if !avoided {
		return false
	}
	a, b := sc.around(i, 25)
	return sc.first(a, b, cCheaper|cDirect|cOwnSite|cOffChannel|cPayOff|cPayInstr) >= 0
}

// sellsAround reports a sale off the platform said with a verb of selling
// and a way around it, in the sentence [a, b): "te la puedo vender
// directamente", "die Felgen kann ich Ihnen direkt verkaufen", "rather
// than listing them, a direct bank transfer", "亚马逊上缺货，您可以用支付宝直接付给我们".
func (sc *scan) sellsAround(a, b int) {
	const rule = "sale taken off the platform"
	paidOff := func() bool {
		from, to := int(sc.f.from[sc.units[a].s]), int(sc.f.to[sc.units[b-1].e-1])
		for _, f := range sc.found {
			if f.kind == OffPlatformPayment && f.s >= from && f.s < to {
				return true
			}
		}
		return false
	}
	for i := a; i < b; i++ {
		w := sc.text(i)
		switch {
		case sellSet[w]:
			if sc.negated(i) {
				continue
			}
			wa, wb := sc.around(i, 4)
			d := -1
			for j := wa; j < wb; j++ {
				if sc.units[j].clause == sc.units[i].clause && sc.units[j].mask&cDirect != 0 && !sc.is(j, "direct debit", "terus") {
					d = j
					break
				}
			}
			if d < 0 {
				// "we can sell the bulk pack to you and accept USDT": a sale
				// paid for off the platform.
				if paidOff() {
					sc.addUnits(OffPlatformOrder, i, i, rule)
					return
				}
				continue
			}
			// "Amazon sells it directly", "we sell directly only through our
			// Amazon store" is the platform selling.
			if p := sc.first(a, b, cPlatform); p >= 0 && !sc.bypassed(p) {
				continue
			}
			sc.addUnits(OffPlatformOrder, min(i, d), max(i, d), rule)
			return
		case unlistedSet[w]:
			wa, wb := sc.around(i, 15)
			if sc.first(wa, wb, cPayOff|cPayInstr|cDirect|cCheaper|cOrderVerb) >= 0 {
				sc.addUnits(OffPlatformOrder, i, i, rule)
				return
			}
		case unavailableSet[w]:
			wa, wb := sc.around(i, 15)
			p := sc.first(wa, wb, cPlatform)
			if p < 0 || sc.negated(i) {
				continue
			}
			// Then paid for off it, or bought around it: "we can sell it to
			// you directly", "加我微信直接买"; not "it ships directly from
			// our warehouse once restocked".
			direct := false
			for j := max(i, p) + 1; j < wb; j++ {
				if sc.units[j].mask&cOffChannel != 0 ||
					sc.units[j].mask&cDirect != 0 && (sc.prev(j, cOrderVerb, 4) >= 0 || sc.next(j, cOrderVerb, 2) >= 0) {
					direct = true
					break
				}
			}
			// "…isn't available on Amazon anymore, but you can still get it
			// at thehivecandleco.com".
			if direct || paidOff() || sc.linkAfter(i) {
				sc.addUnits(OffPlatformOrder, min(i, p), max(i, p), rule)
				return
			}
		}
	}
}

// findOffPlatformOrder reports offers to sell outside the platform.
func (sc *scan) findOffPlatformOrder() {
	ownSite := cOwnSite
	if !sc.platform.IsMarketplace() {
		ownSite = 0 // the seller's website is the platform here
	}
	sc.sentences(func(a, b int) {
		for i := a; i < b; i++ {
			u := sc.units[i]
			if u.mask&cOrderFixed != 0 && !sc.negated(i) {
				sc.addUnits(OffPlatformOrder, i, i, "sale taken off the platform")
				continue
			}
			around := sc.platform.IsMarketplace() && sc.bypassed(i)
			isChannel := u.mask&(cMarket|cOffChannel) != 0 || u.mask&ownSite != 0 && sc.ours(i) || sc.otherPlatform(i) || around
			if !isChannel || !around && sc.negated(i) {
				continue
			}
			near := cOrderVerb | cCheaper
			if wa, wb := sc.around(i, 15); u.mask&cOffChannel != 0 || around {
				if u.mask&cOrderVerb != 0 || sc.first(wa, wb, cPayVerb) < 0 {
					// "sell you direct", "ship them without going through Amazon".
					sc.addUnits(OffPlatformOrder, i, i, "sale taken off the platform")
					continue
				}
				near = cOrderVerb // "pay by PayPal instead of eBay checkout" is payment.go's
			}
			// A verb of buying or selling, or a cheaper price, near the channel;
			// "still available from us directly" says it with "available".
			fromUs := fromUsSet[sc.text(i)]
			for j := max(a, i-10); j < min(b, i+11); j++ {
				if j == i || sc.units[j].mask&near == 0 && !(fromUs && availableSet[sc.text(j)]) || sc.negated(j) {
					continue
				}
				sc.addUnits(OffPlatformOrder, min(i, j), max(i, j), "sale taken off the platform")
				break
			}
		}
		if sc.platform.IsMarketplace() {
			sc.orderByLink(a, b)
			sc.sellsAround(a, b)
		}
		// "order via WhatsApp", "bestellen per E-Mail".
		for i := a; i < b; i++ {
			if sc.units[i].mask&cOrderVerb == 0 || sc.negated(i) {
				continue
			}
			j := sc.next(i, cApp|cAppWeak|cSocial|cEmailWord, 3)
			if j < 0 && sc.first(a, b, cCheaper) >= 0 {
				// "mag-order sa amin directly sa Facebook page namin, mas mura".
				j = sc.next(i, cApp|cAppWeak|cSocial|cEmailWord, 6)
			}
			if j >= 0 && (sc.first(i+1, j, cVia) >= 0 || sc.units[i].mask&cVia != 0) {
				sc.addUnits(OffPlatformOrder, i, j, "order taken through a chat app")
				continue
			}
			// The app first, offered for contact, then the order: "ทักไลน์
			// มาสั่ง" (message our Line to order), "WhatsApp us to order".
			if k := sc.prev(i, cApp|cAppWeak|cSocial|cContactFixed, 3); k >= 0 && sc.units[k].clause == sc.units[i].clause && sc.reportedAs(ContactInfo, k) {
				sc.addUnits(OffPlatformOrder, k, i, "order taken through a chat app")
			}
		}
	})
}

// fromUsSet are the phrases of buying from the seller directly, and
// availableSet the words that offer something through them.
var (
	fromUsSet    = setOf("directly from us", "direct from us", "from us directly", "directly with us", "with us directly")
	availableSet = setOf("available", "disponible", "disponibles", "erhaltlich", "verfugbar", "disponivel", "disponibile", "tersedia")
)

// reportedAs reports whether unit i lies inside a finding of kind k
// already made.
func (sc *scan) reportedAs(k Kind, i int) bool {
	from := int(sc.f.from[sc.units[i].s])
	for _, f := range sc.found {
		if f.kind == k && f.s <= from && from < f.e {
			return true
		}
	}
	return false
}

// otherPlatform reports whether unit i names a marketplace other than the
// one the message is sent on ("buy it on eBay" in an Amazon message).
func (sc *scan) otherPlatform(i int) bool {
	if sc.units[i].mask&cPlatform == 0 || !sc.platform.IsMarketplace() {
		return false
	}
	w := sc.t[sc.units[i].s:sc.units[i].e]
	if w == "tiktok shop" {
		w = "tiktok"
	}
	if a, ok := platformAliases[w]; ok {
		w = a
	}
	return w != string(sc.platform)
}

// ours reports whether the website at i is the seller's own: "our
// website", "my site", "官网", not "the carrier's site".
func (sc *scan) ours(i int) bool {
	if sc.is(i, "website", "web site", "site", "webshop", "web shop", "web store", "webstore", "online store", "online shop",
		"homepage", "webseite", "onlineshop", "site web", "site internet", "laman web", "situs", "trang web", "web", "เว็บ", "เว็บไซต์", "sito",
		"sito web", "ホームページ", "オンラインショップ", "ウェブサイト", "홈페이지", "쇼핑몰", "웹사이트") {
		return sc.prev(i, cSelf, 3) >= 0 || sc.next(i, cSelf, 2) >= 0 // "our website", "website kami"
	}
	return true // "official site", "own store", 官网, 独立站, "nuestra web" say whose it is
}

// orderByLink reports a sale offered through a link found in the
// sentence [a, b): "European customers can order from our shop at
// moebel-kraft.de".
func (sc *scan) orderByLink(a, b int) {
	for i := a; i < b; i++ {
		if sc.units[i].mask&cOrderVerb == 0 || sc.is(i, "deal", "transaction", "giao dich", "交易", "transaksi") || sc.negated(i) {
			continue
		}
		// The verb before the link, pointing at it: "order from our shop
		// at …", not "check the chart at … before ordering".
		j := min(b, i+9) - 1
		from, to := int(sc.f.to[sc.units[i].e-1]), int(sc.f.to[sc.units[j].e-1])
		for _, f := range sc.found {
			if f.kind == ExternalLink && f.s >= from && f.s < to {
				sc.addUnits(OffPlatformOrder, i, i, "sale taken off the platform")
				return
			}
		}
	}
}
