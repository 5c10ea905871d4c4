package compliance

import (
	"slices"
	"strings"
)

// Sales taken off the marketplace: "order directly from our website",
// "buy on our site for cheaper", "place the order via WhatsApp", "淘宝下单",
// and new sales paid for off it ("pay me by PayPal for the second lens",
// paidSale). Amazon and eBay forbid offers to buy outside them, Shopee,
// Lazada and TikTok Shop likewise; on a Shopify or independent store its
// own website is the platform, so "our website" is not reported there.

func orderWords(l *lexicon) {
	l.add(cOrderVerb|cVia, "order on", "order through", "order via", "order by", "buy on", "buy via", "buy through",
		"purchase on", "purchase through", "đặt qua", "đặt hàng qua", "order qua", "order lewat", "pesan lewat",
		"pesan via")
	l.add(cOrderVerb, "buy", "buying", "purchase", "purchasing", "reorder", "order from", "order directly", "order straight from", "buy straight from", "order straight", "order it", "order them", "order there", "order again", "order more",
		"order by", "place an order", "place one", "place the order", "place your order", "place orders", "make the order",
		"do the order", "ordering", "take orders", "take your order", "order karo", "order kijiye", "to order", "sell", "sells", "selling", "sell you", "deal", "transaction", "comprar", "compre",
		"compra", "compras", "hacer el pedido", "haz tu pedido", "pedir", "bestellen", "bestellt", "kaufen", "kauft",
		"commander", "commandez", "acheter", "achetez", "acquista", "acquistare", "ordina", "ordinare", "encomendar", "encomende", "beli", "belilah", "membeli",
		"pesan", "order langsung", "mua", "đặt hàng", "đặt mua", "lên đơn", "สั่งซื้อ", "ซื้อ", "สั่ง", "下单", "购买",
		"拍下", "订购", "订货", "交易", "giao dịch", "transaksi",
		"acquisti", "acquistate", "acquistarlo", "comprare", "compri", "comprate", "ordini", "ordinate",
		"bumili", "bilhin", "mag-order", "mag order", "umorder", "orderin", "ご注文", "注文", "購入", "ご購入", "お買い求め",
		"구매", "주문", "구입", "reordering", "orders there", "order it there", "buy there", "buy it there",
		// Imperatives with the goods joined: "la próxima vez pídelo
		// directamente en www…", "cómpralo en nuestra web".
		"pídelo", "pídela", "pídelos", "pídelas", "cómpralo", "cómprala", "cómpralos", "cómpralas", "encárgalo",
		"encárgala", "pídenoslo", "compre-o", "compre-a",
		// "you can also grab these from our new UK site".
		"grab these", "grab one", "grab yours", "grab another",
		// Turkish: "web sitemizden sipariş verebilirsiniz".
		"sipariş", "sipariş ver*", "satın al*",
		// "we do group buys outside Lazada", "fecha o pedido por lá" (closes
		// the order there), "GCash lang tayo pag order dun".
		"group buy", "group buys", "group order", "group orders", "fecha o pedido", "fechar o pedido",
		"fechamos o pedido", "fechar seu pedido", "cerramos el pedido", "cerrar el pedido", "order dun", "order doon",
		"mag-order dun", "mag-order doon", "pag order dun", "pag-order dun",
		// "đặt ở đó được freeship" (order there and get free shipping).
		"đặt ở đó", "đặt bên đó", "mua ở đó", "mua bên đó")
	// Order numbers are not orders being placed.
	l.add(cOrderRef, "ご注文番号", "注文番号", "주문번호", "주문 번호")
	l.add(cOwnSite, "website", "web site", "site", "webshop", "web shop", "web store", "webstore", "online store",
		"online shop", "official site", "official store", "official website", "homepage", "own store", "own shop",
		"own website", "own online shop", "官网", "官方网站", "独立站", "网站", "sitio web", "página web",
		"tienda online", "tienda en línea", "nuestra web", "webseite", "onlineshop", "site web", "site internet",
		"notre site", "boutique en ligne", "nostro sito", "sito", "negozio online", "loja online", "loja virtual", "nosso site", "laman web", "situs",
		"toko online", "trang web", "website của shop", "เว็บไซต์", "เว็บ", "shopify store", "shopify shop", "my shopify", "my shopify store",
		"our shopify", "sito web", "sito ufficiale", "公式サイト", "自社サイト", "弊社サイト", "公式ショップ",
		"公式オンラインショップ", "ホームページ", "オンラインショップ", "ウェブサイト", "자사몰", "공식몰", "공식 홈페이지",
		"홈페이지", "공식 쇼핑몰", "쇼핑몰", "웹사이트", "own site", "own web shop", "own webshop",
		"web sitemiz", "web sitemizden", "web sitemizde", "sitemizden", "sitemizde", "mağazamızdan",
		// Swedish: "i vår egen webbutik".
		"egen webbutik", "egen webbshop", "vår webbutik", "vår webbshop",
		// A Vietnamese seller calls itself "shop": "website shop" is the
		// seller's own ("xem thêm tại website shop"). Czech: "na našem
		// e-shopu", "na našem webu".
		"website shop", "website bên shop", "web của shop", "web bên shop", "trang web của shop",
		"našem e-shopu", "náš e-shop", "našeho e-shopu", "našem eshopu", "náš eshop", "našem webu", "našich stránkách")
	l.add(cMarket, "taobao", "tmall", "1688", "pinduoduo", "temu", "aliexpress", "alibaba", "shein", "etsy",
		"walmart", "mercado libre", "mercadolibre", "tokopedia", "bukalapak", "淘宝", "天猫", "拼多多", "京东", "闲鱼",
		"carousell", "kleinanzeigen", "vinted", "mercado livre", "trendyol", "meesho", "flipkart", "depop",
		"poshmark", "gumtree", "craigslist", "facebook marketplace", "fb marketplace", "leboncoin", "wallapop",
		"marktplaats", "allegro", "qoo10", "hepsiburada", "blibli", "楽天", "メルカリ", "ヤフーショッピング", "쿠팡", "스마트스토어", "11번가", "지마켓", "g마켓", "위메프",
		// Sweden's: "vi säljer samma lampa på Tradera".
		"tradera", "blocket",
		// A store of the seller's own, hosted: "we're on Shopify too".
		"shopify",
		// Europe's: "στο Skroutz", "de pe eMAG", "na Alze", "на Розетці", "op Bol".
		"skroutz", "emag", "na alze", "alza.cz", "rozetka", "розетка", "розетці", "розетку", "op bol", "bol.com")
	// South Asia's: "hamara Daraz store hai".
	l.add(cMarket, "daraz")
	// Going around the platform, said in so many words.
	l.add(cOffChannel|cDirect, "outside amazon", "outside of amazon", "outside ebay", "outside of ebay", "off ebay",
		"off amazon", "outside shopee", "outside lazada", "outside tiktok", "outside the platform", "off platform",
		"outside the app", "without going through amazon", "without going through ebay", "instead of ebay",
		"instead of through ebay", "instead of thru ebay", "instead of via ebay", "instead of amazon",
		"instead of through amazon", "instead of shopee", "instead of lazada", "not through ebay", "ngoài shopee",
		"ngoài lazada", "di luar shopee", "di luar lazada", "luar platform", "ngoài sàn", "ngoài app", "di luar aplikasi",
		"di luar app", "buiten amazon", "buiten ebay", "buiten het platform", "นอกแอป", "平台外", "线下交易",
		"instead of going through amazon", "without going via amazon", "rather than through amazon", "rather than via amazon", "rather than on amazon", "bypassing amazon", "bypass amazon", "skip amazon", "instead of going through ebay", "without going via ebay", "rather than through ebay", "rather than via ebay", "rather than on ebay", "bypassing ebay", "bypass ebay", "skip ebay", "instead of going through shopee", "without going via shopee", "rather than through shopee", "rather than via shopee", "rather than on shopee", "bypassing shopee", "bypass shopee", "skip shopee", "instead of going through lazada", "without going via lazada", "rather than through lazada", "rather than via lazada", "rather than on lazada", "bypassing lazada", "bypass lazada", "skip lazada", "instead of going through tiktok", "without going via tiktok", "rather than through tiktok", "rather than via tiktok", "rather than on tiktok", "bypassing tiktok", "bypass tiktok", "skip tiktok", "instead of going through tiktok shop", "without going via tiktok shop", "rather than through tiktok shop", "rather than via tiktok shop", "rather than on tiktok shop", "bypassing tiktok shop", "bypass tiktok shop", "skip tiktok shop", "instead of going through the platform", "without going via the platform", "rather than through the platform", "rather than via the platform", "rather than on the platform", "bypassing the platform", "bypass the platform", "skip the platform", "instead of going through the app", "without going via the app", "rather than through the app", "rather than via the app", "rather than on the app", "bypassing the app", "bypass the app", "skip the app",
		"fuori da amazon", "fuori amazon", "außerhalb von amazon", "außerhalb amazon", "hors amazon", "en dehors d'amazon",
		"fuera de amazon", "fora da amazon", "labas ng shopee", "labas ng lazada", "sa labas ng app",
		// Skipping the checkout is skipping the platform.
		"skip the checkout", "skip checkout", "bypass the checkout", "without checking out", "tak payah checkout",
		"tak perlu checkout", "tidak perlu checkout", "gak usah checkout", "nggak usah checkout", "ga usah checkout",
		"ไม่ต้องกดตะกร้า", // "no need to press the cart"
		"skip the listing", "skip the listings", "bypass the listing", "don't checkout here", "don't check out here",
		"jangan checkout", "jangan checkout di sini",
		// The platform gone around with the word after it: "Amazon
		// dışında" (outside Amazon), "이베이 말고" (not eBay but), "不走平台".
		"amazon dışında", "ebay dışında", "shopee dışında", "lazada dışında", "tiktok dışında", "platform dışında",
		"이베이 말고", "아마존 말고", "쇼피 말고", "不走平台", "不通过平台", "不经过平台", "绕开平台", "绕过平台")
	l.add(cOffChannel|cDirect, skipListing...)
	// "直接お取引いただければ": a deal struck with the seller directly.
	l.add(cOffChannel|cOrderVerb, "直接お取引", "直接のお取引", "直接取引", "個人間取引", "個人取引")
	// Buying from the seller directly: normal on the seller's own channel.
	l.add(cOwnSite, "directly from us", "direct from us", "directly with us", "direct with us", "from our factory",
		"factory direct", "directamente con nosotros", "direkt bei uns", "direkt von uns", "directement chez nous",
		"direto conosco", "langsung dari kami", "trực tiếp từ shop", "直接找我", "直接联系我", "from us directly",
		"with us directly", "直販サイト", "直販", "自社通販", "自社通販サイト",
		// Hinglish: "direct hamari shop se le lo" (take it from our shop).
		"hamari shop se", "hamari dukaan se", "hamari dukan se", "hamare shop se", "humse direct", "hamse direct",
		// "mending langsung sama kami aja", "passez directement par nous".
		"langsung sama kami", "langsung dengan kami", "langsung ke kami", "terus dengan kami", "diretso sa amin",
		"direct sa amin", "directement par nous", "direct through us", "directly through us")
	// "a private stock sale going": a sale off the listing, and a sale
	// announced all the same.
	l.add(cOffChannel|cOrderVerb|cSaleWord, "private stock sale", "private stock sales")
	l.add(cOffChannel|cOrderVerb, "sell you direct", "sell you directly", "sell it to you directly", "私下交易",
		"deal privately", "sell privately", "buy privately", "trade privately", "private deal", "private sale",
		"private order", "buy direct", "buy it direct", "buy them direct", "buy direct from me", "buy directly from me",
		"buy from me directly", "buy from us directly", "order direct from me", "order directly from me", "deal direct",
		"deal directly", "compra directa", "comprar directamente", "direkt bei mir kaufen", "direkt bei mir bestellen",
		"acheter directement", "comprar direto", "beli langsung", "mua trực tiếp", "acquisti direttamente",
		"acquistare direttamente", "comprare direttamente", "ordini direttamente", "直接購入", "직접 구매",
		// Thai and Vietnamese: "สั่งตรงกับร้าน" (order straight from the
		// shop), "ไวกว่าสั่งในแอป" (faster than ordering in the app), "đặt
		// trực tiếp … không cần đặt qua Shopee".
		"สั่งตรงกับร้าน", "สั่งตรงกับทางร้าน", "สั่งตรง", "สั่งกับร้านโดยตรง", "กว่าสั่งในแอป", "กว่าสั่งผ่านแอป",
		"ไม่ต้องสั่งในแอป", "ไม่ต้องสั่งผ่านแอป", "ไม่ต้องสั่งผ่าน", "ไม่ต้องกดสั่งในแอป", "đặt trực tiếp", "đặt thẳng", "mua thẳng", "đặt riêng", "không cần đặt qua",
		"khỏi đặt qua", "mua trực tiếp với shop")
	l.add(0, "สั่งตรงนี้")   // "order right here"
	l.add(0, "대량", "도매")     // bulk, wholesale: read by bulkCues
	l.add(0, "direct order") // "direct order ka na lang sa amin": read by directFromUs
	l.add(cCheaper, "cheaper", "lower price", "lower prices", "better price", "better prices", "better deal", "less", "save the fees",
		"save the amazon fees", "save on fees", "avoid fees", "no fees", "más barato", "mejor precio", "günstiger",
		"billiger", "moins cher", "meilleur prix", "mais barato", "melhor preço", "lebih murah", "harga lebih murah",
		"rẻ hơn", "giá tốt hơn", "ถูกกว่า", "更便宜", "便宜", "更优惠", "更划算", "划算",
		"più economico", "più conveniente", "conviene", "prezzo migliore", "risparmi*", "meno caro", "mas mura",
		"mas mababa", "mas tipid", "murang", "お得", "安く", "割安", "より安", "저렴", "더 싸", "싸게", "wholesale",
		"wholesale price", "bulk price", "special price", "factory price", "discounted price",
		// The maker's own price: "factory price from 100 pcs", "mua sỉ giá
		// xưởng", "공장 직거래 가격", "出厂价".
		"factory prices", "ex-factory price", "factory direct price", "giá xưởng", "giá tận xưởng", "giá gốc tại xưởng",
		"공장 직거래", "공장도 가격", "공장 가격", "工厂价", "厂价", "厂家价", "harga pabrik", "precio de fábrica",
		"preço de fábrica", "prix usine", "prix d'usine", "fabrikpreis", "prezzo di fabbrica", "ราคาโรงงาน", "preço de atacado",
		"precio de mayoreo", "harga grosir", "giá sỉ", "批发价", "出厂价", "trade pricing", "trade price",
		"trade prices", "bulk pricing", "wholesale rate", "borong", "harga borong",
		// A price the platform does not show: "we give you best price",
		// "offer them to you at a private price", "much lower than Amazon".
		"good price", "best price", "best prices", "great price", "private price", "lower than", "much lower",
		// A price of the seller's own: "te hacemos precio especial", "members
		// price", "the prices there are a little friendlier", "lì costa meno".
		"precio especial", "preço especial", "harga spesial", "harga khusus", "prix spécial", "sonderpreis",
		"prezzo speciale", "giá đặc biệt", "members price", "member price", "member prices", "members prices",
		"friendlier", "fewer fees", "lower fees", "less fees", "costa meno", "costa anche meno", "costano meno",
		"cuesta menos", "custa menos", "kostet weniger", "coûte moins", "le hago un precio", "te hago un precio",
		"le hacemos un precio", "te hacemos un precio", "faço um preço", "sasta", "saste", "sasta padega", "billigare", "billigere",
		// A price of a deal of its own: "we can do a bundle price", "I'll put
		// a set aside for you at cost", "harga reseller".
		"bundle price", "bundle deal", "at cost", "harga reseller", "reseller price", "reseller prices", "harga member",
		// "私聊我们拿内部价": an insiders' price, given by chat.
		"内部价", "内部价格", "内部优惠价", "內部價",
		// "harga lagi murah", "lebih jimat dari Lazada", "levněji",
		// "prețul e mai mic", "on vous fait un prix", "πιο φθηνά",
		// "дешевше", "זול יותר", "rate bhi kam lagayenge", "shop bớt phí sàn".
		"lagi murah", "lebih jimat", "lagi jimat", "levněji", "levnější", "levnejsi", "mai ieftin", "mai ieftine", "prețul e mai mic",
		"preț mai mic", "prețuri mai mici", "on vous fait un prix", "je vous fais un prix", "vous faire un prix",
		"prix d'ami", "daha ucuz", "daha uygun", "πιο φθηνά", "πιο φτηνά", "φθηνότερα", "φθηνότερο", "дешевше",
		"дешевле", "זול יותר", "יותר זול", "מחיר יותר טוב", "מחיר טוב יותר", "rate bhi kam", "rate kam", "kam rate",
		"bớt phí sàn", "giảm phí sàn", "không mất phí sàn", "싸요",
		// The noun first: "a gente faz um preço melhor no Pix", "un precio
		// más bajo", "un prix plus bas".
		"preço melhor", "preço mais baixo", "precio mejor", "precio más bajo", "prezzo più basso", "prix plus bas",
		// "lá os kits saem mais em conta" (come out cheaper there), "lepší
		// ceny" (better prices).
		"mais em conta", "lepší ceny", "lepší cena", "lepší cenu", "nižší ceny", "nižší cena", "výhodnější")
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
	// The Chinese and Thai words of a new sale and of what is not one are
	// units of their own, for paidSale to read: "现货", "จอง", "差价".
	var ws []string
	for _, m := range []map[string]bool{saleCues.one, notSale.one, preOrder.one, reserveWords, saleUnits, cancelWords, wantWords, codWords.one, storeAround.one, shopWords.one, hereWords.one, liveSaleWords, customWords.one} {
		for w := range m {
			if hasScript(w) {
				ws = append(ws, w)
			}
		}
	}
	slices.Sort(ws)
	l.add(0, ws...)
}

// skipListing are "skip the Amazon listing", "bypass the eBay checkout":
// the platform's listing or checkout left out of a sale.
var skipListing = func() []string {
	var out []string
	for _, v := range []string{"skip", "skipping", "bypass", "bypassing", "without"} {
		for _, p := range []string{"amazon", "ebay", "shopee", "lazada", "tiktok", "tiktok shop"} {
			for _, n := range []string{"listing", "checkout", "cart"} {
				out = append(out, v+" the "+p+" "+n, v+" "+p+" "+n)
			}
		}
	}
	return out
}()

// platformAliases are the marketplaces' names in other scripts.
var platformAliases = map[string]string{"亚马逊": "amazon", "亞馬遜": "amazon", "アマゾン": "amazon", "아마존": "amazon",
	"امازون": "amazon", "ايباي": "ebay", "虾皮": "shopee", "ลาซาด้า": "lazada", "ช้อปปี้": "shopee", "อเมซอน": "amazon", "蝦皮": "shopee", "来赞达": "lazada", "來贊達": "lazada", "이베이": "ebay", "易贝": "ebay",
	// Polish declines the names: "poza eBayem", "na Amazonie".
	"ebayem": "ebay", "ebayu": "ebay", "ebaya": "ebay", "ebayowi": "ebay", "amazonie": "amazon", "amazonu": "amazon",
	"amazona": "amazon", "amazonem": "amazon",
	// Turkish writes the case after an apostrophe: "Amazon'da yok".
	"amazon'da": "amazon", "amazon'dan": "amazon", "amazon'a": "amazon", "ebay'de": "ebay", "ebay'den": "ebay",
	// "eBay's cut is brutal", "TikTok's refund".
	"ebay's": "ebay", "amazon's": "amazon", "amazons": "amazon", "ebays": "ebay", "shopee's": "shopee", "lazada's": "lazada", "tiktok's": "tiktok"}

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
	"vende", "vendem", "quote you", "sprzedać", "sprzedam", "sprzedamy", "sprzedaję",
	// Czech, Dutch, Swedish, Romanian: "vám mohu prodat napřímo".
	"prodat", "prodám", "prodáme", "verkopen", "verkoop", "sälja", "säljer", "vând", "vindem"}

var sellSet = setOf("sell", "sells", "selling", "sell you", "vender", "vendo", "vendemos", "venderte", "venderle",
	"venderselo", "verkaufen", "verkaufe", "verkaufen wir", "vendre", "vendons", "vendrai", "vendere", "vendiamo",
	"venderglielo", "jual", "menjual", "kami jual", "ban truc tiep", "ban cho ban", "ban rieng", "ขาย", "卖", "卖给",
	"賣給", "出售", "販売", "판매", "买", "買", "vende", "vendem", "quote you", "sprzedac", "sprzedam", "sprzedamy",
	"sprzedaje", "prodat", "prodam", "prodame", "verkopen", "verkoop", "salja", "saljer", "vand", "vindem")

var aroundPhrases = []string{"sin pasar por", "sin pasar por la", "ohne über", "sans passer par", "en dehors de",
	"senza passare da", "senza passare per", "senza passare su", "sem passar pela", "sem passar por", "fora da",
	"fuera de", "tanpa melalui", "tanpa lewat", "không qua", "ไม่ผ่าน", "不通过", "不走", "绕过", "繞過",
	"al di fuori di", "al di fuori della", "不用走", "不必走", "不用再透过", "不用透过", "不必透过", "不透过", "不用再通过", "不用通过",
	"without going through", "without going via", "without using", "outside of", "bypassing",
	"before it goes on", "before it goes up on", "ไม่ต้องผ่าน", "before they go on", "before listing it on", "before i list it on",
	"before we list it on", "before it's listed on", "hindi na kailangan dumaan sa", "di na kailangan dumaan sa",
	"hindi na dadaan sa", "hindi na kailangang dumaan sa",
	"tak payah lalu", "tak perlu lalu",
	// "pas besoin de repasser par eBay", "no need to go through Amazon".
	"pas besoin de passer par", "pas besoin de repasser par", "sans repasser par", "no need to go through",
	"no need to order through", "no need to buy through", "no hace falta pasar por", "não precisa passar pela",
	"não precisa passar por", "sem precisar passar pela", "tak payah melalui",
	// "wysyłam bez pośrednictwa eBay", "zonder tussenkomst van Amazon".
	"bez pośrednictwa", "bez udziału", "zonder tussenkomst van", "ohne umweg über", "tidak perlu lewat", "gak usah lewat", "nggak usah lewat", "before listing on", "before i put it on", "before we put it on"}

var aroundSet = func() map[string]bool {
	m := setOf("ohne", "outside", "instead of", "rather than", "sin", "sans", "senza", "sem", "tanpa", "poza", "mimo", "luar")
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
var unlistedPhrases = []string{"never make it onto", "never makes it onto", "never make it on", "never made it onto",
	"don't make it onto", "never go on", "never goes on", "rather than listing", "instead of listing", "rather than relisting",
	"instead of relisting", "without listing", "before listing", "before i list", "before we list",
	// "shop chưa đăng lên Shopee", "belum di-upload ke TikTok Shop", "no los
	// subimos a TikTok Shop", "ที่ไม่ได้ลงในช้อปปี้".
	"chưa đăng lên", "không đăng lên", "belum di upload", "belum diupload", "belum diunggah", "no los subimos",
	"no lo subimos", "no la subimos", "no las subimos", "ไม่ได้ลงใน", "ไม่ได้ลงขายใน",
	// "tengo más piezas sin publicar", "Amazon'da satmıyoruz", "Amazon'da
	// listelemedim".
	"sin publicar", "sem anunciar", "satmıyoruz", "satmıyorum", "listelemedim", "listelemedik",
	// "die niet online staan", "di naka-post dito" (not posted here).
	"niet online", "nicht online", "di naka-post", "hindi naka-post", "di nakapost", "hindi nakapost",
	"di pa naka-post", "hindi pa naka-post", "di naka post", "hindi naka post", "di pa naka post", "hindi pa naka post",
	"di naka-list", "hindi naka-list", "di pa naka-list", "hindi pa naka-list", "hindi pa naka list", "di pa naka list",
	// "לפני שהוא עולה לחנות" (before it goes up in the shop).
	"לפני שהוא עולה", "לפני שזה עולה",
	// "for the unlisted stuff, USDT ok".
	"unlisted",
	// "还有两个颜色店里没上架" (two more colours not put up in the shop),
	// "สีพิเศษที่ไม่มีในร้าน" (a special colour that isn't in the shop).
	"没上架", "沒上架", "未上架", "ไม่มีในร้าน"}

// Folded as units are ("chưa đăng lên", "satmıyoruz"); the lexicon keeps
// the hyphen of a phrase it merged: "belum di-upload".
var unlistedSet = foldSet(append(unlistedPhrases, "belum di-upload", "belum di-unggah")...)

// preparedWords are what a seller does to stock before listing it: "all
// tested before listing" lists it, keeping nothing off the listing.
var preparedWords = foldSet("tested", "checked", "cleaned", "inspected", "photographed", "measured", "serviced",
	"verified", "wiped", "reset", "charged", "getestet", "geprüft", "gereinigt", "probado", "probados", "revisado",
	"revisados", "limpiado", "testado", "testados", "verificado", "testé", "testés", "vérifié", "nettoyé", "testato",
	"controllato", "dites", "dicek", "diperiksa")

// unlisted reports stock kept off the listing at unit i: "rather than
// listing them", "before I list them"; not what was done to stock "before
// listing" it ("all tested before listing").
func (sc *scan) unlisted(i int) bool {
	if !unlistedSet[sc.text(i)] {
		return false
	}
	return !sc.is(i, "before listing") || !(preparedWords[sc.text(i-1)] || preparedWords[sc.text(i-2)] && sc.is(i-1, "it", "them", "all", "everything", "each"))
}

// listedWords are "listed" and its kin: denied, the stock is kept off
// the platform ("aren't listed", "not yet listed", "nicht bei eBay
// einstelle").
var listedWords = foldSet("listed", "listing", "einstelle", "einstellen", "eingestellt", "gelistet", "listado", "listados",
	"listé", "listés", "anunciado", "anunciados", "inserito", "inseriti", "terdaftar", "wystawione", "wystawiony",
	"publicado", "publicados", "publicada", "publicadas", "anúncio", "anuncio", "上架", "掲載", "relist", "relisting",
	"inserzione", "inserzioni", "in inserzione", "list")

// contactNear reports contact details found in the sentence [a, b) or
// the next one.
func (sc *scan) contactNear(a, b int) bool {
	e := sc.sentenceEnd(b)
	return sc.foundIn(ContactInfo, a, e)
}

// Out of stock on the platform, then sold another way: "这个配件亚马逊上暂时
// 缺货，您可以用支付宝直接付给我们".
var unavailablePhrases = []string{"out of stock", "sold out", "unavailable", "not available", "no longer available",
	"isn't available", "is not available", "aren't available", "are not available",
	"缺货", "缺貨", "没货", "沒貨", "售罄", "下架", "agotado", "ausverkauft", "nicht verfügbar", "nicht mehr verfügbar",
	"épuisé", "en rupture", "esgotado", "esaurito", "non disponibile", "habis", "stok habis", "kehabisan stok",
	"hết hàng", "สินค้าหมด", "หมดสต็อก", "在庫切れ", "売り切れ", "품절", "卖完", "賣完", "断货", "斷貨", "yok", "stokta yok",
	// "back-ordered till the 14th on here", "esgotou aqui", "se nos agotó".
	"back-ordered", "back ordered", "backordered", "on backorder", "back order", "esgotou", "esgotaram", "agotó", "se agotó",
	"agotaron", "se agotaron", "acabou", "acabaram",
	// "finns inte längre på Amazon", "nicht mehr erhältlich", "สีดำในลาซาด้าหมดแล้ว".
	"finns inte längre", "slutsåld", "slutsålda", "slut i lager", "nicht mehr erhältlich", "plus disponible",
	"plus en stock", "không còn hàng", "hết rồi", "hết trên",
	// "المنتج نفد من أمازون".
	"نفد", "نفدت", "หมดแล้ว", "tidak tersedia lagi", "sudah habis",
	// "quelle del live sono finite", "خلص من المتجر", "udah habis".
	"sono finite", "sono finiti", "خلص", "خلصت", "udah habis",
	// "discontinued on Amazon but we have a few left".
	"discontinued", "descatalogado", "eingestellt worden", "plus fabriqué"}

var unavailableSet = foldSet(unavailablePhrases...)

// shopLinkNear reports a shop's link after unit i, in its sentence or the
// next: "que no está en Amazon; la encuentra en casaolivo punto es".
func (sc *scan) shopLinkNear(i int) bool {
	e, n := i+1, 0
	for ; e < len(sc.units); e++ {
		if sc.units[e].sent != sc.units[e-1].sent {
			if n++; n == 2 {
				break
			}
		}
	}
	return sc.foundIn(ExternalLink, i, e) && sc.shopLink(i, e)
}

// hereWords name the platform the message is sent on as "here": "sold
// out here", "esgotou aqui", "hier leider ausverkauft", "habis di sini".
var hereWords = newPhraseSet("here", "on here", "aqui", "aquí", "hier", "ici", "qui", "di sini", "disini", "dito",
	"ở đây", "这里", "這裡", "ที่นี่")

// hereLater reports "here" later in the clause of unit i, standing for
// the platform: "we can't sell the refill packs here".
func (sc *scan) hereLater(i int) bool {
	for j := i + 1; j < len(sc.units) && j-i <= 6 && sc.units[j].clause == sc.units[i].clause; j++ {
		if hereWords.at(sc, j) {
			return true
		}
	}
	return false
}

// hereAfter reports "here" in the clause of unit i, just before or after
// it, or -1.
func (sc *scan) hereAfter(i int) int {
	for j := max(0, i-3); j < len(sc.units) && j <= i+3; j++ {
		if j != i && sc.units[j].clause == sc.units[i].clause && hereWords.at(sc, j) {
			return j
		}
	}
	return -1
}

// shopWords are a shop or store a seller keeps: "our Tokopedia store",
// "toko Tokopedia kami", "Trendyol mağazamızda", "loja no Mercado Livre".
var shopWords = newPhraseSet("shop", "store", "storefront", "page", "loja", "tienda", "toko", "tokonya", "boutique",
	"negozio", "laden", "shopnya", "cửa hàng", "gian hàng", "mağaza", "mağazamızda", "mağazamızdan", "mağazamız",
	"มีร้านใน", "店铺", "店舖", "ショップ", "스토어", "tem loja", "temos loja", "tenemos tienda")

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
	// Thai writes "outside" joined to the word before: "รับทำเองนอกลาซาด้า"
	// (we make it ourselves outside Lazada).
	if i > 0 && sc.units[i-1].kind == uScript && strings.HasSuffix(sc.text(i-1), "นอก") && sc.units[i-1].clause == sc.units[i].clause {
		return true
	}
	// "instead of reordering on Lazada", "rather than buying it on eBay".
	for k := i - 1; k >= 1 && i-k <= 4 && sc.units[k].clause == sc.units[i].clause; k-- {
		if sc.units[k].mask&cOrderVerb != 0 && aroundSet[sc.text(k-1)] {
			return true
		}
	}
	// "price will be much lower than Amazon": the platform as the dearer
	// way to buy.
	if sc.cheaperThan(i) {
		return true
	}
	return sc.feesAvoided(i)
}

// refusedAround reports the way around the platform at i refused earlier
// in its clause: "non possiamo accettare ordini o pagamenti al di fuori
// di Amazon", "I can't … take the deal off eBay", "nothing needs to be
// paid outside the app". The words of going around are no refusal
// themselves ("sin pasar por eBay").
func (sc *scan) refusedAround(i int) bool {
	for k := i - 3; k >= 0 && i-k <= 12 && sc.units[k].clause == sc.units[i].clause; k-- {
		// Not "no eBay fees": the negation right before is the fees'.
		if sc.units[k].mask&cNegation != 0 && !aroundSet[sc.text(k)] && sc.units[k].mask&cIdiom == 0 {
			return true
		}
	}
	return false
}

// cheaperThan reports the platform at i named as the dearer way to buy:
// "much lower than Amazon", "比Lazada运费便宜".
func (sc *scan) cheaperThan(i int) bool {
	if sc.is(i-1, "lower than") || sc.is(i-1, "than") && i >= 2 && sc.units[i-2].mask&cCheaper != 0 {
		return true
	}
	// "más barato que en TikTok", "bớt 10% so với giá trên Shopee",
	// "ถูกกว่าในลาซาด้า": the word of comparing between the lower price
	// and the platform.
	if sc.units[i].mask&cPlatform != 0 {
		for k := i - 1; k >= 1 && i-k <= 5 && sc.units[k].clause == sc.units[i].clause; k-- {
			if !thanWords[sc.text(k)] {
				continue
			}
			c := sc.prev(k+1, cCheaper|cPercent, 4)
			if c >= 0 && sc.units[c].clause == sc.units[i].clause && !sc.negated(c) && (sc.units[c].mask&cCheaper != 0 || sc.is(k, "so voi")) {
				return true
			}
		}
	}
	// Thai writes "than" joined to the adjective and "in" before the
	// platform: "ถูกกว่าในลาซาด้า" (cheaper than in Lazada).
	if k := i - 1; sc.is(k, "ใน", "บน", "ที่") || sc.units[i].kind == uScript && k >= 0 && strings.HasSuffix(sc.text(k), "กว่า") {
		if sc.is(k, "ใน", "บน", "ที่") {
			k--
		}
		if k >= 0 && sc.units[k].mask&cCheaper != 0 && strings.HasSuffix(sc.text(k), "กว่า") && !sc.negated(k) {
			return true
		}
	}
	return sc.is(i-1, "比") && sc.next(i, cCheaper, 3) >= 0 && sc.units[sc.next(i, cCheaper, 3)].clause == sc.units[i].clause
}

// thanWords compare a price with another: "que", "als", "so với",
// "กว่า" (written joined to the adjective: "ถูกกว่า" is cheaper itself).
var thanWords = foldSet("than", "que", "als", "di", "dari", "daripada", "kaysa", "kaysa sa", "so với", "hơn", "比", "niż", "dan",
	"berbanding", "compared to", "compared with", "než", "decât",
	// Arabic compares with "min": "سعر أرخص من أمازون" (a price cheaper
	// than Amazon).
	"من")

// feeWords and feeAvoiders: "no eBay fees", "sem taxa da Amazon", "to
// avoid the Amazon commission".
var (
	feeWords = setOf("fee", "fees", "commission", "commissions", "charges", "taxa", "taxas", "tarifa", "tarifas",
		"comision", "comisiones", "comissao", "comissoes", "gebuhren", "gebuhr", "frais", "commissioni", "biaya",
		"potongan", "phi", "prowizji", "prowizja", "kosten", "cut", "markup", "mark-up", "avgift", "avgiften", "avgifter",
		// "bez eBay poplatků", "بدون عمولة أمازون", "בלי העמלות של eBay".
		"poplatku", "poplatky", "poplatek", "comision", "comisionul", "عمولة", "عمولات", "رسوم", "עמלה", "עמלות",
		"העמלות", "העמלה",
		// Malay: "jimat caj Shopee" (save Shopee's charge).
		"caj")
	feeAvoiders = setOf("no", "without", "save", "saving", "avoid", "avoiding", "skip", "sem", "sin", "ohne", "sans",
		"senza", "tanpa", "bez", "zonder", "sparen", "spare", "sparst", "spart", "evitar", "evitamos", "eviter", "evitiamo",
		"hemat", "jimat", "zero", "minus", "knock", "walang", "wala", "slipper", "slipp", "niente", "nessuna", "senza",
		"بدون", "بلا", "دون", "בלי", "ללא", "fara", "χωρίς", "без")
)

// feesAvoided reports a platform named at i for the fees the buyer would
// save by going around it — when the sentence also offers the other way:
// a lower price, a direct sale, the seller's site or an outside payment.
// "No eBay fees, so about 10% less"; not "no eBay fees apply to buyers".
func (sc *scan) feesAvoided(i int) bool {
	// The fee just after the platform or just before it, one word between
	// at most: "eBay fees", "the Amazon marketplace fees", "les commissions
	// de eBay", "potongan admin Shopee", "بدون عمولة أمازون".
	f := -1
	for _, j := range [...]int{i + 1, i + 2, i - 1, i - 2} {
		if j >= 0 && j < len(sc.units) && sc.units[j].clause == sc.units[i].clause && feeWords[sc.text(j)] {
			f = j
			break
		}
	}
	if f < 0 {
		return false
	}
	// "dann sparen wir uns beide die Amazon-Gebühren": German puts the
	// subject and its objects between.
	avoided := false
	for k := min(i, f) - 1; k >= 0 && i-k <= 5 && sc.units[k].clause == sc.units[i].clause; k-- {
		avoided = avoided || feeAvoiders[sc.text(k)]
	}
	if !avoided {
		return false
	}
	a, b := sc.around(i, 25)
	// "just opened at lumenhaus dot store — same lamps, without the Amazon
	// markup": a shop's link is the other way.
	return sc.first(a, b, cCheaper|cDirect|cOwnSite|cOffChannel|cPayOff|cPayInstr) >= 0 ||
		sc.foundIn(ExternalLink, a, b) && sc.shopLink(a, b) || sc.ownDiscount(a, b)
}

// ownDiscount reports in [a, b) a discount the seller offers of its own,
// an amount or a percentage off: "I can knock 10% off if we skip the eBay
// fees"; not "there's 10% off at checkout".
func (sc *scan) ownDiscount(a, b int) bool {
	for j := a; j < b; j++ {
		u := sc.units[j]
		if u.mask&cOff == 0 && !sc.is(j, "knock") || u.mask&cRefund != 0 || sc.negated(j) || sc.prev(j, cWe|cOffer, 4) < 0 {
			continue
		}
		if sc.next(j, cPercent|cMoney, 2) >= 0 || sc.prev(j, cPercent|cMoney, 2) >= 0 {
			return true
		}
	}
	return false
}

// sellsAround reports a sale off the platform said with a verb of selling
// and a way around it, in the sentence [a, b): "te la puedo vender
// directamente", "die Felgen kann ich Ihnen direkt verkaufen", "rather
// than listing them, a direct bank transfer", "亚马逊上缺货，您可以用支付宝直接付给我们".
func (sc *scan) sellsAround(a, b int) {
	const rule = "sale taken off the platform"
	paidOff := func() bool { return sc.foundIn(OffPlatformPayment, a, b) }
	for i := a; i < b; i++ {
		w := sc.text(i)
		switch {
		case sellSet[w]:
			// The denial may be the platform's, named just before: "i
			// ricambi che non trova su Amazon glieli vendo io".
			if p := sc.prev(i, cPlatform, 3); sc.negated(i) && (p < 0 || !sc.negated(p)) {
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
			// Unless the platform is denied: "i ricambi che non trova su
			// Amazon glieli vendo io direttamente".
			if p := sc.first(a, b, cPlatform); p >= 0 && !sc.bypassed(p) && !sc.negated(p) {
				continue
			}
			sc.addUnits(OffPlatformOrder, min(i, d), max(i, d), rule)
			return
		case sc.unlisted(i), sc.notListed(i), sc.offListing(i) && !sc.notSaleIn(a, b):
			// Stock kept off the listing, then sold another way: "rather
			// than relisting I can send you a Wise payment request", "a few
			// more bulbs that aren't listed — message me", "einen zweiten
			// Satz, den ich nicht bei eBay einstelle. Bei Interesse anrufen".
			wa, wb := sc.around(i, 15)
			// "it isn't listed on Lazada, but you can get it from our own
			// store at aquaticbay.sg".
			// The platform denied alone is weaker: "the newest firmware isn't
			// on Amazon yet, join our Telegram" is no sale.
			o := sc.first(wa, wb, cOwnSite)
			// "check our website streetfam(.)store, we don't list them all on
			// TikTok": the site named just before.
			if o < 0 && sc.offListing(i) {
				if k := sc.first(sc.sentenceBefore(a), a, cOwnSite); k >= 0 && sc.ours(k) && !sc.negated(k) {
					o = k
				}
			}
			// A link after it is the other way to buy: "que no está en
			// Amazon; la encuentra en nuestra tienda, casaolivo punto es".
			if sc.first(wa, wb, cPayOff|cPayInstr|cDirect|cCheaper|cOrderVerb|cOffChannel) >= 0 ||
				!sc.offListing(i) && sc.contactNear(a, b) || o >= 0 && sc.ours(o) || sc.shopLinkNear(i) {
				sc.addUnits(OffPlatformOrder, i, i, rule)
				return
			}
		case unavailableSet[w]:
			wa, wb := sc.around(i, 15)
			p := sc.first(wa, wb, cPlatform)
			if p < 0 {
				p = sc.hereAfter(i)
			}
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
			// at thehivecandleco.com"; "sold out on shopee but we still got
			// a few, dm us on insta".
			if direct || paidOff() || sc.linkAfter(i) || sc.foundIn(ContactInfo, max(i, p), b) {
				sc.addUnits(OffPlatformOrder, min(i, p), max(i, p), rule)
				return
			}
		}
	}
}

// checkoutSkip reports the phrase w as skipping the platform's checkout:
// "skip the checkout", "ga usah checkout", "tak perlu checkout".
func checkoutSkip(w string) bool {
	return strings.Contains(w, "checkout") || strings.Contains(w, "checking out")
}

// findOffPlatformOrder reports offers to sell outside the platform.
func (sc *scan) findOffPlatformOrder() {
	ownSite := cOwnSite
	if !sc.platform.IsMarketplace() {
		ownSite = 0 // the seller's website is the platform here
	}
	sc.sentences(func(a, b int) {
		defer sc.codOff(a, b)
		for i := a; i < b; i++ {
			u := sc.units[i]
			if u.mask&cOrderFixed != 0 && !sc.negated(i) {
				sc.addUnits(OffPlatformOrder, i, i, "sale taken off the platform")
				continue
			}
			// A store on Shopify is the seller's own channel there, another
			// shop on a marketplace.
			if sc.is(i, "shopify") && !sc.platform.IsMarketplace() {
				continue
			}
			around := sc.platform.IsMarketplace() && sc.bypassed(i)
			isChannel := u.mask&(cMarket|cOffChannel) != 0 || u.mask&ownSite != 0 && sc.ours(i) || sc.otherPlatform(i) || around
			// Nor the buyer's wish quoted back and refused ("'can we do it
			// outside eBay for less?' - I'd rather not"), nor a warning.
			// The platform after a skipped checkout is whose checkout is
			// skipped, not where to buy: "tak payah checkout Lazada".
			if !isChannel || !around && (sc.negated(i) || sc.verbDenied(i)) || around && sc.refusedAround(i) || sc.onPlatformAfter(i) && !checkoutSkip(sc.text(i)) || sc.wishRefused(i) || sc.warning(i) {
				continue
			}
			near := cOrderVerb | cCheaper
			if wa, wb := sc.around(i, 15); u.mask&cOffChannel != 0 || around {
				// Going around the platform's fees or price, or its checkout
				// for the next order, is a sale taken off it: "faço direto
				// por R$35 no Pix, sem a taxa da Shopee", "比Lazada运费便宜",
				// "sa next order niyo po, mag-GCash sa akin diretso".
				// Not the difference paid that way: "pagar a diferença direto
				// por Pix, fica mais barato do que pela Shopee".
				// "if you want the second unit I can send it with my own
				// driver, outside Amazon": more goods than the order.
				// Paying off a marketplace in place of its checkout
				// ("transfer ke BCA … ga usah checkout") buys the goods off
				// it: the checkout is where the sale is made. A difference
				// or a fee paid so is not (notSaleIn), nor, on the seller's
				// own channel, the order under way paid around a checkout
				// that is down (paidSale).
				sale := around && (sc.feesAvoided(i) && sc.first(wa, wb, cMoney) >= 0 || sc.cheaperThan(i) && !sc.notSaleIn(wa, wb)) ||
					sc.first(wa, wb, cNext) >= 0 || u.mask&cOffChannel != 0 && sc.saleCue(wa, wb, false) && !sc.notSaleIn(wa, wb) ||
					sc.platform.IsMarketplace() && u.mask&cOffChannel != 0 && checkoutSkip(sc.text(i)) && !sc.notSaleIn(wa, wb)
				if u.mask&cOrderVerb == 0 && !sale && sc.aftercare(wa, wb) {
					// "we'll handle the replacement outside Amazon": the
					// order's aftercare, no sale (contact.go reads the way
					// to write).
					continue
				}
				if u.mask&cOrderVerb != 0 || sc.first(wa, wb, cPayVerb|cPayOff|cPayInstr|cRefund) < 0 ||
					sale && sc.first(wa, wb, cRefund) < 0 {
					// "sell you direct", "ship them without going through Amazon".
					sc.addUnits(OffPlatformOrder, i, i, "sale taken off the platform")
					continue
				}
				// "pay by PayPal instead of eBay checkout", "a refund by wire
				// transfer, bypassing the Amazon refund queue" are payment.go's;
				// a sale paid that way is paidSale's.
				near = cOrderVerb
			}
			// "we also have a shop on Mercado Livre", "masih ada di toko
			// Tokopedia kami", "hamare Meesho store pe": the seller's shop on
			// another marketplace is where the buyer is sent to buy.
			if u.mask&cMarket != 0 || sc.otherPlatform(i) {
				if k := sc.shopNear(i); k >= 0 {
					sc.addUnits(OffPlatformOrder, min(i, k), max(i, k), "sale taken to another marketplace")
					continue
				}
				// "die Alufelgen hab ich auch bei Kleinanzeigen drin", "we
				// also list them on Etsy": the same goods offered there too.
				// "we're on Shopify too": "too" after it.
				if k := sc.alsoBefore(i); u.mask&cMarket != 0 && (k >= 0 || sc.tooAfter(i)) {
					if k < 0 {
						k = i
					}
					sc.addUnits(OffPlatformOrder, k, i, "sale taken to another marketplace")
					continue
				}
				// "may stock pa sa Shopee namin, same shop name lang", "on
				// Vinted, same username", "publicado en Mercado Libre con el
				// mismo nombre de tienda": the seller's shop there, by name.
				if k := sc.sameNameAfter(i); k >= 0 && !sc.negated(i) {
					sc.addUnits(OffPlatformOrder, i, k, "sale taken to another marketplace")
					continue
				}
			}
			// "Our full catalogue is only on our own site": the range sold
			// only off the platform.
			if u.mask&ownSite != 0 && sc.ours(i) && sc.onlyThere(i) {
				sc.addUnits(OffPlatformOrder, sc.onlyStart(i), i, "sale taken off the platform")
				continue
			}
			// A verb of buying or selling, or a cheaper price, near the channel;
			// "still available from us directly" says it with "available".
			fromUs := fromUsSet[sc.text(i)]
			for j := max(a, i-10); j < min(b, i+40); j++ {
				// Further on, a verb pointing back at the site: "easier thru
				// our site tho bc tiktok doesn't let us add notes — just
				// search 'Bloom & Bead' on google and order there".
				if j > i+10 && !thereSet[sc.text(j)] {
					continue
				}
				if j == i || sc.units[j].mask&near == 0 && !(fromUs && availableSet[sc.text(j)]) && !sc.orderAsVerb(j) && !sc.grabbedAt(j, a, b) || sc.negated(j) {
					continue
				}
				sc.addUnits(OffPlatformOrder, min(i, j), max(i, j), "sale taken off the platform")
				break
			}
		}
		if sc.platform.IsMarketplace() {
			sc.orderByLink(a, b)
			sc.sellsAround(a, b)
			sc.paidSale(a, b)
			sc.bulkByContact(a, b)
			sc.contactSale(a, b)
			sc.siteSale(a, b)
			sc.leavingPlatform(a, b)
			sc.arrangedSale(a, b)
			sc.customByContact(a, b)
			sc.settledInChat(a, b)
			sc.cancelForUs(a, b)
			sc.chatCatalogue(a, b)
		} else {
			// On the seller's own channel too, a new sale paid around the
			// store's checkout: "objednávku 3 kusů můžete vyřídit i mimo
			// e-shop – pošlete 2 850 Kč na účet …".
			sc.paidSale(a, b)
			sc.storeContact(a, b)
			if !sc.foundIn(OffPlatformOrder, a, b) {
				sc.bulkByContact(a, b)
			}
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
			// Not "Obrigado pela compra! Segue a gente no Instagram": the
			// app is followed, not ordered on.
			// Nor the buyer's wish quoted back and refused: "Me preguntas si
			// puedes hacer el pedido por WhatsApp: lo siento, …".
			if j >= 0 && sc.first(i+1, j, cFollow) < 0 && (sc.first(i+1, j, cVia) >= 0 || sc.units[i].mask&cVia != 0) && !sc.wishRefused(j) {
				sc.addUnits(OffPlatformOrder, i, j, "order taken through a chat app")
				// "mag-order sa FB page namin": the page is offered to write
				// to, as "message our Facebook page" is.
				if sc.units[j].mask&(cSocial|cAppWeak) != 0 && !sc.reportedAs(ContactInfo, j) && sc.platform.IsMarketplace() {
					sc.addUnits(ContactInfo, j, sc.identifierEnd(j), "chat app or social account offered for contact")
				}
				continue
			}
			// The app first, offered for contact, then the order: "ทักไลน์
			// มาสั่ง" (message our Line to order), "WhatsApp us to order".
			// "DM us on IG @goldenhour.jewels to place one": the handle
			// between does not count.
			k := sc.prev(i, cApp|cAppWeak|cSocial|cContactFixed, 3)
			if k < 0 {
				if h := sc.prev(i, cHandle, 3); h >= 0 {
					k = sc.prev(h, cApp|cAppWeak|cSocial|cContactFixed, 2)
				}
			}
			if k >= 0 && sc.units[k].clause == sc.units[i].clause && sc.reportedAs(ContactInfo, k) {
				sc.addUnits(OffPlatformOrder, k, i, "order taken through a chat app")
				continue
			}
			// "Chama no WhatsApp … e fecha o pedido por lá": the order
			// placed there, where the contact details point.
			if sc.orderThere(i) && sc.foundIn(ContactInfo, sc.sentenceBefore(a), b) && sc.platform.IsMarketplace() {
				sc.addUnits(OffPlatformOrder, i, i+1, "order taken through a chat app")
			}
		}
	})
}

// thereEnd are "there" ending a clause: "fecha o pedido por lá".
var thereEnd = foldSet("there", "por la", "por ali", "ahi", "alli", "por alli", "por ahi", "dort", "daar", "la-bas", "doon", "dun")

// orderThere reports the order verb at i pointing at the place just named
// with "there" closing its clause.
func (sc *scan) orderThere(i int) bool {
	j := i + 1
	if sc.is(j, "por") {
		j++
		if !sc.is(j, "la", "ali", "ahi", "alli") {
			return false
		}
	} else if !thereEnd[sc.text(j)] {
		return false
	}
	return j+1 >= len(sc.units) || sc.units[j+1].clause != sc.units[i].clause
}

// orderAsVerb reports "order" at i as a verb of buying, after a subject,
// a modal or an adverb of asking: "if you order the new size on our
// site", "just order on our website", "if u order outside Lazada"; not
// "your order", "the order".
func (sc *scan) orderAsVerb(i int) bool {
	return sc.is(i, "order") && sc.is(i-1, "you", "u", "to", "please", "pls", "just", "can", "could", "simply", "then", "also")
}

// grabbedAt reports "grab it" at i bought, a price or a code in the
// sentence [a, b): "grab it on our site …, code TIKTOK15 saves 15%"; not
// a file fetched ("grab it at …/sizes").
func (sc *scan) grabbedAt(i, a, b int) bool {
	return sc.is(i, "grab") && sc.is(i+1, "it", "them") && sc.first(a, b, cMoney|cPercent|cCheaper|cCode) >= 0
}

// aftercareWords are the service of an order already made.
var aftercareWords = foldSet("replacement", "replacements", "warranty", "guarantee", "repair", "repairs", "return",
	"returns", "exchange", "claim", "ticket", "troubleshooting", "garantía", "garantie", "garanzia", "garantia",
	"reemplazo", "ersatz", "remplacement", "sostituzione", "reparatur", "réparation")

// aftercare reports the units [a, b) speaking of the service of an order
// already made — a replacement, a warranty claim, a repair — and of no
// purchase or price of their own.
func (sc *scan) aftercare(a, b int) bool {
	care := false
	for i := a; i < b; i++ {
		if sc.units[i].mask&(cOrderVerb|cCheaper|cMoney|cNext) != 0 || saleCues.at(sc, i) {
			return false
		}
		care = care || aftercareWords[sc.text(i)]
	}
	return care
}

// alsoWords say the goods are offered elsewhere as well.
var alsoWords = foldSet("also", "too", "auch", "también", "aussi", "anche", "também", "juga", "cũng", "ook", "också", "也", "も")

// alsoBefore reports "also" shortly before the marketplace at i, in its
// clause, said by the seller of the goods, or -1: "hab ich auch bei
// Kleinanzeigen", "we also sell them on Etsy".
func (sc *scan) alsoBefore(i int) int {
	for k := i - 1; k >= 0 && i-k <= 4 && sc.units[k].clause == sc.units[i].clause; k-- {
		if alsoWords[sc.text(k)] && !sc.negated(k) && (sc.prev(k, cWe|cSelf, 4) >= 0 || sc.next(k, cWe, 2) >= 0) {
			return k
		}
	}
	return -1
}

// tooAfter reports the seller found on the marketplace at i as well,
// "too" closing the clause: "we're on Shopify too", "find us on Etsy too".
//
// The seller is who is there, just before "on": not "our reviews are on
// Etsy too".
func (sc *scan) tooAfter(i int) bool {
	if !sc.is(i+1, "too", "as well") || !sc.is(i-1, "on") || sc.negated(i) {
		return false
	}
	return i >= 2 && (sc.units[i-2].mask&(cWe|cUs) != 0 || sc.is(i-2, "we're", "we are", "i'm", "i am"))
}

// shopNear reports a shop word within two units of the marketplace at i,
// in its clause, or -1: "our Etsy shop", "loja no Mercado Livre".
func (sc *scan) shopNear(i int) int {
	for j := max(0, i-3); j < len(sc.units) && j <= i+2; j++ {
		if j == i || sc.units[j].clause != sc.units[i].clause || !shopWords.at(sc, j) || sc.negated(j) {
			continue
		}
		// The seller's own shop there, not the buyer's order from it.
		if ownShop[sc.text(j)] || sc.first(max(0, min(i, j)-5), max(i, j)+3, cSelf|cWe) >= 0 && sc.first(max(0, min(i, j)-5), max(i, j)+3, cYou) < 0 {
			return j
		}
	}
	return -1
}

// sameName are the seller's name on another marketplace given as the
// same as here: "same username", "mismo nombre de tienda".
var sameName = newPhraseSet("same username", "same user name", "same name", "same shop name", "same store name",
	"same seller name", "mismo nombre", "mesmo nome", "même nom", "stesso nome", "gleichen namen", "selben namen",
	"nama toko sama", "nama sama", "same handle")

// sameNameAfter reports the seller's name given as the same shortly after
// the marketplace at i, in its sentence, or -1.
func (sc *scan) sameNameAfter(i int) int {
	for j := i + 1; j < len(sc.units) && j-i <= 10 && sc.units[j].sent == sc.units[i].sent; j++ {
		if sameName.at(sc, j) && !sc.negated(j) {
			return j
		}
	}
	return -1
}

// ownShop are shop words that say whose shop it is.
var ownShop = foldSet("mağazamızda", "mağazamızdan", "mağazamız", "มีร้านใน", "tokonya", "shopnya")

// thereSet are verbs of buying that point back at a place named before.
var thereSet = setOf("order there", "orders there", "order it there", "buy there", "buy it there")

// onlyWords say that something is to be had nowhere else.
var onlyWords = setOf("only", "exclusively", "solo", "solamente", "nur", "seulement", "uniquement", "apenas",
	"somente", "soltanto", "hanya", "chi", "lang")

// onlyThere reports "only on our own site", "exclusively on our website":
// "only" at most three units before the site at i, in its clause.
func (sc *scan) onlyThere(i int) bool { return sc.onlyStart(i) < i }

func (sc *scan) onlyStart(i int) int {
	for k := i - 1; k >= 0 && i-k <= 4 && sc.units[k].clause == sc.units[i].clause; k-- {
		if onlyWords[sc.text(k)] && !sc.negated(k) {
			return k
		}
	}
	return i
}

// codWords are cash on delivery, as one unit ("COD", "货到付款") or read
// word by word ("pay him 180 AED cash on delivery").
var codWords = newPhraseSet("cod", "cash on delivery", "bayar di tempat", "thanh toán khi nhận hàng", "ship cod",
	"เก็บเงินปลายทาง", "货到付款", "contra reembolso", "contrareembolso", "nachnahme", "contre remboursement",
	"pagamento alla consegna", "pagamento na entrega", "الدفع عند الاستلام")

// codOff reports cash on delivery offered for a sale taken off the
// platform in the sentence [a, b) as a payment off it: "nhắn shop đặt
// trực tiếp, shop ship COD luôn, không cần đặt qua Shopee". Cash on
// delivery through the platform ("COD is also available") is its checkout.
func (sc *scan) codOff(a, b int) {
	if !sc.platform.IsMarketplace() || !sc.foundIn(OffPlatformOrder, a, b) {
		return
	}
	for i := a; i < b; i++ {
		// "aur COD bhi available hai": the store's own cash on delivery.
		if codWords.at(sc, i) && !sc.negated(i) && !availableSet[sc.text(i+1)] && !availableSet[sc.text(i+2)] && !sc.otherMarketCOD(i) {
			sc.addUnits(OffPlatformPayment, i, i, "payment outside the platform's checkout")
			return
		}
	}
}

// foundIn reports a finding of kind k starting in the sentence [a, b).
func (sc *scan) foundIn(k Kind, a, b int) bool {
	from, to := int(sc.f.from[sc.units[a].s]), int(sc.f.to[sc.units[b-1].e-1])
	for _, f := range sc.found {
		if f.kind == k && f.s >= from && f.s < to {
			return true
		}
	}
	return false
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
		// "our website", "website kami", "check our website" (one unit).
		return sc.prev(i, cSelf, 3) >= 0 || sc.next(i, cSelf, 2) >= 0 || i > 0 && strings.HasSuffix(sc.text(i-1), " our")
	}
	return true // "official site", "own store", 官网, 独立站, "nuestra web" say whose it is
}

// orderByLink reports a sale offered through a link found in the
// sentence [a, b): "European customers can order from our shop at
// moebel-kraft.de".
func (sc *scan) orderByLink(a, b int) {
	for i := a; i < b; i++ {
		// "shop at" as a verb: "you can also shop at glowgirlcosmetics.com",
		// not "our shop at …".
		shopAt := sc.is(i, "shop") && sc.is(i+1, "at") && i > 0 && sc.units[i-1].mask&(cSelf|cPlatform) == 0 && !sc.is(i-1, "the", "a")
		if sc.units[i].mask&cOrderVerb == 0 && !shopAt && !sc.orderAsVerb(i) || sc.is(i, "deal", "transaction", "giao dich", "交易", "transaksi") || sc.negated(i) {
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

// A new sale paid for off the platform is both a payment off it and a
// sale taken off it: "pay me by PayPal F&F for the second lens",
// "transfer to BCA and we'll ship the extra 5", "send 450 to GCash to
// reserve the bag", a wholesale quote paid in USDT. A refund, a fee, the
// shipping or a price difference paid off the platform is a payment only:
// the sale itself stayed on it. The sale is read from words that speak of
// more goods than the order under way — a second one, stock, a
// reservation, a quote — in the payment's sentence or in the sentence
// before it: "stok di Lazada habis tapi di gudang masih ada 5. Kalau mau,
// transfer ke BCA".

// bulkWords are wholesale and made-to-order deals.
var bulkWords = []string{"wholesale", "bulk", "moq", "oem", "odm", "big quantity", "large quantity",
	"large quantities", "big quantities", "bulk order", "bulk orders", "grosir", "borong", "pukal", "đơn sỉ",
	"giá sỉ", "mua sỉ", "lấy sỉ", "bán sỉ", "buôn sỉ", "sỉ lẻ", "대량", "도매",
	"sample order", "sample orders", "bulk purchase", "批发", "批发价", "ราคาส่ง", "ขายส่ง", "mayoreo", "mayorista", "atacado", "ingrosso", "großhandel",
	"en gros", "hurtowo", "all'ingrosso", "al por mayor", "por mayor", "group buy", "group buys",
	// "hurtowa ilość", "Großhandelsangebot", "業務用に50個まとめて", "لطلبات الجملة", resellers and
	// corporate orders.
	"hurtowa", "hurtowe", "hurtowy", "großhandelsangebot", "großhandelspreis", "業務用", "まとめて", "卸", "卸売",
	"الجملة", "جملة", "reseller", "resellers", "harga reseller", "reseller price", "reseller prices", "corporate order", "corporate orders", "korporat", "tempahan korporat",
	// "toptan 50 adet", "пишіть оптом", "kuantiti banyak", "velkoobchod".
	"toptan", "оптом", "опт", "χονδρική", "kuantiti banyak", "kuantiti besar", "jumlah besar", "velkoobchod",
	"velkoobchodní", "grossist", "groothandel", "partihandel", "lusinan", "grosiran", "partai besar"}

var bulkCues = newPhraseSet(bulkWords...)

// saleCues are the words of a new sale, as units read them (folded).
var saleCues = newPhraseSet(append(bulkWords,
	// One more of the same.
	"second", "2nd", "another", "dusra", "dusri", "matching", "segundo", "segunda", "otro", "otra", "zweite", "zweiten", "zweiter", "zweites",
	"deuxieme", "seconde", "secondo", "seconda", "altro", "altra", "outro", "outra", "kedua", "ikalawa", "drugi",
	"druga", "drugie", "drugiego", "third", "3rd", "fourth", "dritte", "dritten", "tercero", "tercera", "terzo",
	"terza", "troisieme", "terceiro", "terceira", "ketiga", "第二个", "第二件", "第二套", "另一个", "另一件", "再来一", "再买", "多买", "เพิ่มอีก",
	// Stock the seller still has.
	"stock", "in stock", "stok", "lager", "auf lager", "estoque", "magazzino", "magazynie", "na stanie", "gudang",
	"still have", "still got", "masih ada", "còn hàng", "现货", "库存", "有货", "สต็อก", "available",
	"available again", "disponible", "disponibles", "verfügbar", "disponível", "disponibile", "tersedia",
	// Holding an item for the buyer.
	"reserve", "reserved", "reservar", "reservieren", "réserver", "prenotare", "riservare", "giữ hàng", "จอง",
	"预订", "预留", "留货", "rezerv", "rezervez", "rezervăm", "reservera", "reserveren", "reserveer", "rezerwuję",
	"zarezerwuję", "rezervuji", "zarezervuji",
	// Quotes, prices per piece, the next of a run, things to go with it.
	"quote", "quotation", "cotización", "presupuesto", "orçamento", "preventivo", "devis", "angebot",
	"penawaran", "báo giá", "报价", "ใบเสนอราคา", "per unit", "per piece", "per pc", "per set", "the lot",
	"next one", "next run", "next batch", "accessory", "accessories",
	// Held for the buyer: "I can hold one for you", "te apartamos una",
	// "je vous en mets une de côté".
	"hold one", "hold it for you", "hold one for you", "hold them for you", "keep one for you", "put one aside",
	"set one aside", "holds one", "simpan stok", "取り置き", "お取り置き", "apartamos", "aparto", "apartar", "te aparto", "le aparto", "mets de côté", "mettre de côté",
	// Orders to come: "for future orders you can pay us directly by
	// transfer", "kalau mau order lagi".
	"next order", "next orders", "future order", "future orders", "next time", "künftige bestellungen",
	"künftigen bestellungen", "nächste bestellung", "próximo pedido", "próximos pedidos", "prochaine commande",
	"prochaines commandes", "prossimo ordine", "lain kali", "order lagi", "pesan lagi", "beli lagi", "đơn sau",
	"下次", "次回", "今後のご注文",
	// "příště", "nästa gång", "la prochaine fois", "sa susunod", "ครั้งหน้า",
	// "다음 주문", "order berikutnya", "agle order".
	"příště", "nästa gång", "volgende keer", "la prochaine fois", "la próxima vez", "da próxima vez",
	"beim nächsten mal", "la prossima volta", "lần sau", "ครั้งหน้า", "รอบหน้า", "sa susunod", "order berikutnya",
	"pesanan berikutnya", "다음 주문", "agle order", "agli baar", "data viitoare",
	// Goods done aside: "faço por fora".
	"por fora", "por fuera",
	// Goods the seller still has: "da hab ich noch ein paar Stück", "il
	// nous en reste quelques-unes".
	"noch ein paar", "hab ich noch", "habe ich noch", "haben wir noch", "il nous en reste", "nous en reste",
	"me quedan", "nos quedan", "ainda tem", "ainda temos", "have a few more",
	// One more: "nog een set", "noch einen", "encore une".
	"nog een", "noch einen", "noch eine", "encore un", "encore une",
	// "pour l'autre montre", "j'ai encore 3 montres", "for the rest of the
	// set", "may iba pa kong stocks".
	"l'autre", "j'ai encore", "nous avons encore", "on a encore", "il me reste", "rest of the set",
	"rest of the collection", "rest of the lot", "stocks",
	// One more, in the languages that came later: "druhý kus" (Czech),
	// "en till", "ett par till" (Swedish), "nog eentje" (Dutch), "bir tane
	// daha" (Turkish), "要多的话" (if you want more), "재고" (stock), "stoc".
	"druhy", "druhou", "en till", "ett par till", "nog eentje", "bir tane daha", "要多的话", "要多", "재고", "stoc",
	"추가로", "สีอื่น", "แบบอื่น", "ลายอื่น", "รุ่นอื่น", "mám ještě", "máme ještě", "máme i", "mám i", "على جنب",
	"în stoc", "на складі", "в наявності",
	// "voor de tweede set", "we have a few left", "mam jeszcze dwa takie
	// zestawy", "na próxima vez".
	"tweede", "derde", "few left", "a few left", "couple left", "some left", "mam jeszcze", "mamy jeszcze",
	"próxima vez", "proxima vez",
	// More of it: "Nak beli lebih?", "Vill du ha två till?", "bidhaa
	// zaidi" (more goods), "ایک اور چاہیے" (want one more), a wholesale
	// price ("harga borong", one unit in the lexicon).
	"beli lebih", "order lebih", "ambil lebih", "aur chahiye", "aur chahiye toh", "två till", "tre till", "några till", "bidhaa zaidi", "ایک اور",
	"harga borong", "harga grosir", "harga pukal",
	// Reserving it: "si gustas apartarlo".
	"apartarlo", "apartarla", "apartártelo", "apartártela",
	// Tagalog "one more": "yung isa pang kulay" (the other colour too).
	"isa pang")...)

// addedTo are goods put in with the order under way, after a verb of
// adding (addVerbs): "I'll toss it in with your order", "add the
// accessory to your order"; not "a discount applied to your order".
var (
	addedTo  = newPhraseSet("in with your order", "to your order", "with your order", "to the parcel", "in the parcel", "to your parcel")
	addVerbs = setOf("add", "added", "adding", "toss", "throw", "include", "put", "pop", "slip", "tambah", "tambahkan")
)

// bulkByContact reports a wholesale deal sent to a chat app or a phone
// with a price of its own in the sentence [a, b): "we are factory direct,
// for big quantity please contact our sales Amy: WhatsApp +86 …, we give
// you best price". Only sending wholesale enquiries to WhatsApp ("untuk
// order grosir silakan hubungi WA …") is contact, not yet a sale.
//
// The price may come in the next sentence ("대량 구매는 카카오톡 ID … 으로
// 연락 주세요. 공장 직거래 가격으로 드리겠습니다"). On the seller's own
// channel, where its site is the platform, only a price of the chat's own
// makes the sale: "for wholesale orders add our WeChat, factory price from
// 100 pcs", not "for the bulk order question, WhatsApp our rep".
func (sc *scan) bulkByContact(a, b int) {
	if !sc.foundIn(ContactInfo, a, b) {
		return
	}
	e := b
	for e < len(sc.units) && sc.units[e].sent == sc.units[b].sent && e-b < 20 {
		e++
	}
	if !sc.platform.IsMarketplace() || sc.first(a, b, cCheaper|cDirect|cOwnSite|cOffChannel) < 0 {
		priced := false
		for k := a; k < e && !priced; k++ {
			priced = sc.units[k].mask&cCheaper != 0 && !bulkCues.at(sc, k) && !sc.is(k, "less") && !sc.negated(k) ||
				ownPrices.at(sc, k) && !sc.negated(k) || sc.bulkPriceGiven(k, a, e)
		}
		if !priced {
			return
		}
	}
	for i := a; i < b; i++ {
		if bulkCues.at(sc, i) && !sc.negated(i) {
			sc.addUnits(OffPlatformOrder, i, i, "sale taken off the platform")
			return
		}
	}
	// The wholesale order asked about just before: "Mau pesan grosir min
	// 1 lusin? DM ig … atau WA admin aja, harga beda".
	if pa := sc.sentenceBefore(a); pa < a && sc.platform.IsMarketplace() {
		for i := pa; i < a; i++ {
			if bulkCues.at(sc, i) && !sc.negated(i) && sc.first(pa, a, cOrderVerb) >= 0 {
				sc.addUnits(OffPlatformOrder, a, b-1, "sale taken off the platform")
				return
			}
		}
	}
}

// ownPrices are a price of the chat's own, other than the listing's: "harga
// beda", "a better rate", "a different price".
var ownPrices = newPhraseSet("harga beda", "harganya beda", "beda harga", "harga lain", "better rate", "better rates",
	"different price", "different prices", "special rate", "special rates", "precio diferente", "preço diferente")

// bulkPriceWords are a price, before a word of wholesale: "سعر الجملة",
// "wholesale" being read by bulkCues; "ราคาส่ง", "harga grosir" are one
// unit.
var (
	bulkPriceWords = foldSet("سعر", "price", "prices", "harga", "ราคา", "precio", "preço", "prix", "giá", "rate", "rates")
	bulkPriceUnits = newPhraseSet("ราคาส่ง", "harga grosir", "harga borong", "harga pukal", "wholesale price",
		"wholesale prices", "wholesale rate", "wholesale rates", "批发价", "giá sỉ", "precio de mayoreo", "preço de atacado")
)

// giveWords give a price: "we'll give you", "وسنعطيك", "kami kasih".
var giveWords = foldSet("give", "offer", "quote", "وسنعطيك", "سنعطيك", "نعطيك", "نعطيكم", "kasih", "kasi", "beri", "berikan",
	"bagi", "damos", "te damos", "le damos", "donnons", "geben", "daremo", "diamo")

// bulkPriceGiven reports at k a wholesale price given or ordered at, a
// verb of giving or ordering in [a, e): "وسنعطيك سعر الجملة" (we'll give
// you the wholesale price), "สั่งเพิ่มแบบราคาส่ง" (order more at the
// wholesale price). A wholesale price only asked about is not.
func (sc *scan) bulkPriceGiven(k, a, e int) bool {
	if sc.negated(k) || !bulkPriceUnits.at(sc, k) && !(bulkPriceWords[sc.text(k)] && bulkCues.at(sc, k+1)) {
		return false
	}
	for j := a; j < e; j++ {
		if (sc.units[j].mask&cOrderVerb != 0 && sc.units[j].mask&cOrderRef == 0 || giveWords[sc.text(j)]) && !sc.negated(j) {
			return true
		}
	}
	return false
}

// saleUnits are counted goods after a number: "500 units", "5 pcs".
var saleUnits = setOf("units", "unit", "pcs", "pc", "pieces", "sets", "boxes", "pares", "stuck", "stk", "pezzi",
	"pecas", "buah", "pasang", "helai", "keping", "biji", "cai", "chiec", "szt", "sztuk", "ชิ้น", "件", "套",
	"unidades", "unita", "bo", "個", "个", "개", "lusin", "dozen",
	// Czech, Turkish, Greek, Romanian, Ukrainian, Dutch: "10 ks", "50 adet",
	// "50 τεμάχια", "20 bucăți", "100 штук", "12 stuks".
	"ks", "kusy", "kusu", "kus", "adet", "pairs", "pair", "τεμάχια", "bucati", "buc", "штук", "шт", "stuks", "stycken",
	// "5 more", "5 lagi", "5 nữa", "I have 2 left".
	"more", "lagi", "nua", "left",
	// "the 10-pack", "jedną sztukę".
	"pack", "packs", "sztuke", "sztuki",
	// Turkish "adet" with its endings: "diğer 3 adedi" (the other 3).
	"adedi", "adede", "adetini")

// extraWords are "extra" and "more", a new sale when goods follow them:
// "the extra cable", "5 more", not "the extra $12 for express shipping".
var extraWords = foldSet("extra", "additional", "more", "adicional", "zusätzliche", "zusätzlichen",
	"supplémentaire", "aggiuntivo", "aggiuntiva", "tambahan", "tambah",
	// "altre 10 bottiglie", "die anderen zwei Felgen", "fler reservdelar",
	// "otros dos", "d'autres optiques".
	"altre", "altri", "otros", "otras", "outros", "outras", "anderen", "andere", "autres", "d'autres", "fler",
	// "for the other colour", "levar mais 3 capinhas".
	"other", "mais",
	// Tagalog: "para sa ibang designs".
	"iba", "ibang",
	// Polish, Czech: "więcej sztuk", "více kusů".
	"więcej", "více",
	// Turkish: "diğer 3 adedi de isterseniz" (the other 3 too, if you
	// want them).
	"diğer", "diğerleri", "öbür")

// notSale are the things paid for that are not goods: the shipping, a
// fee, a difference, a compensation.
var notSale = newPhraseSet("shipping", "postage", "delivery fee", "shipping fee", "shipping cost", "shipping costs",
	"difference", "price difference", "diferencia", "diferença", "differenza", "unterschied", "différence",
	"selisih", "chênh lệch", "差价", "ส่วนต่าง", "verschil", "customs", "duty", "duties", "ongkir", "ongkos kirim",
	"phí ship", "运费", "邮费", "gastos de envío", "frete", "versandkosten", "porto", "frais de port",
	"spese di spedizione", "compensation", "compensate", "ganti rugi", "bồi thường", "赔偿", "upgrade",
	"engraving", "customization", "customisation", "fee", "fees", "charge", "charges", "frais", "gebühr",
	"gebühren", "tarifa", "taxa", "commissione", "biaya", "phí", "ganti uang", "ganti uangnya", "deposit",
	"acompte", "l'acompte", "anzahlung", "dp", "down payment", "balance", "restbetrag", "sisanya", "baki",
	"bakinya", "ücret", "ücreti", "ücretini", "iade", "iadeniz", "iadenizi",
	// Customs and import duties: "die Zollgebühr von 23,40 € können Sie
	// uns per Revolut schicken" pays a charge on the order, not a sale.
	"zoll", "zollgebühr", "zollgebühren", "zollkosten", "einfuhrumsatzsteuer", "douane", "frais de douane",
	"droits de douane", "aduana", "arancel", "aranceles", "alfândega", "dogana", "dazi", "dazio", "bea cukai",
	"cukai", "thuế nhập khẩu", "关税", "關稅", "ภาษีนำเข้า", "gümrük", "import duty", "import tax",
	// Money sent back to the buyer: "I'll pay you back directly".
	"pay you back", "pay back", "paying you back",
	// A complaint: money sent for a missing or broken item makes up for it.
	"missing", "damaged", "broken", "defective", "faulty", "lost", "kurang", "rusak", "hilang", "kulang", "sira",
	"thiếu", "hỏng", "少了", "破损", "坏了", "ชำรุด", "เสียหาย", "fehlt", "beschädigt", "defekt", "manquant",
	"endommagé", "cassé", "faltante", "dañado", "roto", "danificado", "quebrado", "mancante", "danneggiato", "rotto",
	// Polish: "zwrot za uszkodzony kubek … BLIKiem".
	"uszkodzony", "uszkodzona", "uszkodzone", "zepsuty", "zepsuta", "zepsute", "brakujący", "brakująca")

// cancelWords end the order on the platform: "Order dalam Shopee tu
// cancel je nanti" sells the goods again, paid off it.
var cancelWords = foldSet("cancel", "cancelled", "cancelo", "cancelamos", "iptal", "canceled", "cancelling", "canceling", "cancelas", "cancela", "cancele",
	"annulez", "annulla", "storniere", "batal", "batalkan", "hủy", "huỷ", "ยกเลิก", "取消",
	"cancelar", "stornieren", "annuler", "annullare", "anular")

// wantWords, before "again", make a repeat purchase: "if u want the
// mystery bundle again".
var wantWords = foldSet("want", "need", "like", "interested", "mau", "nak", "gusto", "quiere", "quieres",
	"möchten", "möchtest", "voulez", "vuole", "vuoi", "quer", "muốn", "อยาก", "想要")

// foldSet folds words as the lexicon does, for comparing with a unit's
// text.
func foldSet(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	var f folded
	for _, w := range words {
		f.reset(w)
		s := string(f.b)
		if hasScript(s) && !hasHangul(s) {
			s = strings.ReplaceAll(s, " ", "")
		}
		m[s] = true
	}
	return m
}

// phraseSet is a set of words and short phrases matched at a unit: a
// phrase the lexicon merged into one unit matches by its text, any other
// word by word over the units that follow, within the clause.
type phraseSet struct {
	one  map[string]bool
	more map[string][][]string // by first word: the words after it
}

func newPhraseSet(phrases ...string) phraseSet {
	ps := phraseSet{one: foldSet(phrases...), more: map[string][][]string{}}
	for p := range ps.one {
		if fs := strings.Fields(p); len(fs) > 1 && !hasScript(p) {
			ps.more[fs[0]] = append(ps.more[fs[0]], fs[1:])
		}
	}
	return ps
}

// at reports whether a phrase of the set starts at unit i. A unit the
// lexicon merged from several words ("instead of") is read word by word:
// "instead of going through the store".
func (ps phraseSet) at(sc *scan, i int) bool {
	w := sc.text(i)
	if ps.one[w] {
		return true
	}
	first, tail, _ := strings.Cut(w, " ")
	for _, rest := range ps.more[first] {
		if ps.follows(sc, i, tail, rest) {
			return true
		}
	}
	return false
}

// follows reports whether the words rest follow, within unit i's clause,
// the words tail left of unit i.
func (ps phraseSet) follows(sc *scan, i int, tail string, rest []string) bool {
	j := i
	for _, r := range rest {
		if tail == "" {
			if j++; j >= len(sc.units) || sc.units[j].clause != sc.units[i].clause {
				return false
			}
			tail = sc.text(j)
		}
		var x string
		x, tail, _ = strings.Cut(tail, " ")
		if x != r {
			return false
		}
	}
	return tail == ""
}

// paidSale reports the sentence [a, b) as a sale taken off the platform
// when it holds a payment off it made for a new sale.
func (sc *scan) paidSale(a, b int) {
	if !sc.foundIn(OffPlatformPayment, a, b) {
		return
	}
	// The payment on the platform refunded, the goods paid for off it
	// instead: "you pay cash on collection, I'll refund your eBay
	// payment". The refund is the sale moved, not what is paid.
	swapped := sc.platformRefunded(a, b)
	if swapped >= 0 {
		if sc.notSaleIn(a, swapped) || sc.notSaleIn(swapped+1, b) {
			return
		}
	} else if sc.notSaleIn(a, b) {
		// A deposit pays for the order under way, unless the sentence
		// holds a deal of its own: "for 300 units we'll skip the store
		// checkout — just wire the 30% deposit", "the pre-order … £20
		// deposits via Wise".
		if !sc.depositOnly(a, b) || !sc.strongCue(a, b) {
			return
		}
	}
	// Money the seller sends the buyer is no sale: "rather than waiting on
	// Amazon's return process, I can send you $18.50 — just reply with
	// your Venmo".
	if sc.moneyToBuyer(a, b) {
		return
	}
	cue := sc.saleCue(a, b, true)
	if !cue && a > 0 {
		pa := sc.sentenceBefore(a)
		cue = !sc.notSaleIn(pa, a) && (sc.saleCue(pa, a, false) || sc.cancelledIn(pa, a))
	}
	if !cue && b < len(sc.units) {
		// "…kami tolak RM5. Order dalam Shopee tu cancel je nanti.";
		// the goods kept off the platform said after: "Boleh bayar terus
		// guna Touch 'n Go … Stok ini tak ada dalam Shopee."
		for j := b; j < len(sc.units) && sc.units[j].sent == sc.units[b].sent && j-b < 20; j++ {
			if cancelWords[sc.text(j)] && !sc.negated(j) || sc.offListing(j) || sc.unlisted(j) {
				cue = true
				break
			}
		}
	}
	if !cue {
		cue = swapped >= 0 || sc.dealCue(a, b) || sc.orderSkipped(a, b)
	}
	if !cue && sc.platform.IsMarketplace() {
		// The fees saved and the goods sent by the seller once paid: "Pay
		// via paypal.me/… and I'll send it first class today, saves us
		// both the fees", "pour éviter les frais eBay … réglez par
		// virement et je vous l'envoie". The fee saved alone ("pay me via
		// PayPal to avoid Amazon fees") pays for the order under way.
		cue = sc.feesSavedIn(a, b) && (sc.goodsSent(a, sc.sentenceEnd(b)) || sc.priceOffered(a, b))
	}
	if !cue && sc.platform.IsMarketplace() {
		// The marketplace's checkout failing, the buyer sent to pay around
		// it and the goods sent by the seller: "Checkout failing? just bank
		// in to CIMB … and we ship today". Without the goods sent ("if the
		// eBay checkout keeps failing … we can do the £120 over bank
		// transfer") it is the payment only. (On the seller's own channel
		// the store's checkout is read below.)
		cue = sc.checkoutDown(sc.sentenceBefore(a), b) && sc.goodsSent(a, sc.sentenceEnd(b))
	}
	if !cue && !sc.platform.IsMarketplace() {
		// On the seller's own channel, the store's checkout gone around:
		// "skip the store: Venmo me $74 and I'll ship Monday", "it's
		// faster than our checkout", or out of order, said before the
		// other way is offered: "sorry our checkout is acting up today.
		// If you want the boots before the weekend, just Zelle the $129".
		// (In one breath the labels are split: "our checkout is acting
		// up so please just Zelle the $84 for the lamp" pays for the
		// order under way.)
		for i := a; i < b && !cue; i++ {
			cue = sc.storeSkipped(i)
		}
		// Goods the store does not carry, paid for around it: "we don't
		// have the bundle on the site yet, but you can pay me directly via
		// Venmo". Not the store's checkout refused ("we don't take Venmo
		// on the site"): the goods are what is missing.
		cue = cue || sc.goodsOffStore(sc.sentenceBefore(a), b)
		// A plain plea to pay, though, pays for the order under way: "our
		// website payment is down today. Kindly pay to our Opay account
		// … and send the screenshot".
		cue = cue || sc.units[a].mask&cPlease == 0 && sc.checkoutDown(sc.sentenceBefore(a), a)
	}
	if cue {
		sc.addUnits(OffPlatformOrder, a, b-1, "sale paid for off the platform")
	}
}

// haveWords say a store carries goods: "we don't have the bundle on the
// site", "it isn't listed on the store yet".
var haveWords = foldSet("have", "has", "carry", "carries", "stock", "list", "listed", "sell", "available", "tenemos",
	"temos", "haben", "avons", "abbiamo", "ada")

// goodsOffStore reports in [a, b) goods the seller's own store does not
// carry: the store named, denied, a verb of having or listing before it
// in its clause.
func (sc *scan) goodsOffStore(a, b int) bool {
	for k := a; k < b; k++ {
		if sc.units[k].mask&cOwnSite == 0 && !storeWords[sc.text(k)] || !sc.negated(k) || sc.warning(k) {
			continue
		}
		for j := k - 1; j >= a && k-j <= 6 && sc.units[j].clause == sc.units[k].clause; j-- {
			if haveWords[sc.text(j)] {
				return true
			}
		}
	}
	return false
}

// priceOffered reports in [a, b) the seller naming a price of its own
// for goods: "I can do the pair for £70", "we can do both for $40" — a
// deal struck, not the order's price paid.
func (sc *scan) priceOffered(a, b int) bool {
	for k := a + 1; k < b; k++ {
		if !sc.is(k, "do", "let you have", "sell", "give you") || sc.units[k-1].mask&(cWe|cOffer) == 0 || sc.negated(k) {
			continue
		}
		for j := k + 1; j < b && j-k <= 5 && sc.units[j].clause == sc.units[k].clause; j++ {
			if sc.is(j, "for") && j+1 < b && sc.units[j+1].mask&(cMoney|cCurrency) != 0 {
				return true
			}
		}
	}
	return false
}

// platformRefunded returns in [a, b) the payment made on the platform
// refunded ("I'll refund your eBay payment") beside a payment off it in
// another clause, or -1: the goods bought again off the platform.
func (sc *scan) platformRefunded(a, b int) int {
	for k := a; k < b; k++ {
		if sc.units[k].mask&cRefund == 0 || sc.negated(k) {
			continue
		}
		j := sc.next(k, cPlatform, 3)
		if j < 0 || !sc.is(j+1, "payment", "order", "purchase") || sc.units[j].clause != sc.units[k].clause {
			continue
		}
		for m := a; m < b; m++ {
			if sc.units[m].mask&(cPayOff|cPayInstr) != 0 && sc.units[m].clause != sc.units[k].clause && !sc.negated(m) {
				return k
			}
		}
	}
	return -1
}

// feesSavedIn reports in [a, b) a fee the deal saves: "saves us both the
// fees", "pour éviter les frais eBay".
func (sc *scan) feesSavedIn(a, b int) bool {
	for i := a; i < b; i++ {
		if feeWords[sc.text(i)] && sc.feeSaved(i) && !sc.negated(i) {
			return true
		}
	}
	return false
}

// cancelledIn reports in [a, b) the order on the platform cancelled, the
// goods then sold again off it: "sorry the order was cancelled by the
// system. If you still want it, pay $20 to my Cash App".
func (sc *scan) cancelledIn(a, b int) bool {
	for i := a; i < b; i++ {
		if cancelWords[sc.text(i)] && !sc.negated(i) {
			return true
		}
	}
	return false
}

// orderSkipped reports in [a, b) the order on the platform said not to be
// needed, the goods paid off it: "现金付款就可以，不用在Lazada下单", "no need
// to order on Lazada".
func (sc *scan) orderSkipped(a, b int) bool {
	for i := a; i < b; i++ {
		if sc.units[i].mask&cOrderVerb == 0 || !sc.negated(i) || sc.warning(i) {
			continue
		}
		for j := max(a, i-3); j < min(b, i+3); j++ {
			if sc.units[j].mask&cPlatform != 0 && !sc.otherPlatform(j) && sc.units[j].clause == sc.units[i].clause {
				return true
			}
		}
	}
	return false
}

// moneyToBuyer reports in [a, b) an amount the seller sends the buyer:
// "I can send you $18.50", "te envío 18 €"; not "if you send $80".
func (sc *scan) moneyToBuyer(a, b int) bool {
	for k := a; k < b; k++ {
		if !sendWords[sc.text(k)] || sc.negated(k) {
			continue
		}
		y := k + 1
		if k > a && sc.is(k-1, "te", "ti", "vous", "lhe", "le") && sc.units[k-1].clause == sc.units[k].clause {
			y = k - 1
		} else if y >= b || sc.units[y].mask&cYou == 0 {
			continue
		}
		for m := max(y, k) + 1; m < b && m <= max(y, k)+2 && sc.units[m].clause == sc.units[k].clause; m++ {
			if sc.units[m].mask&(cMoney|cCurrency) != 0 {
				return true
			}
		}
	}
	return false
}

// shipWords send the goods: "we ship today", "que eu envio hoje", "nanti
// kami kirim".
var shipWords = newPhraseSet("ship", "ships", "dispatch", "post it", "send it", "send them", "vous l'envoie", "vous les envoie", "envio", "envío", "despacho", "despachamos", "enviamos", "kirim", "kami kirim", "dikirim",
	"hantar", "kami hantar", "kami pos", "寄", "发货", "寄出", "จัดส่ง", "skickar", "wysyłam", "wyślę", "verschicke",
	"versende", "versenden")

// goodsSent reports in [a, b) the seller sending the goods, not denied,
// or the buyer getting them: "so you still get the order this week", "so
// you get your order by Friday" ("order by" is one unit).
func (sc *scan) goodsSent(a, b int) bool {
	for i := a; i < b; i++ {
		got := sc.is(i, "get", "receive") && sc.is(i+1, "the", "your") && i+2 < b && strings.HasPrefix(sc.text(i+2), "order")
		if (shipWords.at(sc, i) || got) && !sc.negated(i) {
			return true
		}
	}
	return false
}

// storeContact reports, on the seller's own channel, the store gone
// around for contact details in the sentence [a, b): "skip the website
// and DM me on Instagram — I'll make you a private invoice", "WhatsApp me
// … and I'll take the order there instead of through the site".
func (sc *scan) storeContact(a, b int) {
	if !sc.foundIn(ContactInfo, a, b) || sc.foundIn(OffPlatformOrder, a, b) {
		return
	}
	for i := a; i < b; i++ {
		if sc.storeSkipped(i) {
			sc.addUnits(OffPlatformOrder, i, i, "sale taken off the store through a chat app")
			return
		}
	}
	// "Custom colours aren't on the site yet, but DM us on Instagram … and
	// we'll sort the order and payment there": goods the store lacks,
	// ordered in the chat.
	if k := sc.first(sc.sentenceBefore(a), b, cOwnSite); k >= 0 && sc.negated(k) && !sc.warning(k) {
		if s := sc.settledThere(a, b); s >= 0 {
			sc.addUnits(OffPlatformOrder, s, s, "sale taken off the store through a chat app")
			return
		}
	}
	// "Checkout's a bit slow today, so … just WhatsApp the word 'PLANTER'
	// … and we'll take your order over chat."
	if sc.checkoutDown(sc.sentenceBefore(a), b) && sc.first(a, b, cOrderVerb) >= 0 {
		sc.addUnits(OffPlatformOrder, a, a, "sale taken off the store through a chat app")
	}
}

// storeSkipped reports at i, on the seller's own channel, the store or
// its checkout gone around: "skip the store", "instead of checking out
// on the site", "for custom sizes we don't use the website checkout",
// "don't bother with the store", "it's faster than our checkout", "sai
// mais barato que no site", "I'll send you a direct invoice".
func (sc *scan) storeSkipped(i int) bool {
	if sc.negated(i) && !notUsed.at(sc, i) {
		return false
	}
	switch {
	case storeAround.at(sc, i), directInvoice.at(sc, i), sc.invoicedDirectly(i):
		return true
	case notUsed.at(sc, i):
		// The checkout not used, or the store for goods of a deal of its
		// own: "for bulk orders of 100+ please don't use the website".
		for j := i + 1; j < len(sc.units) && j-i <= 5 && sc.units[j].clause == sc.units[i].clause; j++ {
			if checkoutWords[sc.text(j)] || sc.is(i, "don't bother with", "do not bother with") && storeWords[sc.text(j)] {
				return true
			}
			if storeWords[sc.text(j)] {
				a, b := sc.around(i, 12)
				for k := a; k < b; k++ {
					if bulkCues.at(sc, k) || customWords.at(sc, k) || sc.units[k].kind == uNumber && saleUnits[sc.text(k+1)] {
						return true
					}
				}
			}
		}
	case thanWords[sc.text(i)] && !sc.negated(i):
		// Quicker, easier or cheaper than the store: the store is the
		// dearer way to buy.
		c := sc.prev(i, cCheaper, 2)
		if c < 0 && !quickerWords[sc.text(i-1)] && !(i >= 2 && quickerWords[sc.text(i-2)]) {
			return false
		}
		for j := i + 1; j < len(sc.units) && j-i <= 4 && sc.units[j].clause == sc.units[i].clause; j++ {
			if checkoutWords[sc.text(j)] || storeWords[sc.text(j)] || sc.units[j].mask&cOwnSite != 0 {
				return true
			}
		}
	}
	return false
}

// notUsed are the store not used: "we don't use the website checkout",
// "don't bother with the store".
var notUsed = newPhraseSet("don't use", "do not use", "don't bother with", "do not bother with", "no need to use",
	"não usamos", "no usamos", "n'utilisons pas", "nutzen wir nicht")

// checkoutWords are the store's checkout, storeWords the store itself,
// as the seller's own channel names them.
var (
	checkoutWords = foldSet("checkout", "checkout's", "cart", "payment gateway", "gateway", "card payments", "carrinho",
		"carrito", "panier", "warenkorb", "kasse")
	storeWords = foldSet("store", "site", "website", "web site", "webshop", "web shop", "online store", "online shop",
		"shop", "e-shop", "loja", "tienda", "boutique", "sito", "web")
	quickerWords = foldSet("faster", "quicker", "easier", "simpler", "mais rapido", "mais facil", "mas rapido",
		"mas facil", "schneller", "einfacher", "plus rapide", "plus simple", "più veloce", "più facile")
)

// checkoutTrouble say the store's checkout fails: "keeps failing", "is
// acting up", "is down", "keeps timing out".
var checkoutTrouble = newPhraseSet("failing", "fails", "failed", "down", "acting up", "timing out", "times out", "slow",
	"broken", "glitching", "glitchy", "buggy", "not working", "isn't working", "error", "errors", "kharab", "band",
	"fora do ar", "caído", "caido", "en panne", "kaputt", "funktioniert nicht", "gangguan", "error lagi", "rusak",
	"bị lỗi", "lỗi",
	// "O checkout tá dando erro".
	"erro", "dando erro", "deu erro", "com erro",
	// "the checkout is giving issues today".
	"giving issues", "giving problems", "giving errors", "having issues", "having problems")

// checkoutDown reports, in the units [a, b), the store's checkout failing:
// "Card payments on the site keep failing?", "our checkout is acting up
// today", "website ka payment gateway abhi down hai".
func (sc *scan) checkoutDown(a, b int) bool {
	for i := a; i < b; i++ {
		w := sc.text(i)
		if !checkoutWords[w] && !storeWords[w] && w != "payments" || sc.negated(i) {
			continue
		}
		for j := i + 1; j < b && j-i <= 6 && sc.units[j].sent == sc.units[i].sent; j++ {
			if checkoutTrouble.at(sc, j) && !sc.negated(j) && !sc.is(j+1, "below", "there") {
				return true
			}
		}
	}
	return false
}

// directInvoice is a sale billed by the seller outside the checkout: "I'll
// send you a direct invoice", "we'd invoice your practice directly".
var directInvoice = newPhraseSet("direct invoice", "private invoice", "separate invoice", "manual invoice",
	"invoice you directly", "invoice you direct",
	"factura directa", "fatura direta", "facture directe", "direkte rechnung")

// invoicedDirectly reports "invoice" as a verb at i with "directly" or
// "direct" just after its object: "I'll invoice you directly".
func (sc *scan) invoicedDirectly(i int) bool {
	if !sc.is(i, "invoice") || !sc.is(i-1, "i'll", "we'll", "we'd", "i'd", "will", "would", "can", "could", "and", "we", "i") {
		return false
	}
	for j := i + 1; j < len(sc.units) && j-i <= 3 && sc.units[j].clause == sc.units[i].clause; j++ {
		if sc.is(j, "directly", "direct") {
			return true
		}
	}
	return false
}

// storeAround are the seller's own store and its checkout gone around,
// on its own channel, where the store is the platform.
var storeAround = newPhraseSet("skip the store", "skip the website", "skip the site", "skip the shop",
	"instead of going through the store", "instead of going through the site", "instead of the store",
	"outside the store", "outside the shop", "outside the website", "outside the site", "around the store",
	"skip the store checkout", "skip the website checkout", "skip the site checkout", "instead of through the site",
	"instead of through the store", "not use the checkout", "not use the store", "not use the site",
	"instead of through the website", "instead of going through the website", "skip the web shop",
	"buiten de webshop om", "skip the cart", "skip our online store", "skip our store", "skip our website",
	"skip our site", "skip the online store", "instead of checking out", "instead of using the checkout",
	"mimo e-shop", "buiten de webshop", "buiten de winkel", "au lieu de passer par le site",
	"au lieu de passer par la boutique", "nicht über den shop", "ohne den shop", "fuera de la tienda",
	"sin pasar por la tienda", "fora da loja", "di luar toko", "ストアを通さず", "ストアを通さずに", "サイトを通さず")

// depositWords are a deposit or what is left to pay after it.
var depositWords = newPhraseSet("deposit", "deposits", "acompte", "l'acompte", "anzahlung", "dp", "down payment",
	"downpayment", "balance", "restbetrag", "sisanya", "baki", "bakinya", "upfront", "vorkasse")

// depositOnly reports the things in [a, b) that are not goods all to be
// a deposit or its balance.
func (sc *scan) depositOnly(a, b int) bool {
	for i := a; i < b; i++ {
		if sc.units[i].mask&(cRefund|cReview|cReviewFixed) != 0 ||
			sc.notSaleAt(i) && !depositWords.at(sc, i) && !sc.platformFee(i) {
			return false
		}
	}
	return true
}

// strongCue reports in [a, b) a deal that is a new sale by itself: a
// wholesale or pre-order, a reservation, the store or the platform gone
// around.
func (sc *scan) strongCue(a, b int) bool {
	for i := a; i < b; i++ {
		if sc.negated(i) {
			continue
		}
		// Not "custom": "for the custom printed tote please pay the 50%
		// deposit" is the order under way.
		if bulkCues.at(sc, i) || preOrder.at(sc, i) || customOrders.at(sc, i) || reserveWords[sc.text(i)] || holdCues.at(sc, i) ||
			arranged.at(sc, i) || sc.unlisted(i) || sc.offListing(i) || sc.storeSkipped(i) || sc.units[i].mask&cOffChannel != 0 || sc.unitPrice(i) || sc.countedMore(i) ||
			sc.heldFor(i) {
			return true
		}
	}
	return false
}

// holdCues hold goods for the buyer until the deposit or the payment
// comes: "£50 deposit by bank transfer holds one of the blue frames",
// "nanti saya simpan stok untuk abang", "お取り置きをご希望でしたら".
var holdCues = newPhraseSet("holds one", "hold one", "holds it", "hold it for you", "hold them for you", "keep one for you",
	"put one aside", "set one aside", "set aside", "put aside", "simpan stok", "simpankan", "取り置き", "お取り置き",
	"kami simpan", "kami simpankan")

// holdVerbs keep goods back for the buyer.
var holdVerbs = foldSet("hold", "keep", "save", "reserve", "guardo", "guardamos", "aparto", "réserve", "tengo apartad")

// heldFor reports at i goods held for the buyer, the goods named between
// the verb and "for you": "I can hold the last two walnut boards for you".
func (sc *scan) heldFor(i int) bool {
	if !holdVerbs[sc.text(i)] {
		return false
	}
	// The buyer named before the verb, with the goods: "te lo guardo
	// hasta el viernes".
	if i >= 2 && sc.is(i-1, "lo", "la", "los", "las") && sc.units[i-2].mask&cYou != 0 && sc.units[i-2].clause == sc.units[i].clause {
		return true
	}
	for j := i + 1; j < len(sc.units) && j-i <= 7 && sc.units[j].clause == sc.units[i].clause; j++ {
		if sc.is(j, "for") && sc.units[min(j+1, len(sc.units)-1)].mask&cYou != 0 {
			return true
		}
	}
	return false
}

// unitPrice reports at i a price per piece, a quote for goods to come:
// "price is $3.10 each", "€4 per unit".
func (sc *scan) unitPrice(i int) bool {
	return sc.units[i].mask&cMoney != 0 && (sc.is(i+1, "each", "apiece", "per unit", "per piece", "per pc", "per set", "cada") ||
		sc.is(i+1, "a", "per") && sc.is(i+2, "piece", "unit", "pc", "pcs"))
}

// countedMore reports at i a count of more goods: "3 unit lagi", "5 more
// sets", "2 lusin".
func (sc *scan) countedMore(i int) bool {
	if sc.units[i].kind != uNumber || !saleUnits[sc.text(i+1)] {
		return false
	}
	return sc.is(i+1, "more", "lagi", "nua", "lusin", "dozen") || sc.is(i+2, "more", "lagi", "nua")
}

// customOrders are custom work taken in general, new sales each: "for
// custom orders pls email …, we take 50% deposit by bank transfer" — not
// "your custom order".
var customOrders = newPhraseSet("custom orders", "pedidos personalizados", "encomendas personalizadas",
	"commandes personnalisées", "commandes sur mesure", "individuelle bestellungen", "sonderanfertigungen", "pesanan custom",
	"pesanan khas", "đơn đặt riêng", "定制订单", "訂製訂單", "オーダーメイドのご注文")

// preOrder is a pre-order, which the folding cuts at the hyphen.
var preOrder = newPhraseSet("pre order", "preorder", "pre-order", "pré-commande", "pre ordine", "pré venda", "pre-venta",
	"preventa", "vorbestellung", "予約", "预售", "พรีออเดอร์", "tempah awal", "tempahan awal", "pesan awal")

// reserveWords hold goods for the buyer.
var reserveWords = foldSet("reserve", "reserved", "apartamos", "aparto", "apartar", "apartarlo", "apartarla", "reservar", "reservieren", "reserviere", "réserver", "prenotare",
	"riservare", "ma-reserve", "giữ hàng", "จอง", "预订", "预留", "留货", "rezerv", "rezervez", "rezervăm", "reservera",
	"reserveren", "reserveer", "rezerwuję", "zarezerwuję", "rezervuji", "zarezervuji")

// notSaleAt reports at i a thing paid for that is not goods; "your
// shipping address" is where the goods go, not a fee.
func (sc *scan) notSaleAt(i int) bool {
	return notSale.at(sc, i) && !(sc.is(i, "shipping", "delivery") && sc.is(i+1, "address", "addresses", "details", "info", "label")) &&
		!sc.onTop(i)
}

// onTop reports the shipping at i added to a price just before it: "£14
// + postage", "$20 plus shipping" — a price of goods, not the postage paid
// alone.
func (sc *scan) onTop(i int) bool {
	if !sc.is(i, "postage", "shipping", "p&p") || i < 2 || sc.units[i-1].sent != sc.units[i].sent {
		return false
	}
	if sc.is(i-1, "plus") {
		return sc.units[i-2].mask&cMoney != 0
	}
	return sc.units[i-1].mask&cMoney != 0 && strings.Contains(sc.t[sc.units[i-1].e:sc.units[i].s], "+")
}

// notSaleIn reports units [a, b) paying for something that is not goods:
// a refund, a review, the shipping, a fee other than the platform's ("on
// évite les frais eBay" is the reason for the sale, not what is paid).
func (sc *scan) notSaleIn(a, b int) bool {
	for i := a; i < b; i++ {
		// A refund named at all, even one not waited for: "si prefieres no
		// esperar al reembolso de Amazon, te podemos devolver los 18 €".
		if sc.units[i].mask&(cRefund|cReview|cReviewFixed) != 0 {
			return true
		}
		if sc.notSaleAt(i) && !sc.platformFee(i) && !sc.feeSaved(i) {
			return true
		}
	}
	return false
}

// feeSaved reports a fee at i that the deal saves, not one paid: "saves
// us both the fees", "to avoid the fees".
func (sc *scan) feeSaved(i int) bool {
	// "lebih hemat ongkir", "wala nang shipping fee": the shipping saved.
	w := 4
	if !feeWords[sc.text(i)] {
		w = 2
	}
	for k := i - 1; k >= 0 && i-k <= w && sc.units[k].clause == sc.units[i].clause; k-- {
		if feeAvoiders[sc.text(k)] || sc.is(k, "saves", "avoids", "no") {
			return true
		}
	}
	return false
}

// platformFee reports a fee at i that is the platform's: "eBay fees",
// "les frais eBay", "Amazon-Gebühren", "skip eBay fees".
func (sc *scan) platformFee(i int) bool {
	for _, j := range [...]int{i - 2, i - 1, i + 1, i + 2} {
		if j >= 0 && j < len(sc.units) && sc.units[j].clause == sc.units[i].clause && sc.units[j].mask&cPlatform != 0 {
			return true
		}
	}
	return i > 0 && sc.units[i-1].mask&cOffChannel != 0 && sc.units[i-1].clause == sc.units[i].clause
}

// savedAfter say a fee is saved after naming it: "eBay ki fees bach
// jayegi", "fees saved".
var savedAfter = foldSet("bach", "bachegi", "bachega", "bachenge", "saved", "gespart", "ahorras", "ahorra", "economiza")

// platformFeeSaved reports the platform's fee or cut at i saved by a deal
// struck around it — a sale of its own when paid off the platform:
// "saves me the eBay fees", "we can skip eBay fees", "no Amazon cut",
// "para walang Shopee fee", "TikTok adds fees so it's cheaper that way".
// A refund, the shipping or a difference paid that way is read as such
// before (notSaleIn).
func (sc *scan) platformFeeSaved(i int) bool {
	if !feeWords[sc.text(i)] || !sc.platformFee(i) {
		return false
	}
	// "skip eBay fees": the platform gone around, in one unit with it.
	if sc.feeSaved(i) || sc.units[i-1].mask&cOffChannel != 0 {
		return true
	}
	if sc.negated(i) {
		return false
	}
	for j := i + 1; j < len(sc.units) && j-i <= 6 && sc.units[j].sent == sc.units[i].sent; j++ {
		if savedAfter[sc.text(j)] && j-i <= 4 || sc.units[j].mask&cCheaper != 0 && !sc.is(j, "less") && !sc.negated(j) {
			return true
		}
	}
	return false
}

// saleCue reports a word of a new sale in [a, b); verbs of buying count
// only in the payment's own sentence (own): "thanks for your purchase"
// before it is the order under way.
func (sc *scan) saleCue(a, b int, own bool) bool {
	for i := a; i < b; i++ {
		u := sc.units[i]
		w := sc.text(i)
		switch {
		case listedWords[w] && sc.prev(i, cNegation, 3) >= 0 && sc.negated(i), sc.offListing(i), sc.liveSale(i), sc.outOn(i),
			sellSet[w] && sc.negated(i) && sc.hereLater(i), sc.heldFor(i), lotCues.at(sc, i) && !sc.negated(i) && !sc.ownedBefore(i),
			sc.customAsked(i):
			// Stock kept off the platform ("the 12-piece set that isn't
			// listed on Amazon", "those are out on TikTok Shop", "we can't
			// sell the refill packs here"), goods claimed in a live.
			return true
		case saleCues.at(sc, i), unavailableSet[w], sc.unlisted(i), listingEnded.at(sc, i) && !sc.negated(i):
			// Denied or not: "Amazon won't let us add the accessory to
			// your order, you could just send us $9 via Venmo". The order
			// under way is not: "your order is available for collection".
			if w != "available" || !sc.is(i+1, "for") {
				return true
			}
		case extraWords[w]:
			// "the extra cable", "5 more"; not "the extra $12", "giảm thêm"
			// (an extra discount).
			n := i + 1
			// Nor "£9 extra": an amount charged on top.
			if n >= b || i > 0 && sc.units[i-1].mask&(cOff|cMoney) != 0 {
				continue
			}
			// Nor an amount written out: "tambah sepuluh ringgit".
			if n+1 < b && sc.units[n+1].mask&cCurrency != 0 {
				continue
			}
			if sc.units[n].mask&(cMoney|cCurrency|cPercent|cOff|cIncentive|cRefund) == 0 && !notSale.at(sc, n) &&
				(w != "more" || i > 0 && sc.units[i-1].kind == uNumber || sc.is(n, "of", "units", "pcs", "pieces", "sets")) {
				return true
			}
		case (u.kind == uNumber || u.mask&cDigitWord != 0) && i+1 < b && saleUnits[sc.text(i+1)]:
			// A count written as a word too: "hab noch zwei Stück da",
			// "jeszcze jedną sztukę".
			return true
		case sc.packOf(i):
			return true
		case addedTo.at(sc, i):
			for j := max(a, i-4); j < i; j++ {
				if addVerbs[sc.text(j)] {
					return true
				}
			}
		case w == "again":
			for j := max(a, i-6); j < i; j++ {
				if wantWords[sc.text(j)] {
					return true
				}
			}
		case own && u.mask&cOrderVerb != 0 && u.mask&cOrderRef == 0:
			// A verb of buying, not a purchase made: "thanks for buying",
			// "your purchase ships once the transfer clears".
			if sc.negated(i) || sc.prev(i, cThanks, 4) >= 0 || sc.is(i, "deal", "transaction", "giao dich", "交易", "transaksi") ||
				i > 0 && (sc.units[i-1].mask&(cYou|cSelf|cIt|cPast) != 0 || sc.is(i-1, "the", "a")) {
				continue
			}
			// "buy a $20 Apple gift card and send us the code" pays.
			if g := sc.next(i, cIncentive, 5); g >= 0 && sc.is(g, "gift card", "gift cards") {
				continue
			}
			return true
		}
	}
	return false
}

// packWords are a pack of goods, a sale of its own with a count: "the
// 10-pack" (saleUnits), "el pack de 3", "a pack of 5".
var packWords = foldSet("pack", "packs", "pacote", "paquete", "paket", "pakiet", "confezione")

// packOf reports at i a pack and its count after it: "pack de 3", "pack
// of 5", "paket isi 3".
func (sc *scan) packOf(i int) bool {
	if !packWords[sc.text(i)] || !sc.is(i+1, "of", "de", "da", "di", "von", "z", "isi", "com", "con") {
		return false
	}
	n := i + 2
	return n < len(sc.units) && sc.units[n].clause == sc.units[i].clause && (sc.units[n].kind == uNumber || sc.units[n].mask&cDigitWord != 0)
}

// ownedBefore reports the word at i as the buyer's or a thing already
// named: "your bundle", "the custom order", "this set".
//
// Not "亲，客製名牌…": "dear" in the clause before addresses the buyer.
func (sc *scan) ownedBefore(i int) bool {
	return i > 0 && sc.units[i-1].clause == sc.units[i].clause &&
		(sc.units[i-1].mask&(cYou|cIt|cPast) != 0 || sc.is(i-1, "this", "that", "these", "those", "your"))
}

// customWords are goods made for the buyer: "custom orders", "Nak custom
// nama?", "para sa custom orders", "commissions".
var customWords = newPhraseSet("custom", "custom order", "custom orders", "customized", "customised", "personalised",
	"personalized", "bespoke", "commission", "commissions", "made to order", "make one to order", "make it to order",
	"make them to order", "made to measure", "під замовлення", "на замовлення", "под заказ", "na zakázku",
	"på beställning", "op maat", "sipariş üzerine", "pedidos personalizados",
	"pedido personalizado", "personalizzare", "personalizar", "personnaliser", "personalisieren",
	"encomendas personalizadas", "commandes personnalisées", "sur mesure", "pesanan custom", "pesanan khas", "đặt riêng",
	"定制", "订制", "客制", "オーダーメイド", "주문제작", "訂做", "订做", "訂製", "定做",
	// Personalised goods in more languages: "une version personnalisée",
	// "een gepersonaliseerde versie", "una personalizada", "kişiye özel
	// isimli kolye", "Sonderanfertigungen mit Logo", "in tên theo yêu cầu",
	// "客製刻字", "สั่งทำ".
	"personnalisée", "personnalisé", "personnalisées", "personnalisés", "gepersonaliseerde", "gepersonaliseerd",
	"personalizada", "personalizado", "personalizadas", "personalizados", "personalizzata", "personalizzato",
	"personalizzate", "personalizzati", "personalisiert", "personalisierte", "personalisierten", "personalizowany",
	"personalizowana", "personalizowane", "na zamówienie", "kişiye özel", "isme özel", "özel sipariş",
	"kişiselleştirilmiş", "sonderanfertigung", "sonderanfertigungen", "maßanfertigung", "maßanfertigungen",
	"su misura", "su ordinazione", "sob encomenda", "sob medida", "por encargo", "hecho a medida", "hecha a medida",
	"hechos a medida", "tempahan khas", "theo yêu cầu", "custom made", "custom-made", "made-to-order", "客製化",
	"客制化", "定製", "สั่งทำ", "สกรีนชื่อ", "ปักชื่อ", "حسب الطلب",
	// "đặt mẫu in tên riêng" (a design printed with one's own name),
	// engraved or embroidered names. Not "in tên" alone: "in ten days".
	"in tên riêng", "in tên theo yêu cầu", "khắc tên", "thêu tên")

// customAsked reports at i custom goods offered as a new order, not the
// buyer's order under way ("your custom mug") nor one refused.
//
// Nor the fitting of goods: "message us on Telegram for custom sizing"
// asks how to measure, no sale yet.
//
// "The personalised version" is a variant offered, not the goods bought;
// "theo yêu cầu của chị" is at the buyer's request, no goods.
func (sc *scan) customAsked(i int) bool {
	if !customWords.at(sc, i) || sc.negated(i) || sc.ownedBefore(i) || sc.is(i+1, "sizing", "fitting", "measurements", "measuring") {
		return false
	}
	if sc.is(i-1, "the", "a") && !sc.is(i+1, "version", "versions") {
		return false
	}
	return !sc.is(i, "theo") || !sc.is(i+3, "cua")
}

// dealCue reports a payment off the platform in the sentence [a, b) made
// for a deal struck around it: a verb of selling ("te lo vendo
// directamente por Bizum"), a pre-order, a custom piece or goods claimed
// in a live sale, or an order on the platform cancelled for it ("cancel
// and pay me in USDT instead"). A lower price alone is not one: "transfer
// langsung, lebih murah" pays for the order under way.
func (sc *scan) dealCue(a, b int) bool {
	for i := a; i < b; i++ {
		u := sc.units[i]
		w := sc.text(i)
		if sc.offListing(i) || sc.platformFeeSaved(i) && sc.dealStruck(sc.sentenceBefore(a), b) {
			return true
		}
		if sc.negated(i) {
			continue
		}
		switch {
		case liveWords[w] && sc.moneySentBefore(a, i):
			// "I've sent the $22 through Wise — claim it here": the money
			// sent to the buyer is claimed, not goods.
		case cancelWords[w], sellSet[w], dealWords[w], directFromUs[w], listingEnded.at(sc, i), preOrder.at(sc, i), lotCues.at(sc, i):
			return true
		case u.mask&cOffChannel != 0 && u.mask&cOrderVerb != 0:
			return true
		case u.mask&cPlatform != 0 && aroundBefore(sc, i):
			// "faz um Pix … sem passar pela Shopee": paid around it.
			return true
		}
	}
	return false
}

// sentWords send money to the buyer: "I've sent the $22", "we
// transferred the 15 €", "te he enviado los 20 €".
var sentWords = foldSet("sent", "transferred", "wired", "enviado", "enviamos", "envié", "mandado", "mandamos",
	"geschickt", "überwiesen", "envoyé", "envoye", "viré", "inviato", "bonificato", "enviei", "mandei", "transferi",
	"kirim", "dikirim", "đã chuyển", "已转", "已经转", "已打")

// moneySentBefore reports, in units [a, i), money the seller has sent:
// "I've sent the $22 through Wise".
func (sc *scan) moneySentBefore(a, i int) bool {
	for k := max(a, i-12); k < i; k++ {
		if sentWords[sc.text(k)] && sc.next(k, cMoney, 4) >= 0 && !sc.negated(k) {
			return true
		}
	}
	return false
}

// sentenceBefore returns the first unit of the sentence before the one
// starting at a, or a if there is none.
func (sc *scan) sentenceBefore(a int) int {
	if a == 0 {
		return a
	}
	pa := a - 1
	for pa > 0 && sc.units[pa-1].sent == sc.units[a-1].sent {
		pa--
	}
	return pa
}

// dealStruck reports in the sentence [a, b) a price or a purchase of its
// own beside the platform's fee saved: "direct order na lang kayo … para
// walang Shopee fee", "knock the eBay fees off the Charizard", "TikTok
// adds fees so it's cheaper that way". The fee saved alone pays for the
// order under way: "pay me via PayPal to avoid Amazon fees".
func (sc *scan) dealStruck(a, b int) bool {
	for i := a; i < b; i++ {
		u := sc.units[i]
		if sc.negated(i) {
			continue
		}
		// "direct order na lang kayo", "order monthly through our Telegram
		// bot": the order placed, not one named.
		if sc.is(i, "order") && i > 0 && (sc.units[i-1].mask&cDirect != 0 || sc.next(i, cVia, 2) >= 0 && sc.units[i-1].mask&(cYou|cSelf|cIt) == 0) {
			return true
		}
		if u.mask&cOrderRef != 0 {
			continue
		}
		// "le faccio uno sconto del 5%, così evitiamo le commissioni di
		// eBay": a discount of its own for the deal.
		if u.mask&cCheaper != 0 && !sc.is(i, "less") || sc.is(i, "knock") ||
			u.mask&cOff != 0 && u.mask&cRefund == 0 && (sc.next(i, cPercent|cMoney, 3) >= 0 || sc.prev(i, cPercent|cMoney, 2) >= 0) ||
			u.mask&cOrderVerb != 0 && sc.prev(i, cThanks, 4) < 0 && !(i > 0 && sc.units[i-1].mask&(cYou|cIt|cPast) != 0) &&
				!sc.is(i, "deal", "transaction", "giao dich", "交易", "transaksi") {
			return true
		}
	}
	return false
}

// directFromUs are buying from the seller directly: "das Ersatzteil können
// Sie auch direkt bei uns bekommen", paid off the platform a sale of its
// own.
var directFromUs = foldSet("directly from us", "direct from us", "from us directly", "direkt bei uns", "direkt von uns",
	"directement chez nous", "langsung dari kami", "trực tiếp từ shop", "bezpośrednio u nas", "bezpośrednio od nas",
	// "mending langsung sama kami aja", "direct order ka na lang sa amin".
	"langsung sama kami", "langsung dengan kami", "langsung ke kami", "direct order", "diretso sa amin",
	"direct sa amin", "terus dengan kami", "directement par nous", "direct through us", "directly through us")

// outOn reports at i goods out on the platform, sold out there: "those
// sneakers are out on TikTok Shop".
func (sc *scan) outOn(i int) bool {
	return sc.is(i, "out") && sc.is(i+1, "on") && i+2 < len(sc.units) && sc.units[i+2].mask&cPlatform != 0 && !sc.is(i-1, "go", "goes", "went", "come", "comes", "check", "missing")
}

// lotCues are a lot or a set priced of its own, a sale when paid off the
// platform: "a lot price of $400 - Zelle to …", "el combo de 3 labiales,
// deposítame $390".
var lotCues = newPhraseSet("lot price", "job lot", "combo", "bundle", "full set", "whole set", "the whole lot")

// aroundBefore reports the platform at i gone around by the words just
// before it: "sem passar pela Shopee", "fuera de eBay", "tanpa lewat Lazada".
func aroundBefore(sc *scan, i int) bool {
	for k := i - 1; k >= 0 && i-k <= 2 && sc.units[k].clause == sc.units[i].clause; k-- {
		if aroundSet[sc.text(k)] {
			return true
		}
	}
	return false
}

// onWords put goods on a platform: "not on Amazon", "nicht bei eBay",
// "pas sur eBay", "inte ute på Amazon".
//
// Malay "in": "Stok ini tak ada dalam Shopee".
var onWords = foldSet("on", "auf", "bei", "sur", "en", "på", "na", "su", "di", "sa", "trên", "على", "dalam")

// offListing reports the platform at i denied as where the goods are:
// "the ceremonial grade is not on TikTok yet", "lamporna som inte ligger
// ute på Amazon", "غير معروضة على أمازون" — stock kept off it, sold
// another way. The platform's own things are no place for goods: "rather
// than waiting on Amazon's return process".
func (sc *scan) offListing(i int) bool {
	return sc.units[i].mask&cPlatform != 0 && i > 0 && onWords[sc.text(i-1)] && sc.negated(i) && !sc.forbiddenOn(i) && !sc.warning(i) &&
		!sc.paymentRefusedOn(i) && !strings.HasSuffix(sc.text(i), "'s") && !sc.contactDeniedOn(i)
}

// contactDeniedOn reports a way of contact denied before the platform at
// i: "tak boleh bagi nombor atau Telegram dalam Shopee" refuses the
// contact there, no goods kept off it.
func (sc *scan) contactDeniedOn(i int) bool {
	c := sc.prev(i, cApp|cAppWeak|cSocial|cPhoneWord|cEmailWord|cContactVerb, 5)
	return c >= 0 && sc.units[c].clause == sc.units[i].clause && sc.negated(c)
}

// paymentRefusedOn reports a payment refused on the platform at i: "bank
// transfer's not possible on Amazon" denies the payment, not the goods'
// listing ("the refurb units aren't allowed on Amazon").
func (sc *scan) paymentRefusedOn(i int) bool {
	p := sc.prev(i, cPayOff|cPayInstr|cPayVerb, 6)
	return i >= 2 && permitWords[sc.text(i-2)] && p >= 0 && sc.units[p].clause == sc.units[i].clause
}

// permitWords allow a thing on the platform.
var permitWords = foldSet("possible", "allowed", "permitted", "accepted", "supported", "possível", "posible", "possibile",
	"möglich", "erlaubt", "autorisé", "permitido", "consentito", "mogelijk", "toegestaan")

// dealWords strike a deal or take an order of goods not listed: "I'll do
// you a deal", "the pre-order", "a custom piece", the goods claimed in a
// live sale.
var (
	dealWords = foldSet("pre-order", "preorder", "pre order", "custom", "made to order", "bundle price", "claim",
		"claimed", "mine", "apartaste", "sprzedać", "sprzedam", "satarım", "verkaufe")
	liveWords = foldSet("claim", "claimed", "mine", "apartaste") // a sale only when paid for
)

// liveWords are a live sale, whose goods are paid for after it.
var liveSaleWords = foldSet("live", "livestream", "live stream", "live sale", "直播", "直播间", "ライブ", "라이브", "ไลฟ์")

// liveSale reports a live sale at i: "the nail sets from last night's
// live", "yung mga mine mo sa live kanina"; not "live chat", "live
// tracking".
func (sc *scan) liveSale(i int) bool {
	return liveSaleWords[sc.text(i)] && !sc.is(i+1, "chat", "support", "agent", "person", "tracking", "updates", "update",
		"status", "inventory", "help") && !sc.is(i-1, "go", "goes", "went", "is", "are", "be", "it's", "its", "it is", "'s", "are", "was")
}

// leaveWords leave the platform for good: "we're leaving Amazon",
// "closing our Shopee store", "we won't be on TikTok Shop after this
// month", "moving our shop to our own site".
var leaveWords = foldSet("leaving", "leave", "closing", "close", "closes", "closed", "shutting", "shuts", "quitting", "quit", "moving", "move",
	"winding", "phasing", "won't be on", "will not be on", "no longer on", "not be on")

// leavingPlatform reports the seller leaving the platform, in the
// sentence [a, b), for somewhere the message names — a site, a link, a
// page or a number to write to: the buyer's next orders are taken off it.
func (sc *scan) leavingPlatform(a, b int) {
	if len(sc.units) == 0 || sc.foundIn(OffPlatformOrder, a, b) {
		return
	}
	n := len(sc.units)
	if !sc.foundIn(ExternalLink, 0, n) && !sc.foundIn(ContactInfo, 0, n) && sc.first(0, n, cOwnSite) < 0 {
		return
	}
	for i := a; i < b; i++ {
		if !leaveWords[sc.text(i)] && !sc.is(i, "won't", "will") || sc.negated(i) {
			continue
		}
		for j := i + 1; j < b && j-i <= 6 && sc.units[j].clause == sc.units[i].clause; j++ {
			// Not "leave your Amazon order number": something of the
			// buyer's left somewhere, not the platform left.
			if sc.units[j].mask&cYou != 0 {
				break
			}
			// Not "will ship today with Amazon Logistics": the platform
			// named as the means of the order under way, not left.
			if !leaveWords[sc.text(i)] && sc.is(j-1, "with", "via", "through", "by", "from") {
				continue
			}
			if sc.units[j].mask&cPlatform != 0 && j-i <= 4 || sc.units[j].mask&cOwnSite != 0 && sc.ours(j) {
				sc.addUnits(OffPlatformOrder, i, j, "seller leaving the platform for its own channel")
				return
			}
		}
		// "my eBay shop closes next month": the seller's shop there.
		if leaveWords[sc.text(i)] {
			for j := i - 1; j >= a && i-j <= 3 && sc.units[j].clause == sc.units[i].clause; j-- {
				if sc.units[j].mask&cPlatform != 0 && shopWords.at(sc, j+1) && sc.prev(j, cSelf, 2) >= 0 {
					sc.addUnits(OffPlatformOrder, j, i, "seller leaving the platform for its own channel")
					return
				}
			}
		}
	}
}

// listingEnded are an auction or listing ended early, or goods marked
// sold, for a sale paid off the platform: "I'll end the listing early and
// you can bank transfer me", "ich kann die Auktion vorzeitig beenden, wenn
// Sie mir 210 € direkt überweisen".
var listingEnded = newPhraseSet("end the listing", "end the listings", "end the auction", "ended the listing",
	"ended the auction", "end my listing", "listing end ho", "end the listing early", "take the listing down", "pull the listing",
	"mark them sold", "mark it sold", "mark them as sold", "mark it as sold", "auktion vorzeitig", "angebot vorzeitig",
	"vorzeitig beenden", "veiling stopgezet", "veiling stoppen", "terminer l'enchere", "terminer l'annonce",
	"chiudere l'asta", "chiudo l'asta", "finalizar la subasta", "termino la subasta", "zakoncze aukcje", "zakończę aukcję")

// contactSale reports a new sale sent to the seller's own channel: contact
// details in the sentence [a, b), and in it or the sentence next to it a
// verb of buying or selling together with what makes it a sale off the
// platform — a lower price, "directly", goods not listed or out of stock,
// more of them, the platform gone around: "text me on 07700 … and I'll do
// you a deal", "langsung chat WA admin, harganya jauh lebih murah dari di
// Lazada", "we also sell the same power bank on our own FB page … PM us".
func (sc *scan) contactSale(a, b int) {
	if sc.foundIn(OffPlatformOrder, a, b) || !sc.foundIn(ContactInfo, a, b) {
		return
	}
	pa, e := a, sc.sentenceEnd(b)
	if a > 0 {
		for pa = a - 1; pa > 0 && sc.units[pa-1].sent == sc.units[a-1].sent; pa-- {
		}
	}
	verb, why, direct, weak := -1, false, false, false
	for i := pa; i < e; i++ {
		u := sc.units[i]
		w := sc.text(i)
		if sc.negated(i) {
			continue
		}
		if u.mask&cOrderVerb != 0 && u.mask&cOrderRef == 0 && (verb < 0 || weak) && sc.prev(i, cThanks, 4) < 0 &&
			!(i > 0 && (sc.units[i-1].mask&(cYou|cIt|cPast) != 0 || sc.is(i-1, "the", "a", "for"))) {
			verb, weak = i, false
		}
		more := (extraWords[w] || w == "mas") && i+1 < e && sc.units[i+1].kind != uNumber &&
			sc.units[i+1].mask&(cMoney|cCurrency|cPercent|cOff|cIncentive|cRefund|cCheaper) == 0 && !notSale.at(sc, i+1) ||
			moreGoods[w]
		// "mas mura po kung direct order sa amin": buying from the seller
		// directly.
		if sellSet[w] || dealWords[w] && !liveWords[w] || directFromUs[w] {
			verb, weak = i, false
		} else if verb < 0 && (more || saleCues.at(sc, i) && !availableSet[w] && w != "available") {
			verb, weak = i, more
		}
		switch {
		case u.mask&cDirect != 0 && u.mask&(cCheaper|cOffChannel) == 0:
			// "escríbenos directamente por WhatsApp" is how to write, not
			// yet a sale: with "more" of something it is too weak.
			direct = !sc.is(i, "direct debit", "terus")
		case u.mask&(cCheaper|cOffChannel) != 0 && !sc.is(i, "less"), sc.offListing(i),
			unavailableSet[w], sc.unlisted(i), sc.notListed(i),
			u.mask&cPlatform != 0 && sc.bypassed(i), arranged.at(sc, i):
			why = true
		}
		// "DM me there for records I haven't listed yet": stock kept off
		// the listing is what is offered.
		if verb < 0 && sc.notListed(i) {
			verb = i
		}
		// Pre-orders taken in the chat: "check our FB page para sa mga
		// pre-order, dun po kami nag-aaccept ng reservations". Not the
		// buyer's pre-order under way ("your pre-order ships Friday").
		if preOrder.at(sc, i) && !sc.ownedBefore(i) && !sc.yoursAfter(i) && sc.prev(i, cThanks, 4) < 0 && !sc.is(i-1, "the") {
			verb, weak, why = i, false, true
		}
		// A lower price offered through the chat stands for the sale:
		// "kalau nak harga lagi jimat boleh PM WhatsApp kami" (for a
		// cheaper price, message our WhatsApp).
		if verb < 0 && bulkPriceWords[w] && i+1 < e && sc.units[i+1].mask&cCheaper != 0 && !bulkCues.at(sc, i+1) && !sc.negated(i+1) {
			verb = i
		}
	}
	if verb >= 0 && (why || direct && !weak) {
		sc.addUnits(OffPlatformOrder, verb, verb, "sale taken off the platform through a chat app")
		return
	}
	// No verb needed where the platform is the dearer way to buy: "mándanos
	// mensaje por WhatsApp … y te lo dejamos más barato que en TikTok".
	for i := pa; i < e; i++ {
		// "加V…，比直播间便宜": the live the message is sent from is the
		// platform.
		if (sc.units[i].mask&cPlatform != 0 || liveSaleWords[sc.text(i)]) && sc.cheaperThan(i) {
			sc.addUnits(OffPlatformOrder, i, i, "sale taken off the platform through a chat app")
			return
		}
	}
}

// cancelForUs reports the order on the platform cancelled, in the
// sentence [a, b), for the same goods bought from the seller another way,
// said in it or the next sentence: "cancel this order and drop by our shop
// in Cebu", "annulez la commande Amazon et passez directement par nous",
// "cancel the blue and I'll get the grey out to you from our stock", "if
// you cancel your Lazada order, I can give you the same TV ₱2,000
// cheaper". A refund on cancelling is the platform's business.
func (sc *scan) cancelForUs(a, b int) {
	if sc.foundIn(OffPlatformOrder, a, b) {
		return
	}
	c := -1
	for i := a; i < b && c < 0; i++ {
		if cancelWords[sc.text(i)] && !sc.negated(i) && !sc.is(i-1, "to", "can", "may", "could", "might") {
			c = i
		}
	}
	if c < 0 {
		return
	}
	e := sc.sentenceEnd(b)
	if sc.notSaleIn(a, e) {
		return
	}
	for i := c + 1; i < e; i++ {
		u := sc.units[i]
		if sc.negated(i) {
			continue
		}
		// Not "reorder from our Amazon store": the platform's shop.
		ours := (shopWords.at(sc, i) || ourPlaces[sc.text(i)] && sc.is(i-2, "from", "aus", "de", "desde", "dari")) &&
			sc.prev(i, cSelf, 2) >= 0 && sc.prev(i, cPlatform, 2) < 0 && sc.next(i, cPlatform, 2) < 0
		if ours || directFromUs[sc.text(i)] || u.mask&cOffChannel != 0 || u.mask&cCheaper != 0 && !sc.is(i, "less") {
			sc.addUnits(OffPlatformOrder, c, i, "sale taken off the platform")
			return
		}
	}
}

// ourPlaces are where the seller keeps goods of its own: "from our stock",
// "from our garage in Ohio".
var ourPlaces = foldSet("stock", "garage", "warehouse", "workshop", "showroom", "lager", "entrepôt", "almacén", "gudang")

// notListed reports at i goods kept off the listing: "aren't listed",
// "I haven't listed yet".
func (sc *scan) notListed(i int) bool {
	// "I can't end the listing early": the listing, a noun, is there; not
	// "won't let me add custom text on this listing".
	if sc.is(i, "listing", "anuncio", "inserzione") && sc.is(i-1, "the", "this", "that", "my", "our", "your", "o", "el", "il", "l'", "um", "un") &&
		!sc.is(i-2, "on", "in", "to", "onto", "at", "no", "en", "nel", "sull'", "na") {
		return false
	}
	return listedWords[sc.text(i)] && (sc.negated(i) || sc.is(i-1, "haven't", "hasn't", "not yet", "never", "yet to"))
}

// customByContact reports custom goods ordered through the contact
// details in the sentence [a, b), the goods named in it or the sentence
// before: "Contact niyo po kami sa Viber … para sa custom orders", "Nak
// custom nama? Telegram kami @…". Only chatting about an order under way
// ("your custom mug") is contact.
func (sc *scan) customByContact(a, b int) {
	pa := sc.sentenceBefore(a)
	// The contact details given just before, this sentence writing or
	// ordering there: "… @atelier. — et écrivez-nous en DM pour des bijoux
	// personnalisés", "écrivez-nous via notre page Facebook … On y prend
	// aussi les commandes d'étagères sur mesure".
	contact := sc.foundIn(ContactInfo, a, b) ||
		pa < a && sc.foundIn(ContactInfo, pa, a) && (sc.first(a, b, cContactVerb) >= 0 || sc.takesOrders(a, b))
	// A deposit alone is the new piece's: "Nak design custom? DM kami kat
	// IG …, bayar deposit guna Touch 'n Go".
	if sc.foundIn(OffPlatformOrder, a, b) || !contact || sc.notSaleBesidesCustom(pa, b) && !sc.depositOnly(pa, b) {
		return
	}
	for i := pa; i < b; i++ {
		// Not the buyer's: "sa customized order ninyo". "A custom
		// engraving … we'll make one up for you" is a new piece.
		asked := sc.customAsked(i) || sc.is(i-1, "a") && customWords.at(sc, i) && !sc.negated(i) && sc.madeForYou(i, b)
		if asked && sc.prev(i, cThanks, 4) < 0 && !sc.yoursAfter(i) {
			sc.addUnits(OffPlatformOrder, i, i, "custom order taken through a chat app")
			return
		}
	}
}

// chatCatalogues are a chat app's shop pages, where the goods are ordered
// in the chat: WhatsApp Business's catalogue ("wa.me/c/91…").
var chatCatalogues = []string{"wa.me/c/", "whatsapp.com/catalog", "wa.me/p/"}

// chatCatalogue reports a chat app's catalogue linked in the sentence
// [a, b): "pls chk our catalog on wa.me/c/9198… for more colours".
func (sc *scan) chatCatalogue(a, b int) {
	if sc.foundIn(OffPlatformOrder, a, b) {
		return
	}
	seg := sc.t[sc.units[a].s:sc.units[b-1].e]
	for _, c := range chatCatalogues {
		if k := strings.Index(seg, c); k >= 0 {
			s := int(sc.units[a].s) + k
			sc.add(OffPlatformOrder, int32(s), int32(s+len(c)), "sale taken to a chat app's catalogue")
			return
		}
	}
}

// takeOrders are orders taken in general: "on y prend aussi les
// commandes", "we take orders there".
var takeOrders = newPhraseSet("prend les commandes", "prend aussi les commandes", "prenons les commandes",
	"prenons aussi les commandes", "take orders", "takes orders", "taking orders", "tomamos pedidos",
	"aceitamos encomendas", "nehmen bestellungen", "accettiamo ordini")

// takesOrders reports in [a, b) orders taken in general.
func (sc *scan) takesOrders(a, b int) bool {
	for i := a; i < b; i++ {
		if takeOrders.at(sc, i) && !sc.negated(i) {
			return true
		}
	}
	return false
}

// madeForYou are a piece made for the buyer: "we'll make one up for you".
var madeForYou = newPhraseSet("make one", "make you one", "make one up", "make them up", "make it up", "te hacemos uno",
	"te hago uno", "on vous en fait", "je vous en fais", "kami buatkan", "faço um", "fazemos um")

// madeForYou reports a piece made for the buyer after i, in [i, b).
func (sc *scan) madeForYou(i, b int) bool {
	for j := i + 1; j < b; j++ {
		if madeForYou.at(sc, j) && !sc.negated(j) {
			return true
		}
	}
	return false
}

// notSaleBesidesCustom is notSaleIn but for the custom work itself: "for
// custom engraving pls DM us" names the goods, not a fee on the order.
func (sc *scan) notSaleBesidesCustom(a, b int) bool {
	for i := a; i < b; i++ {
		if sc.units[i].mask&(cRefund|cReview|cReviewFixed) != 0 {
			return true
		}
		if sc.notSaleAt(i) && !sc.platformFee(i) && !sc.feeSaved(i) && !(i > a && customWords.at(sc, i-1)) {
			return true
		}
	}
	return false
}

// settledInChat reports an order the seller takes in the chat the contact
// details of the sentence [a, b) or the one before point to: "message
// @tinyoakdesigns and we'll … take the order there", "Stuur me een DM
// op Insta …, dan regelen we de bestelling daar".
func (sc *scan) settledInChat(a, b int) {
	if sc.foundIn(OffPlatformOrder, a, b) || !sc.foundIn(ContactInfo, sc.sentenceBefore(a), b) {
		return
	}
	if k := sc.settledThere(a, b); k >= 0 {
		sc.addUnits(OffPlatformOrder, k, k, "order taken through a chat app")
	}
}

// careIn reports the units [a, b) speaking of the service of an order
// already made or of money back: a replacement, a return, a refund.
func (sc *scan) careIn(a, b int) bool {
	for i := a; i < b; i++ {
		if aftercareWords[sc.text(i)] || sc.units[i].mask&cRefund != 0 || notSale.at(sc, i) && !sc.is(i, "deposit") {
			return true
		}
	}
	return false
}

// settleVerbs take or settle an order, as the seller does; orderNouns
// are the order; settledAt are "there", the place just named.
var (
	settleVerbs = foldSet("take", "sort", "handle", "arrange", "finalise", "finalize", "process", "regelen", "regel",
		"afhandelen", "régler", "réglerons", "gérer", "finaliser", "fechar", "fechamos", "fecho", "combinar",
		"combinamos", "cerrar", "cerramos", "gestionar", "gestionamos", "abwickeln", "klären", "facem", "finalizăm",
		"ustalimy", "załatwimy", "sistemiamo", "gestiamo")
	// The verbs that say "we" themselves.
	settleOurs = foldSet("facem", "fechamos", "cerramos", "combinamos", "gestionamos", "réglerons", "ustalimy",
		"załatwimy", "sistemiamo", "gestiamo", "finalizăm")
	orderNouns = foldSet("order", "orders", "bestelling", "commande", "pedido", "encomenda", "bestellung", "ordine",
		"comanda", "comandă", "pesanan", "zamówienie", "objednávku", "order there", "orders there")
	settledAt = foldSet("there", "daar", "la-bas", "por la", "alli", "ahi", "dort", "acolo", "tam", "di sana", "disana",
		"li", "over chat", "in the chat", "in chat", "in the dms", "in dms", "via dm", "by dm")
)

// settledThere returns, in the sentence [a, b), the seller's verb of
// taking an order there, in the chat just named, or -1. Not "place the
// order there", the buyer's doing on the platform, nor the platform's
// name after "there" ("there on Amazon").
func (sc *scan) settledThere(a, b int) int {
	care := -1 // read once: careIn looks at the whole sentence
	for i := a; i < b; i++ {
		if !settleVerbs[sc.text(i)] || sc.negated(i) {
			continue
		}
		// The seller takes it: "we'll take", "regelen we", "facem" (we
		// make).
		if sc.prev(i, cWe|cOffer|cSelf, 3) < 0 && sc.next(i, cWe, 1) < 0 && !settleOurs[sc.text(i)] {
			continue
		}
		for j := i + 1; j < b && j-i <= 3 && sc.units[j].clause == sc.units[i].clause; j++ {
			if !orderNouns[sc.text(j)] {
				continue
			}
			// Not "we'll sort your order there": the order under way.
			if care < 0 {
				care = btoi(sc.careIn(sc.sentenceBefore(a), b))
			}
			if sc.ownedBefore(j) || care == 1 {
				break
			}
			if sc.is(j, "order there", "orders there") {
				if sc.next(j, cPlatform, 3) < 0 {
					return i
				}
				break
			}
			for k := j + 1; k < b && k-j <= 3 && sc.units[k].clause == sc.units[i].clause; k++ {
				if settledAt[sc.text(k)] && sc.next(k, cPlatform, 3) < 0 {
					return i
				}
			}
			break
		}
	}
	return -1
}

// yoursAfter reports the buyer named as the owner right after unit i:
// "order ninyo", "pesanan anda".
func (sc *scan) yoursAfter(i int) bool {
	j := sc.next(i, cYou, 2)
	// "personalizada con tu nombre": the buyer's name goes on the new
	// goods, which are not the buyer's yet.
	if j == i+2 && withWords[sc.text(i+1)] {
		return false
	}
	// "ordini personalizzati scriveteci su Instagram": Italian "su" (on)
	// before a chat app or a social account is the way to write, not
	// Spanish "su" (your).
	if j >= 0 && sc.units[j].mask&cVia != 0 && j+1 < len(sc.units) && sc.units[j+1].mask&(cApp|cAppWeak|cSocial|cHandle) != 0 {
		return false
	}
	return j >= 0 && sc.units[j].clause == sc.units[i].clause
}

// withWords join what goes on goods to them: "with your name".
var withWords = foldSet("with", "con", "com", "mit", "avec", "dengan", "met", "z", "s", "với")

// arrangedSale reports a deal struck between the seller and the buyer in
// the sentence [a, b) for goods the platform's fees or listing leave out,
// said in it or the sentence before: "eBay's cut is brutal. If you want
// another we'll sort it between ourselves", "I haven't listed them yet …
// we can do a deal between ourselves".
func (sc *scan) arrangedSale(a, b int) {
	if sc.foundIn(OffPlatformOrder, a, b) {
		return
	}
	k := -1
	for i := a; i < b && k < 0; i++ {
		if arranged.at(sc, i) && !sc.negated(i) {
			k = i
		}
	}
	if k < 0 {
		return
	}
	pa := a
	if a > 0 {
		for pa = a - 1; pa > 0 && sc.units[pa-1].sent == sc.units[a-1].sent; pa-- {
		}
	}
	for i := pa; i < b; i++ {
		w := sc.text(i)
		fee := feeWords[w] && (sc.prev(i, cPlatform, 4) >= 0 || sc.next(i, cPlatform, 3) >= 0 || sc.hereBefore(i))
		notYet := sc.negated(i) || sc.is(i-1, "haven't", "hasn't", "not yet", "never", "yet to")
		if fee || listedWords[w] && notYet || sc.unlisted(i) || sc.offListing(i) {
			sc.addUnits(OffPlatformOrder, k, k, "sale taken off the platform")
			return
		}
	}
}

// hereBefore reports "here" standing for the platform shortly before the
// fee at i: "run it through here again - fees on the second one".
func (sc *scan) hereBefore(i int) bool {
	for j := i - 1; j >= 0 && i-j <= 5 && sc.units[j].sent == sc.units[i].sent; j-- {
		if hereWords.at(sc, j) {
			return true
		}
	}
	return false
}

// moreGoods are more of the goods, merged into one unit: "si quieres más
// colores".
var moreGoods = foldSet("más colores", "mas colores", "más modelos", "mais cores", "mais modelos")

// arranged are a deal struck between the seller and the buyer: "sort it
// out between us", "we can work something out", "put one aside for you".
var arranged = newPhraseSet("between us", "between ourselves", "por fora", "por fuera", "mets de côté", "mets une de côté",
	"work something out", "arrange it for you", "put one aside", "put it aside", "put a set aside", "set aside for you",
	"set one aside", "make you one", "make one for you", "se los dejo", "se lo dejo", "te lo dejo", "te los dejo",
	"entre nosotros", "unter uns", "entre nous", "tra di noi", "entre nós", "antara kita",
	// "appelez-moi … et on s'arrange en direct".
	"on s'arrange", "on peut s'arranger", "s'arranger",
	// "dogadamy się", "domluvíme se", "ci mettiamo d'accordo", "ونتفق على
	// السعر", "facem comanda acolo", "там оформимо": the deal settled in
	// the chat.
	"dogadamy się", "domluvíme se", "ci mettiamo d'accordo", "nos ponemos de acuerdo", "a gente combina",
	"ونتفق", "نتفق", "ونتفاهم", "نتفاهم", "facem comanda", "там оформимо", "оформимо")

// siteSale reports the seller's own shop offered as the place to buy:
// a link to it, or "our own website", in the sentence [a, b), and in it or
// the next sentence a verb of buying or a lower price there: "shop direct
// at cozyknitco.com, same products, better prices", "more colours on our
// own website www.lunaknits.my. Order there". More goods shown there
// alone ("for more colors please visit our website") are marketing, and a
// social page or a chat link is contact, not a shop.
func (sc *scan) siteSale(a, b int) {
	link := sc.foundIn(ExternalLink, a, b)
	if !link && sc.first(a, b, cOwnSite) < 0 || sc.foundIn(OffPlatformOrder, a, b) {
		return
	}
	site := -1
	for i := a; i < b && site < 0; i++ {
		switch {
		case link && sc.reportedAs(ExternalLink, i):
			if !socialLink(sc.text(i)) {
				site = i
			}
		case sc.units[i].mask&cOwnSite != 0 && sc.ours(i) && !sc.negated(i):
			site = i
		}
	}
	// "you asked whether you could order it directly from us. Unfortunately
	// we can only sell through Amazon": the buyer's wish, refused.
	if site < 0 || sc.wishRefused(site) {
		return
	}
	e := sc.sentenceEnd(b)
	// "Subscribe to our newsletter at petnest.io/join for 10% off your next
	// order": the site is where to sign up, its discount the reward for
	// signing up (promo.go), the next order a noun.
	signUp := link && (sc.signUpIn(a, b) || sc.blogIn(a, b))
	for i := a; i < e; i++ {
		u := sc.units[i]
		if sc.negated(i) {
			continue
		}
		switch {
		case u.mask&cOrderVerb != 0 && u.mask&cOrderRef == 0 && sc.prev(i, cThanks, 4) < 0 &&
			!(i > 0 && (sc.units[i-1].mask&(cYou|cIt|cPast|cNext) != 0 && (signUp || sc.units[i-1].mask&cNext == 0) || sc.is(i-1, "the", "a", "for", "your"))),
			u.mask&cCheaper != 0 && !sc.is(i, "less"), sc.is(i, "shop direct") || sc.is(i, "shop") && sc.is(i+1, "direct", "directly"),
			i < b && !signUp && sc.priceThere(i) && (!link || sc.shopLink(a, b)),
			// A chat link is no shop to compare: "WhatsApp wa.me/… for
			// warranty claims, faster than Lazada chat".
			i < b && sc.comparedWithPlatform(i) && (!link || sc.shopLink(a, b)),
			i < b && link && availableSet[sc.text(i)] && alsoWords[sc.text(i-1)] && sc.shopLink(a, b),
			i < b && i < site && sc.shopAlso(i, site):
			// "Nos produits sont aussi disponibles sur maison-lunel point fr".
			// The verb alone: the site stays free for promo.go to read
			// marketing in ("many more colours on our own website").
			sc.addUnits(OffPlatformOrder, i, i, "sale taken off the platform")
			return
		}
	}
	if c := sc.codeThere(a, b, e); c >= 0 && !signUp && (!link || sc.shopLink(a, b)) {
		sc.addUnits(OffPlatformOrder, c, c, "sale taken off the platform")
	}
}

// shopAlso reports at i a shop the seller also keeps, on the site at
// site later in its clause: "we also have a store on our own website",
// as "we also have a shop on Etsy" is one on another marketplace. Not a
// page ("we also have a page on our site with care tips").
func (sc *scan) shopAlso(i, site int) bool {
	if !shopWords.at(sc, i) || sc.is(i, "page") || sc.negated(i) || sc.units[site].clause != sc.units[i].clause || site-i > 5 {
		return false
	}
	return sc.alsoBefore(i) >= 0
}

// blogWords name a site to read, not a shop: "visit our blog at … for
// tips and a 20% coupon" is marketing (promo.go), no sale there.
var blogWords = foldSet("blog", "blogs", "vlog", "blog post", "blogpost", "article", "articles", "magazine",
	"bài viết", "博客", "部落格", "ブログ", "블로그", "artikel", "artículo", "artigo", "articolo", "article de blog")

// blogIn reports the seller's blog named in the sentence [a, b).
func (sc *scan) blogIn(a, b int) bool {
	for i := a; i < b; i++ {
		if blogWords[sc.text(i)] && !sc.negated(i) {
			return true
		}
	}
	return false
}

// signUpTargets are lists and clubs a buyer signs up to.
var signUpTargets = foldSet("newsletter", "mailing list", "email list", "list", "club", "vip", "vip club", "members",
	"membership", "loyalty program", "loyalty", "rewards", "boletín", "nieuwsbrief", "lista", "clube", "membros",
	"mitglieder", "membres", "miembros", "member", "thành viên", "会员", "會員", "สมาชิก")

// signUpIn reports a sign-up in the sentence [a, b): "subscribe to our
// newsletter", "join our VIP club", "si te apuntas a nuestra newsletter".
func (sc *scan) signUpIn(a, b int) bool {
	verb, target := false, false
	for i := a; i < b; i++ {
		if sc.negated(i) {
			continue
		}
		verb = verb || sc.units[i].mask&cFollow != 0 || sc.is(i, "register", "apuntas", "apuntate", "inscribete",
			"inscrevase", "anmelden", "inscrivez", "daftar")
		target = target || signUpTargets[sc.text(i)]
	}
	return verb && target
}

// comparedWithPlatform reports at i the site compared with the platform:
// "far more stock on our own site than on eBay", "mehr Auswahl als bei
// Amazon".
//
// Or ahead of it in time, the platform closing the clause: "we restock on
// our site first before TikTok Shop", "new colours go up on our website
// before Amazon" — the site is where to buy first. Not "before Amazon
// ships it".
func (sc *scan) comparedWithPlatform(i int) bool {
	before := sc.is(i, "before", "ahead of")
	if !sc.is(i, "than", "als", "que") && !before {
		return false
	}
	j := i + 1
	if onWords[sc.text(j)] {
		j++
	}
	if j >= len(sc.units) || sc.units[j].mask&cPlatform == 0 || sc.units[j].clause != sc.units[i].clause {
		return false
	}
	return !before || j+1 >= len(sc.units) || sc.units[j+1].clause != sc.units[j].clause
}

// usedThere point a code at the seller's site: "code TIKTOK10 works there
// too", "use RACHEL20 there", "公式サイトでもご利用いただけます".
var usedThere = newPhraseSet("there", "there too", "dort", "alli", "ahi", "la-bas", "doon", "di sana", "disana", "o do",
	"ที่นั่น", "那里", "那裡", "でもご利", "でも使え", "でもお使い", "でもご使用")

// codeThere reports a promo code, in the site's sentence [a, b), the one
// before or the one after (up to e), pointed at the site: a price of the
// site's own, not the platform's. It returns the code or -1.
func (sc *scan) codeThere(a, b, e int) int {
	pa := a
	if a > 0 {
		for pa = a - 1; pa > 0 && sc.units[pa-1].sent == sc.units[a-1].sent; pa-- {
		}
	}
	c := -1
	for k := pa; k < e && c < 0; k++ {
		if sc.negated(k) {
			continue
		}
		if sc.units[k].mask&cCode != 0 || sc.is(k, "code", "kode", "codigo", "codice") && sc.codeWord(k+1) || sc.is(k-1, "use", "using") && sc.codeWord(k) {
			c = k
		}
	}
	if c < 0 {
		return -1
	}
	for k := min(a, c); k < e; k++ {
		if usedThere.at(sc, k) && (k >= a && k < b || sc.units[k].sent == sc.units[c].sent) {
			return c
		}
	}
	return -1
}

// codeWord reports unit k written as a promo code: RACHEL20.
func (sc *scan) codeWord(k int) bool {
	return k < len(sc.units) && looksLikeCode(sc.f.src[sc.f.from[sc.units[k].s]:sc.f.to[sc.units[k].e-1]])
}

// siteDeals are a price the seller's own site gives that the platform
// does not: free shipping, cheaper.
var siteDeals = newPhraseSet("free shipping", "free delivery", "ships free", "spedizione gratuita", "envío gratis",
	"envio gratis", "frete grátis", "livraison gratuite", "livraison offerte", "freeship", "versandkostenfrei", "kostenloser versand", "gratis ongkir",
	"free ongkir", "kargo bedava", "送料無料", "包邮", "免运费", "miễn phí vận chuyển", "ส่งฟรี", "más baratos",
	"más baratas", "moins chers", "moins chères", "più economici", "mais baratos", "daha ucuz", "billigere", "billigare")

// priceThere reports at i a price cue of the seller's own site: a code
// for it, a percentage off, free shipping — "10% off with code EBAY10",
// "kode SHOPEE15 dapat diskon 15%", "kargo bedava ve %15 daha ucuz".
// More goods shown there without one stay marketing (promo.go).
func (sc *scan) priceThere(i int) bool {
	u := sc.units[i]
	return u.mask&cCode != 0 || u.mask&cPercent != 0 && (sc.next(i, cOff|cCheaper, 3) >= 0 || sc.prev(i, cOff|cCheaper, 3) >= 0) ||
		siteDeals.at(sc, i)
}

// shopLink reports the links found in the sentence [a, b) as a shop's own
// domain: not a social page, a chat app or a shortened link, which say
// nothing of a shop ("grab 30% off here: rb.gy/sleepwell30" is
// marketing).
func (sc *scan) shopLink(a, b int) bool {
	from, to := int(sc.f.from[sc.units[a].s]), int(sc.f.to[sc.units[b-1].e-1])
	for _, f := range sc.found {
		if f.kind != ExternalLink || f.s < from || f.s >= to {
			continue
		}
		t := strings.ToLower(sc.f.src[f.s:f.e])
		if socialLink(t) || shortLink(t) {
			return false
		}
	}
	return true
}

// shortLink reports a link shortener or a page of links.
func shortLink(t string) bool {
	for _, s := range []string{"bit.ly", "rb.gy", "tinyurl", "linktr.ee", "t.co/", "goo.gl", "ow.ly", "is.gd", "cutt.ly", "s.id/", "shorturl"} {
		if strings.Contains(t, s) {
			return true
		}
	}
	return false
}

// socialLink reports a link to a social page or a chat app.
func socialLink(t string) bool {
	for _, s := range []string{"facebook", "fb.", "instagram", "instagr", "t.me", "wa.me", "m.me", "line.me",
		"zalo", "whatsapp", "discord", "youtube", "youtu.be", "tiktok", "twitter", "x.com", "telegram", "pinterest"} {
		if strings.Contains(t, s) {
			return true
		}
	}
	return false
}
