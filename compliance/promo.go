package compliance

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Marketing in a buyer-seller message: codes for the next order, "follow
// us", "check out our new collection", sale announcements. Amazon forbids
// marketing and promotional content in buyer-seller messages outright. A
// refund or discount on the order being discussed ("we'll refund 20% of
// this order") is customer service, not marketing, and is not reported.

func promoWords(l *lexicon) {
	l.add(cFollow, "follow", "follows", "subscribe", "subscribing", "sign up", "join", "like us", "like our", "like my",
		"stay connected", "stay in touch", "connect with us", "keep up with us", "tag us",
		"síguenos", "siguenos", "sigue*", "seguir*", "seguici", "segui", "suscríbete", "suscribete", "únete", "folgen", "folgt",
		"abonnieren", "abonniere", "suivez", "suivre", "abonnez", "rejoignez", "siga", "sigam", "inscreva", "assine",
		"ikuti", "langgan", "gabung", "theo dõi", "đăng ký", "ติดตาม", "กดติดตาม", "关注", "订阅", "加入",
		"iscriviti", "iscrivetevi", "sundan", "i-follow", "ifollow", "mag-follow", "mag-subscribe", "追蹤", "追踪",
		"フォロー", "チャンネル登録", "お気に入り登録", "팔로우", "구독", "알림 설정",
		// Czech, Polish, Swedish, Dutch: "sledujte nás na Facebooku",
		// "Följ vår butik", "meld je aan voor onze nieuwsbrief".
		"sledujte", "sleduj", "obserwuj", "obserwujcie", "följ", "följer", "volg", "volgen", "meld je aan",
		"schrijf je in", "abonneer")
	// "Add our shop to favourites", "ajoutez ma boutique à vos favoris",
	// "تابعونا على انستغرام", "give it a like".
	l.add(cFollow, favouritePhrases...)
	l.add(cFollow, followUsPhrases...)
	l.add(cPromoTarget, "page", "channel", "newsletter", "mailing list", "email list", "store", "shop", "storefront",
		"account", "social media", "socials", "community", "group", "club", "vip", "vip club", "loyalty program",
		"brand", "collection", "products", "items", "range", "catalog", "catalogue", "listings", "deals", "offers",
		"selection", "店铺", "本店", "主页", "公众号", "账号", "tienda", "canal", "boletín", "página", "kanal", "seite",
		"boutique", "chaîne", "loja", "perfil", "kedai", "toko", "cửa hàng", "kênh", "trang", "ร้าน", "เพจ", "ช่อง",
		"negozio", "pagina", "canale", "tindahan", "gian hàng", "ショップ", "ストア", "チャンネル", "채널", "스토어", "상점",
		"blog", "butik", "nieuwsbrief", "winkel")
	l.add(cBrowse, "check out", "check them out", "check it out", "check our", "take a look", "have a look", "browse", "visit", "explore", "discover", "shop our",
		"see our", "echa un vistazo", "visita", "visite", "descubre", "schauen sie", "besuchen", "besuche", "stöbern",
		"entdecken", "entdecke", "découvrez", "découvrir", "visitez", "jetez un œil", "confira", "conheça",
		"kunjungi", "intip", "singgah", "ghé", "ghé thăm", "khám phá", "แวะ", "看看", "逛逛", "光临", "浏览",
		"retrouvez", "trouvez", "find us", "find our", "find more", "encuentra", "encuéntranos", "encuentre",
		"finden sie", "trova", "trovate", "scopri", "scoprite", "dai un'occhiata", "date un'occhiata", "visitate",
		"bisitahin", "silipin", "tingnan", "ご覧", "チェックして", "방문", "둘러보", "échales un vistazo",
		"échale un vistazo", "dale un vistazo", "dai un'occhiata", "jetez-y un œil", "schau sie dir an",
		"schauen sie sie sich an", "dá uma olhada", "dê uma olhada",
		// "keep an eye on my shop if you're still hunting for them".
		"keep an eye on", "keep an eye out", "keep your eye on",
		// "Auf unserem Blog … schauen Sie gern mal vorbei" (drop by).
		"schauen sie gern mal vorbei", "schauen sie gerne mal vorbei", "schauen sie mal vorbei",
		"schauen sie gern vorbei", "schauen sie gerne vorbei", "schauen sie vorbei", "schau gern mal vorbei",
		"schau mal vorbei", "vorbeischauen", "passez nous voir", "date una vuelta", "pásate")
	l.add(cNewStuff, "new collection", "new collections", "new line of", "just released", "new arrivals", "latest collection",
		"new season", "just launched", "new releases", "new range", "our other products", "our other items",
		"our other listings", "other listings", "best sellers", "bestsellers", "more products", "more great products",
		"other great products", "you may also like", "you might also like", "similar products", "收藏店铺", "关注店铺",
		"ฝากร้าน", "refer a friend", "referral code", "referral program", "nueva colección", "novedades",
		"neue kollektion", "neuheiten", "winterkollektion", "sommerkollektion", "herbstkollektion",
		"frühjahrskollektion", "neue winterkollektion", "neue sommerkollektion", "nuova collezione", "novità", "nouvelle collection", "nouveautés", "nova coleção", "novidades",
		"koleksi baru", "produk baru", "koleksi terbaru", "sản phẩm mới", "bộ sưu tập mới", "hàng mới về",
		"สินค้าใหม่", "คอลเลกชันใหม่", "新品", "新款上市", "新款到货", "新款上架", "推出新款", "上新", "新品上市",
		"nuovi arrivi", "nuovi prodotti", "ultime novità", "bagong stock", "bagong dating", "bagong produkto",
		"bagong items", "new colours every", "new colors every", "new designs every", "new styles every",
		"new products every", "new drops", "just dropped", "launch discount", "launching soon", "restock alert", "restock alerts", "新商品", "新作",
		"新発売", "最新情報", "신상품", "신제품", "신상 입고",
		// Other auctions and launches: "zapraszam do innych moich aukcji",
		// "grupo VIP com cupons e lançamentos", "restocks + drop dates".
		"other auctions", "my other auctions", "innych aukcji", "inne aukcje", "meine anderen auktionen",
		"meine anderen artikel", "mes autres annonces", "mis otros anuncios", "lançamentos", "lanzamientos",
		"drop dates", "drop date", "customers who bought this also", "customers who bought this item also",
		"frequently bought together", "great add-on", "perfect add-on", "first dibs")
	l.add(cCode, "coupon", "coupons", "coupon code", "promo code", "promo", "promotion code", "promotional code",
		"discount code", "discount codes", "voucher code", "voucher", "vouchers", "code promo", "código",
		"código de descuento", "código promocional", "cupón", "cupon", "rabattcode", "gutscheincode", "gutschein",
		"code de réduction", "cupom", "kode promo", "kode voucher", "kupon", "baucar", "mã giảm giá",
		"mã khuyến mãi", "โค้ดส่วนลด", "คูปอง", "优惠码", "优惠券", "折扣码",
		"codice", "codice sconto", "codice promozionale", "buono sconto", "discount code namin", "クーポン",
		"クーポンコード", "割引コード", "プロモーションコード", "쿠폰", "할인 쿠폰", "할인쿠폰", "할인코드", "할인 코드", "쿠폰 코드",
		"slevový kód", "slevovy kod", "slevový kupón", "kod rabatowy", "kod promocyjny", "rabattkod", "kortingscode",
		"cupons", "cupones", "mã giảm")
	l.add(cNext, "next", "future", "upcoming", "next time", "next order", "next purchase", "próxima", "próximo",
		"nächste*", "prochaine", "prochain", "berikutnya", "seterusnya", "tiếp theo", "lần sau", "ครั้งหน้า",
		"ครั้งต่อไป", "下次", "下一次", "再次购买",
		"prossimo", "prossima", "prossimi", "prossime", "susunod", "次回", "次のご注文", "今後のご注文", "次のお買い物",
		"다음 주문", "다음 구매", "다음번", "다음 번", "재구매",
		"další nákup", "dalsi nakup", "příští nákup", "příští objednávku", "następne zakupy", "następne zamówienie",
		"kolejne zakupy", "nästa köp", "nästa beställning", "volgende bestelling", "đơn sau", "đơn hàng sau",
		"lần mua sau")
	l.add(cOff, "off", "save", "savings", "discount*", "descuento*", "rabatt*", "réduction*", "remise", "desconto*",
		"diskon", "diskaun", "potongan", "giảm", "giảm giá", "ส่วนลด", "ลด", "折", "优惠", "减", "五折", "八折", "九折",
		"sparen", "sparst", "spart", "risparmia", "risparmi", "risparmiare", "sconto", "sconti", "économisez",
		"économiser", "ahorra", "ahorre", "ahorrar", "economize", "economizar", "hemat", "jimat", "tiết kiệm",
		"ประหยัด", "diskwento", "tipid", "bawas", "オフ", "割引", "할인",
		"half-price", "half price", "half off", "sleva", "slevu", "zniżka", "zniżki", "korting")
	l.add(cSaleEvent, "flash sale*", "black friday", "cyber monday", "big sale", "mega sale", "clearance sale",
		"summer sale", "winter sale", "holiday sale", "christmas sale", "spring sale", "new year sale",
		"anniversary sale", "weekend sale", "sale ends", "sale starts", "on sale now", "sale is live", "sale now on",
		"limited time offer", "limited time", "today only", "this weekend only", "shop now", "buy now",
		"don't miss", "dont miss", "while stocks last", "while supplies last", "sitewide", "storewide", "site wide",
		"store wide", "free shipping on all orders", "free shipping on orders over", "on orders over", "last chance",
		"buy one get one", "bogo", "buy 2 get 1", "giveaway",
		"giveaways", "exclusive deals", "exclusive offers", "exclusive discount*", "exclusive promo*", "special offers",
		"member discounts", "members only", "offres exclusives", "descuentos exclusivos", "exklusive angebote", "early access", "prime day deals",
		"11.11 sale", "12.12 sale", "9.9 sale", "promo 11.11", "promo 12.12", "promo 9.9", "12.12 mega sale",
		"11.11 mega sale", "toute la boutique", "tout le magasin", "ce week end seulement", "week end seulement",
		"toda la tienda", "todo el catálogo", "im ganzen shop", "gesamte sortiment", "toda a loja", "semua produk",
		"toàn bộ sản phẩm", "ทั้งร้าน", "全店", "solo questo weekend", "tutto il negozio", "rebajas", "ofertas exclusivas", "oferta por tiempo limitado",
		"sonderangebot", "schlussverkauf", "nur heute", "soldes", "offre limitée", "promoção", "liquidação",
		"promo besar", "diskon besar", "khuyến mãi", "siêu sale", "โปรโมชั่น", "ลดกระหน่ำ", "限时优惠", "限时折扣",
		"限时", "促销", "大促", "秒杀", "清仓", "双十一", "双11", "双十二", "全场",
		"free shipping over", "free delivery over", "free shipping on everything", "free shipping storewide",
		"kostenloser versand ab", "versandkostenfrei ab", "livraison gratuite dès", "envío gratis en pedidos",
		"envío gratis a partir", "spedizione gratuita sopra", "spedizione gratuita per ordini", "frete grátis acima",
		"more deals", "even more savings", "更多优惠", "更多折扣", "nhiều ưu đãi", "saldi", "offerta lampo", "offerte lampo", "solo oggi", "sconti fino al",
		"sale na", "may sale", "セール", "期間限定", "タイムセール", "세일", "기간 한정", "한정 특가", "특가", "타임세일",
		"할인 행사", "全馆", "全館",
		"this week only", "this month only", "ends tonight", "ends at midnight", "ends sunday", "until midnight",
		"get 1 free", "get one free", "2 for 1", "two for one", "half price on the second", "buy more save more",
		"stock up now", "limited stock", "selling fast", "almost sold out", "grab yours", "before they're gone",
		"before it's gone", "while it lasts", "shop the sale", "sneak peek", "solo esta semana", "nur diese woche",
		"cette semaine seulement", "solo questa settimana", "só esta semana", "minggu ini saja", "chỉ tuần này",
		"今週のみ", "이번 주만",
		// "chương trình mua 2 tặng 1" (buy 2, get 1 free).
		"mua 2 tặng 1", "mua 1 tặng 1", "mua một tặng một", "mua hai tặng một", "beli 2 gratis 1", "beli 1 gratis 1",
		"买一送一", "买二送一", "ซื้อ 1 แถม 1", "ซื้อ1แถม1", "ซื้อ 2 แถม 1", "buy 1 take 1", "buy one take one",
		// A live-stream sale announced: "I'm doing a live sale on Instagram
		// this Sunday", "tem live no Shopee Live", "ada live jualan di IG".
		"live sale", "live sales", "live selling", "live shopping", "we go live", "going live", "we'll be live",
		"shopee live", "lazada live", "tiktok live", "amazon live", "livestream", "live stream", "live jualan",
		"ada live", "tem live", "live po kami", "直播清货",
		// Prize draws and deals posted on a schedule: "we're giving away a
		// stroller to one lucky customer every month", "soutěž o hrnek",
		// "we post flash deals there every week", "มีโปรลดราคาทุกวัน".
		"giving away", "we give away", "one lucky customer", "one lucky buyer", "lucky winner", "lucky winners",
		"chance to win", "enter to win", "prize draw", "soutěž", "soutez", "gewinnspiel", "sorteio", "sorteo",
		"concours", "undian", "rút thăm", "抽奖", "抽選", "경품", "flash deal*", "daily deals", "weekly deals",
		"deals every week", "deals every day", "deals every month", "coupons every week", "codes every week",
		"โปรลดราคา", "มีโปร", "lagi diskon", "sedang diskon", "lagi promo", "sedang promo", "thêm ngay vào giỏ", "thêm vào giỏ ngay", "add to cart now",
		"mã giảm giá hàng tuần", "mã giảm giá mỗi tuần", "每周优惠", "每周优惠券", "kupon mingguan",
		"voucher mingguan", "weekly coupons", "weekly codes", "weekly vouchers")
	l.add(cSaleWord, "sale", "sales", "deals", "clearance", "promotion", "promotions")
	l.add(0, "subscribe and save", "subscribe save") // Amazon's repeat-delivery programme
	// An auction's end is no sale ending: "the auction ends Sunday".
	l.add(0, "auction ends", "auction ending", "listing ends", "listing ending")
	// "waiting on customs clearance" is a border check, not a sale.
	l.add(0, "customs clearance", "clearance at customs", "clearance through customs", "security clearance",
		"ground clearance", "height clearance")
	l.add(0, "after sales", "after sale", "for sale", "sale price", "sales tax", "sales team", "sales department",
		"sales rep", "sales manager", "sales channel", "sales record", "sales receipt", "bill of sale", "point of sale")
	l.add(cIdiom, "forget")
	// Fresh batches (holdout19–22, train7–9): "關注賣場", "Seguiteci su
	// Instagram … la nuova linea", "se inscreve lá", "no te pierdas
	// nuestro directo", "VIP list for early sale alerts", coupons for a
	// first purchase ("첫 구매 쿠폰") or new orders ("descuentos para
	// nuevos pedidos"), codes posted regularly ("regelmäßig Rabattcodes").
	l.add(cPromoTarget, "卖场", "卖場", "賣場", "vip list", "vip group", "gian hàng")
	l.add(cFollow, "seguiteci", "seguitemi", "seguimi", "inscreve", "se inscreve", "inscrevam", "inscreva-se",
		"abonniert", "abonnieren sie")
	l.add(cNewStuff, "new line", "nueva línea", "nuova linea", "neue linie", "nouvelle gamme", "nova linha",
		"nieuwe lijn", "in anteprima", "en avant-première", "en primicia", "em primeira mão")
	l.add(cSaleEvent, "sale alerts", "sale alert", "deal alerts", "early sale", "no te pierdas", "no se pierda",
		"ne manquez pas", "ne ratez pas", "não perca", "non perdere", "non perdetevi", "verpassen sie nicht",
		"jangan lewatkan", "đừng bỏ lỡ")
	l.add(0, firstOrderPhrases...)
	// train10, holdout24: Hindi follows after the store ("brand store
	// follow kar lo"); Polish, Dutch and Czech marketing ("Zapraszamy
	// do obserwowania naszego sklepu, co tydzień nowości", "kody rabatowe",
	// "schrijf u in … zomeruitverkoop", "Sledujte náš obchod … novou kolekci").
	l.add(cFollow, "follow kar lo", "follow karo", "follow karein", "follow kijiye", "follow kar lijiye",
		"obserwowania", "do obserwowania", "schrijf u in", "schrijf je hier in")
	l.add(cNewStuff, "nowości", "nowosci", "moich aukcji", "novou kolekci", "nová kolekce", "novinky")
	l.add(cCode, "kody rabatowe", "kod rabatowy", "kodów rabatowych")
	l.add(cBrowse, "zajrzyj", "zajrzyjcie", "zajrzyj też")
	l.add(cPromoTarget, "obchod", "obchodu")
	l.add(cSaleEvent, "zomeruitverkoop", "winteruitverkoop", "opruiming")
	// train10: Romanian, Greek, Hebrew and Arabic codes and sales for the
	// next order ("15% reducere la următoarea comandă", "10% στην επόμενη
	// αγορά σας", "לעדכונים ומבצעים", "عروض رمضان … كود RAMADAN20").
	l.add(cNext, "următoarea", "următoarea comandă", "următoarea achiziție", "επόμενη", "επόμενη αγορά",
		"επόμενη παραγγελία")
	l.add(cOff, "reducere", "reduceri", "έκπτωση")
	l.add(cCode, "κωδικό", "κωδικός", "cod de reducere", "كود", "كود خصم")
	l.add(cSaleEvent, "מבצע", "מבצעים", "ומבצעים", "عروض", "عروض رمضان")
	// holdout28–30: collections of a season ("the new autumn collection
	// just landed", "nuestra colección de primavera"), news before anyone
	// else ("entérate antes que nadie"), Thai "โปรพิเศษ" (a special deal).
	l.add(cNewStuff, "autumn collection", "fall collection", "spring collection", "summer collection",
		"winter collection", "holiday collection", "christmas collection", "lookbook", "colección de primavera",
		"colección de verano", "colección de otoño", "colección de invierno", "nueva temporada", "collection printemps",
		"collection été", "collection automne", "collection hiver", "coleção de verão", "coleção de inverno",
		"nova temporada", "collezione primavera", "collezione estate", "collezione autunno", "collezione inverno",
		"before anyone else", "be the first to know", "first to know", "antes que nadie", "antes que ninguém",
		"avant tout le monde", "als erste erfahren", "als erstes erfahren", "prima di tutti")
	l.add(cSaleEvent, "โปรพิเศษ", "รับโปร", "โปรโมชั่นพิเศษ", "ส่วนลดพิเศษ")
	l.add(cSaleEvent, "jangan lepaskan peluang", "jangan lepaskan", "jangan sampai ketinggalan", "don't miss out")
	l.add(cNext, "nuevos pedidos", "new orders", "nuevas compras", "novos pedidos", "neue bestellungen",
		"nouvelles commandes")
	l.add(cSaleEvent, "regelmäßig rabattcodes", "rabattcodes für", "codes regularly", "coupons regularly",
		"regularly post codes", "regularly post coupons", "cupones cada semana", "cupons toda semana")
	l.add(cCode|cIncentive, "折价券", "抵用券", "代金券", "回购券", "购物金", "rabattcodes")
	l.add(cOff, "reduziert", "reduced", "réduit", "réduite", "rebajado", "rebajada", "ridotto", "ridotta", "reduzido",
		"reduzida")
	// More of the range, promoted by pointing at the seller's own site or
	// a link: "our official store site has more colours", "visit
	// brightnest.com to see the full collection", "更多款式可以看我们的官网".
	l.add(0, rangePhrases...)
	// Context that makes a sale event the reason for a delay, not an
	// announcement: "双十一期间快递量大", "the 11.11 peak".
	l.add(0, "期间", "高峰", "补发", "爆仓", "peak", "backlog")
	// Session revpromo7: later orders in the plural ("pour vos prochaines
	// commandes"), following a brand ("en suivant notre marque"), a look
	// at the seller's Instagram ("cek IG kita"), a sale on every item ("전
	// 품목 20% 시즌오프"), points taken off the next purchase ("下次购物直接
	// 抵现").
	l.add(cNext, "prochaines", "prochains", "prochaines commandes", "próximas", "próximos", "nächsten bestellungen")
	l.add(cFollow, "en suivant", "suivant notre", "seguindo", "siguiendo")
	l.add(cPromoTarget, "marque", "marca", "markenshop", "markenstore", "brand store")
	l.add(cBrowse, "cek", "cekin", "kepoin")
	l.add(cSaleEvent, "전 품목", "전품목", "시즌오프", "시즌 오프", "全品", "全商品")
	l.add(cOff, "抵现", "抵扣", "直接抵现")
	// holdout43–46: a season's collection in Malay and Indonesian
	// ("koleksi raya baru dah masuk", "koleksi Lebaran terbaru kami"), a
	// follow in French's familiar imperative ("Abonne-toi à notre
	// compte"): our account, as "votre compte" is where the buyer tracks
	// a parcel ("vous pouvez le suivre depuis votre compte").
	l.add(cNewStuff, "koleksi raya", "koleksi hari raya", "koleksi lebaran", "koleksi ramadan", "koleksi ramadhan")
	l.add(cFollow, "abonne toi", "abonnez vous")
	l.add(cPromoTarget, "notre compte", "nos comptes")
	// Codes posted on a schedule: "posten wir jede Woche Rabattcodes".
	l.add(0, schedulePhrases...)
	l.add(0, endedPhrases...)
	// "新品と無料で交換させていただきます": the exchange, a word of its own.
	l.add(0, "交換", "交换")
	// holdout47–50: Spanish "follow us" said to "usted" ("Síganos en
	// Instagram"), a Malaysian payday sale ("Payday sale 25hb ni! … jangan
	// lupa add to cart sekarang"), Hinglish "next time" ("agli baar 100
	// rupay off").
	l.add(cFollow, "síganos", "sígannos", "síganme", "sígame")
	l.add(cSaleEvent, "payday sale", "payday sales", "add to cart sekarang", "add to cart skrg")
	l.add(cNext, "agli baar", "agli bar", "agle order", "agli order", "agli kharidari", "agli khareed")
}

// schedulePhrases say something comes again and again: codes posted
// "every week" are marketing.
var schedulePhrases = []string{"every week", "every month", "each week", "each month", "weekly", "monthly", "jede woche",
	"jeden monat", "wöchentlich", "monatlich", "regelmäßig", "chaque semaine", "chaque mois", "cada semana",
	"cada mes", "toda semana", "todo mes", "ogni settimana", "ogni mese", "setiap minggu", "setiap bulan",
	"mỗi tuần", "hàng tuần", "varje vecka", "elke week", "ทุกสัปดาห์", "每周", "每週", "毎週", "매주"}

var scheduleSet = foldSet(schedulePhrases...)

// firstOrderPhrases are a buyer's first purchase: a coupon offered for
// it is marketing ("채널 추가하시면 첫 구매 쿠폰도 드립니다"), the one used
// on the order is not ("사용하신 첫 구매 쿠폰은 이번 주문에 적용됐어요").
var firstOrderPhrases = []string{"first order", "first purchase", "첫 구매", "첫구매", "첫 주문", "首单", "首次购物",
	"primera compra", "primer pedido", "erste bestellung", "ersten bestellung", "première commande",
	"primeira compra", "primo ordine", "pembelian pertama", "primer compra", "première commande chez nous",
	"premier achat", "ilk siparişe", "ilk siparişinize", "ilk siparişinizde", "ilk siparişte", "ilk alışverişinize",
	"ilk alışverişe", "första beställning", "första köp", "eerste bestelling", "pierwsze zamówienie",
	"pierwszy zakup", "první nákup", "první objednávku", "đơn đầu tiên", "prima comandă"}

var firstOrderSet = foldSet(firstOrderPhrases...)

// codeForFirstOrder returns the offer of the code at i for a first
// purchase, or -1.
func (sc *scan) codeForFirstOrder(i, a, b int) int {
	for j := a; j < b; j++ {
		if firstOrderSet[sc.text(j)] {
			if o := sc.next(i, cOffer, 4); o >= 0 && !sc.negated(o) {
				return o
			}
		}
	}
	return -1
}

// favouritePhrases save the seller's shop for later: "add our shop to
// favourite", "ajoutez ma boutique eBay à vos favoris"; the shop comes
// before the phrase.
var favouritePhrases = []string{"to favourite", "to favourites", "to favorite", "to favorites", "to your favourites",
	"to your favorites", "à vos favoris", "a vos favoris", "aux favoris", "zu ihren favoriten", "zu den favoriten",
	"a tus favoritos", "aos favoritos", "ai preferiti"}

// followAfter are the "follow" verbs of languages that put them after the
// store they follow: "bültenimize abone olun", "brand store follow kar lo".
var followAfter = foldSet(append(append([]string{"follow kar lo", "follow karo", "follow karein", "follow kijiye",
	"follow kar lijiye"}, followAfterTurkish...), followAfterHindi...)...)

// followUsPhrases say "follow us" or "like us" in one word or idiom:
// "تابعونا", "give it a like".
var followUsPhrases = []string{"تابعونا", "تابعينا", "تابعنا", "give it a like", "give us a like", "give the page a like",
	"give my page a like", "give our page a like", "drop us a follow", "urmărește ne", "urmăriți ne", "volg ons", "följ oss", "sledujte nás",
	// Hebrew and Swahili: "עקבו אחרינו באינסטגרם", "tufuate Instagram".
	"עקבו אחרינו", "tufuate",
	// "add me to your saved sellers": eBay's follow.
	"saved sellers", "saved seller", "favourite sellers", "favorite sellers"}

var rangePhrases = []string{"more colours", "more colors", "more styles", "more designs", "more sizes", "more options",
	"more models", "more patterns", "more variants", "other colours", "other colors", "full collection",
	"whole collection", "entire collection", "full range", "whole range", "entire range", "all colours", "all colors",
	"all designs", "all the colours", "all the colors", "exclusive bundles", "more bundles",
	"更多款式", "更多颜色", "更多產品", "更多产品", "更多商品", "全部颜色", "全部顏色", "全部款式", "所有颜色", "更多款",
	"más colores", "más modelos", "más diseños", "otros colores", "toda la colección", "toda la gama",
	"mehr farben", "weitere farben", "weitere modelle", "mehr modelle", "ganze kollektion", "gesamte kollektion",
	"plus de couleurs", "plus de modèles", "autres couleurs", "toute la collection", "toute la gamme",
	"mais cores", "mais modelos", "outras cores", "toda a coleção", "più colori", "altri colori", "più modelli",
	"tutta la collezione", "tutta la gamma", "lebih banyak warna", "warna lain", "pilihan warna lain", "semua warna",
	"nhiều màu hơn", "nhiều mẫu hơn", "màu khác", "mẫu khác", "สีอื่นๆ", "สีอื่น", "สีเพิ่มเติม", "แบบอื่นๆ",
	"他のカラー", "他の色", "全カラー", "다른 색상", "더 많은 색상", "전체 컬렉션"}

var rangeSet = foldSet(rangePhrases...)

// The phrases as the text reads them, folded: "följ oss" is "folj oss".
var (
	favouriteSet = foldSet(favouritePhrases...)
	followUsSet  = foldSet(followUsPhrases...)
)

// promotesRange reports a "more colours on our website" at i: more of the
// range, with the seller's own site or a link in the sentence.
func (sc *scan) promotesRange(i int) int {
	if !rangeSet[sc.text(i)] || sc.negated(i) || !sc.platform.IsMarketplace() {
		return -1
	}
	a, b := sc.around(i, 15)
	// "I'm winding down my eBay store — the whole range is moving to
	// …": the range sold off the platform, offplatform.go's.
	if sc.foundIn(OffPlatformOrder, a, b) {
		return -1
	}
	// "Our full collection is cheaper on our website, order there", "our
	// full range is only on our own site" are sales taken off the
	// platform: offplatform.go's.
	if sc.first(a, b, cCheaper|cOrderVerb) >= 0 {
		return -1
	}
	// "you can order the whole range at brightnest.com.au too": the range
	// ordered there is a sale taken off the platform, and "our catalog on
	// wa.me/c/… for more colours" one ordered through a chat app.
	if sc.orderedRange(i) || sc.chatLinkIn(a, b) {
		return -1
	}
	for j := a; j < b; j++ {
		if sc.units[j].mask&cOwnSite != 0 && sc.ours(j) && !sc.negated(j) {
			if sc.reportedAs(OffPlatformOrder, j) {
				return -1
			}
			return j
		}
	}
	if sc.linkAfter(max(a, i-15)) {
		return i
	}
	return -1
}

// findPromotional reports marketing.
func (sc *scan) findPromotional() {
	const rule = "marketing in a buyer-seller message"
	sc.sentences(func(a, b int) {
		if c, n := sc.reviewReward(a, b); c >= 0 {
			sc.addUnits(Promotional, c, n, rule)
		}
		for i := a; i < b; i++ {
			u := sc.units[i]
			if u.mask == 0 {
				if k := sc.promotesRange(i); k >= 0 {
					sc.addUnits(Promotional, min(i, k), max(i, k), rule)
					continue
				}
			}
			if k := sc.saleUntil(i); k >= 0 {
				sc.addUnits(Promotional, i, k, rule)
				continue
			}
			if k := sc.ownListings(i); k >= 0 {
				sc.addUnits(Promotional, i, k, rule)
				continue
			}
			if k := sc.giftWithPurchase(i); k >= 0 {
				sc.addUnits(Promotional, i, k, rule)
				continue
			}
			if k := sc.offerMarketing(i); k >= 0 {
				sc.addUnits(Promotional, min(i, k), max(i, k), rule)
				continue
			}
			if k := sc.codeEntered(i, a, b); k >= 0 {
				sc.addUnits(Promotional, min(i, k), max(i, k), rule)
				continue
			}
			switch {
			case u.mask&(cSaleEvent|cNewStuff) != 0:
				if sc.notMarketing(i) {
					continue
				}
				// "free shipping on orders over $50" is a sale; "trade
				// pricing on orders over 50 boxes" is a quote; "Shop Pay
				// installments are available on orders over $50" is how the
				// checkout lets the buyer pay.
				if sc.is(i, "on orders over") && (!(i+1 < len(sc.units) && sc.units[i+1].mask&(cMoney|cCurrency) != 0) || sc.instalments(a, b)) {
					continue
				}
				// "You can see my other listings here: ebay.co.uk/str/…": the
				// seller's other listings on the platform itself, with nothing
				// on sale.
				if sc.ownListingsLink(i, a, b) {
					continue
				}
				// "so I don't miss it", "tap Notify me so you don't miss it":
				// a purpose, not "don't miss our sale"; "follow so u don't
				// miss it" asks for a follow all the same.
				if sc.is(i, "don't miss", "dont miss") && (i > 0 && sc.units[i-1].mask&(cWe|cYou|cUs) != 0 || sc.is(i-1, "so", "that")) &&
					(i > 0 && sc.units[i-1].mask&cWe != 0 || sc.first(a, b, cFollow) < 0) {
					continue
				}
				// A sale or coupon of the platform's own, explained: "the
				// LazFlash voucher is issued by Lazada itself and only
				// works during the flash sale".
				if sc.platformIssued(i) {
					continue
				}
				// A giveaway for a review is the review rule's business:
				// "drop a 5-star rating … and ur entered to win".
				if u.mask&cIncentive != 0 && sc.first(a, b, cReview) >= 0 {
					continue
				}
				// "almost sold out on TikTok, but I have 20 more at home:
				// send $25 on Cash App" is the pitch for a sale off the
				// platform: the order rule's business.
				if sc.is(i, scarcityPhrases...) && sc.foundKind(OffPlatformOrder) {
					continue
				}
				// "$4 cheaper on our site, and you get free shipping over
				// $25 there": a perk of the cheaper site is its pitch too.
				if sc.cheaperThere(a, b) {
					continue
				}
				// "the buy 1 take 1 promo applies to your order", "with the
				// 2-for-1 shipping": a discount on the order under way, a
				// way the postage is counted.
				if sc.appliedToOrder(i) || sc.shippingDeal(i) {
					continue
				}
				if !sc.negated(i) && !sc.pastEvent(i) {
					sc.addUnits(Promotional, i, i, rule)
				}
			case u.mask&cFollow != 0:
				// "follow us on Instagram", "subscribe to our newsletter",
				// not "follow up" or "follow our instructions".
				if sc.is(i+1, "up") || sc.negated(i) {
					continue
				}
				// "Folgen Sie gern meinem eBay-Shop": the German courtesy
				// words do not count towards the distance.
				// Nor do Tagalog's: "i-follow niyo po kami sa IG".
				end := sc.next(i, cPromoTarget|cSocial|cHandle, 4+2*b2i(sc.is(i+1, "sie", "du") && sc.is(i+2, "gern", "gerne"))+
					2*b2i(sc.is(i+1, "niyo", "nyo", "mo", "po")))
				// "Follow our TikTok shop", "folgen Sie unserem Amazon-Shop":
				// the seller's shop on the platform, named by the platform.
				if end < 0 {
					if p := sc.next(i, cPlatform, 3); p >= 0 && sc.units[p-1].mask&cSelf != 0 && !sc.inPlatformApp(p) {
						end = p
					}
				}
				if favouriteSet[sc.text(i)] {
					end = sc.prev(i, cPromoTarget|cSocial, 4) // the shop comes first
				}
				if followUsSet[sc.text(i)] {
					end = i
				}
				if end < 0 && (u.kind == uScript || followAfter[sc.text(i)]) {
					end = sc.prev(i, cPromoTarget|cSocial, 3+sc.postpositions(i)) // "ショップをフォロー", "채널 구독"
				}
				// "give us a follow for new styling ideas every week".
				if end < 0 && sc.is(i-1, "a") && sc.is(i-2, "us", "me") && sc.units[max(i-3, 0)].mask&cAsk != 0 {
					end = i
				}
				if end < 0 && sc.next(i, cUs, 1) >= 0 && sc.units[i].mask&cVia == 0 {
					end = i + 1 // "follow us", "síguenos"
				}
				if end < 0 && (sc.is(i, "síguenos", "siguenos", "suivez", "sigam", "subscribe", "abonnez", "inscreva", "se inscreve", "seguiteci")) && !sc.deliveries(i) {
					end = i
				}
				if end >= 0 && (sc.chatGroupJoin(i, end) || sc.inPlatformApp(end)) {
					continue
				}
				if end >= 0 {
					sc.addUnits(Promotional, i, end, rule)
				}
			case u.mask&cBrowse != 0:
				// "check out our new collection", "visit our store".
				t := sc.next(i, cPromoTarget|cNewStuff|cOwnSite|cSocial, 6)
				// "Take a look at our new banneton baskets": the seller's
				// new goods, whatever they are.
				if t < 0 {
					for j := i + 1; j < len(sc.units) && j-i <= 3 && sc.units[j].clause == u.clause; j++ {
						if sc.is(j, "new", "latest") && sc.units[j-1].mask&cSelf != 0 {
							t = j
							break
						}
					}
				}
				// "the extra photos are on my Google Drive: drive.google.com/…
				// - have a look": the look is at pictures of the item, help
				// like a how-to video (the link itself is links.go's).
				if t < 0 && browseBack[sc.text(i)] && sc.linkBefore(i) && !sc.negated(i) && !sc.itemPictures(a, b) {
					// "…exclusivos en cocinafacil-tienda.es, ¡échales un
					// vistazo!": the look is at the link before.
					sc.addUnits(Promotional, i, i, rule)
					continue
				}
				if t < 0 || sc.negated(i) {
					continue
				}
				// "please check out on our website so your payment is
				// protected" is the checkout, not a look around.
				if sc.is(i, "check out") && sc.is(i+1, "on", "through", "via", "using") && sc.first(a, b, cNewStuff) < 0 {
					continue
				}
				// "Weitere Produkte finden Sie günstiger auf unserer
				// Seite": cheaper elsewhere is the order rule's business.
				if sc.first(i, t+1, cCheaper) >= 0 && sc.foundIn(OffPlatformOrder, a, b) {
					continue
				}
				// "Besuchen Sie unseren Onlineshop … – dort gibt es das
				// gesamte Sortiment günstiger": the visit is the pitch of the
				// cheaper site, said after it.
				// With the site's address given ("Besuchen Sie unseren Onlineshop,
				// dort ist alles günstiger" names none, and stays marketing by
				// the labels).
				if sc.units[t].mask&cOwnSite != 0 && sc.linkAfter(t) && sc.cheaperThere(a, b) {
					continue
				}
				// "check our FB page 'Casa Linen PH' … lower prices there
				// than on Shopee" sends the buyer to buy elsewhere: the
				// order rule's business.
				if sc.units[t].mask&cSocial != 0 && sc.foundIn(OffPlatformOrder, a, b) || sc.pageMessaged(t) {
					continue
				}
				// "see our catalogue at wa.me/c/…": a chat app's catalogue,
				// where the order is placed, given right after.
				if t+1 < b && sc.chatLinkIn(t+1, min(t+4, b)) {
					continue
				}
				// "For the assembly video, have a look at our YouTube",
				// "Die Pflegeanleitung finden Sie in diesem Video: youtube…":
				// a video that shows how the item works is help, not
				// marketing (the link itself is links.go's).
				if sc.units[t].mask&cSocial != 0 && sc.howTo(a, b) {
					continue
				}
				// "check out our range", "visit our store"; "check out the
				// full range at shop.com" names whose range by its link.
				// "check out the new oak collection" is new stuff too.
				if sc.first(i+1, t, cSelf) < 0 && sc.units[t].mask&(cNewStuff|cSocial) == 0 && !sc.newBefore(t) &&
					!(sc.is(t, "range", "collection", "products", "items", "catalog", "catalogue", "selection", "store", "shop", "deals", "offers", "listings", "brand") &&
						sc.linkAfter(t)) {
					continue
				}
				sc.addUnits(Promotional, i, t, rule)
			case u.mask&cSaleWord != 0:
				// "Sale: 20% off everything", "our sale ends Sunday"; not
				// "every sale here costs us nearly 20%". Nor deals on a
				// cheaper site ("Bundle deals are on my website now … 10%
				// cheaper than eBay"), or the Spanish "sale" (comes out: "allí
				// sale un 10% más barato"): the order rule's business.
				if sc.negated(i) || sc.pastEvent(i) || sc.is(i-1, "every", "each", "per") || sc.cheaperThere(a, b) {
					continue
				}
				wa, wb := sc.around(i, 12)
				for j := wa; j < wb; j++ {
					// "a big sale", not "for big quantity please contact
					// our sales".
					if j != i && sc.units[j].clause == u.clause && (sc.units[j].mask&(cPercent|cOff) != 0 ||
						sc.is(j, "now", "today", "tomorrow", "tonight", "weekend", "everything", "storewide", "sitewide", "ends", "starts") ||
						// "we've got a private stock sale going": one running
						// now; not "the sale going through".
						j == i+1 && sc.is(j, "going") && !sc.is(j+1, "through", "to", "ahead") ||
						j == i-1 && sc.is(j, "huge", "big", "massive")) {
						sc.addUnits(Promotional, min(i, j), max(i, j), rule)
						break
					}
				}
			case sc.promoCode(i):
				// "use code SAVE20" needs nothing more.
				if !sc.negated(i) {
					sc.addUnits(Promotional, i-1, i+1, rule)
				}
			case u.mask&cCode != 0:
				// A code or coupon for later: "use code SAVE20 for 20% off
				// your next order", "15% coupon for your next purchase".
				if sc.negated(i) || sc.platformIssued(i) || sc.appliedToOrder(i) {
					continue
				}
				wa, wb := sc.around(i, 15)
				if sc.first(wa, wb, cReview) >= 0 && (sc.first(wa, wb, cNext) < 0 || sc.first(wa, wb, cCondition|cExchange|cStars|cPositive) >= 0) || sc.pastEvent(i) {
					continue // a coupon for a review is the review rule's business
				}
				// A code for later, or one handed out with a discount; not
				// "the 10% coupon you used was applied".
				k := sc.first(wa, wb, cNext|cSaleEvent)
				if k < 0 {
					k = sc.codeForFirstOrder(i, wa, wb)
				}
				if k < 0 && (i+1 < len(sc.units) && looksLikeCode(sc.f.src[sc.f.from[sc.units[i+1].s]:sc.f.to[sc.units[i+1].e-1]]) ||
					i+2 < len(sc.units) && looksLikeCode(sc.f.src[sc.f.from[sc.units[i+2].s]:sc.f.to[sc.units[i+2].e-1]])) {
					k = sc.first(wa, wb, cPercent|cOff)
				}
				if k < 0 {
					k = sc.scheduled(wa, wb)
				}
				if k >= 0 && k != i {
					sc.addUnits(Promotional, min(i, k), max(i, k), rule)
				}
			case u.mask&cPercent != 0 && sc.is(i+1, "off") && sc.is(i+2, "everything", "all", "storewide", "sitewide", "any", "anything", "every", "the", "entire"):
				// "50% off everything", "30% off all mugs".
				// "a proforma invoice for payment by bank transfer, with 18%
				// off the listed price": the price of a sale taken off the
				// platform, the order rule's business.
				if sc.reportedAs(OffPlatformOrder, i) {
					continue
				}
				if !sc.negated(i) && !sc.is(i+3, "order", "item", "purchase") {
					sc.addUnits(Promotional, i, i+2, rule)
				}
			case u.mask&cNext != 0:
				// "10% off your next order", "a discount on your next purchase";
				// "bei Ihrer nächsten Bestellung 15 % sparen".
				// Not a saving for buying elsewhere ("order from our website
				// next time and save 15%"), for paying off the platform ("to
				// save the eBay fees on the next one, send the money by bank
				// transfer") or for a review: those are the order, payment
				// and review rules' business.
				wa, wb := sc.around(i, 10)
				elsewhere := sc.first(wa, wb, cRefund|cReview|cStars|cOwnSite|cMarket|cOffChannel|cPayOff|cPayInstr) >= 0 ||
					// "agle order pe 25% off chahiye toh … DM karo": the next
					// order is the one the order rule read as taken off the
					// platform.
					sc.reportedAs(OffPlatformOrder, i)
				if k := sc.prev(i, cOff|cPercent, 6); k >= 0 && !sc.negated(k) && sc.units[k].mask&cRefund == 0 && sc.prev(k, cRefund, 3) < 0 && !(elsewhere && sc.feesSaved(k)) &&
					!sc.offIdiom(k) && !sc.feeTaken(k) {
					sc.addUnits(Promotional, k, i, rule)
				} else if k := sc.next(i, cOff|cPercent, 4); k >= 0 && !sc.negated(k) && sc.units[k].mask&cRefund == 0 && !elsewhere && !sc.offIdiom(k) {
					sc.addUnits(Promotional, i, k, rule)
				} else if k := sc.discountGiven(i); k >= 0 && !elsewhere && !sc.feesSavedIn(sc.around(k, 20)) {
					// Further on, the discount the seller gives for it: "for
					// next order pls message our FB page, we give 15% discount
					// there". Not one for dodging the fees ("knock 10% off if
					// we skip the eBay fees"): the order rule's business.
					sc.addUnits(Promotional, i, k, rule)
				}
			}
		}
	})
}

// giftWords are the words for a freebie, and giftExcluded the free things
// that are service, not an incentive to buy: a replacement, a return.
var (
	giftWords    = []string{"free", "gratis", "kostenlos", "gratuit", "gratuito", "percuma", "ฟรี", "免费"}
	giftExcluded = []string{"shipping", "delivery", "return", "returns", "replacement", "exchange", "repair", "of", "postage",
		"pickup", "label", "cancellation", "ongkir", "envio", "versand", "livraison", "spedizione", "frete"}
	// condWords open a condition: "if you buy", "pag bumili", "kalau beli".
	condWords = []string{"if", "when", "pag", "kapag", "kung", "kalau", "jika", "bila", "neu", "khi", "si", "wenn", "se"}
)

// giftWithPurchase reports a freebie offered for buying: "free mousepad
// if you buy there", "may free mousepad pa po pag bumili kayo doon", "a
// free tote when you order two". A free replacement or free return
// shipping is service and is not reported. The end of the finding, or -1.
func (sc *scan) giftWithPurchase(i int) int {
	if !sc.is(i, giftWords...) || sc.negated(i) || sc.is(i+1, giftExcluded...) || sc.pastEvent(i) {
		return -1
	}
	for j := i + 2; j < len(sc.units) && j-i <= 7 && sc.units[j].sent == sc.units[i].sent; j++ {
		if sc.is(j, giftExcluded...) {
			return -1
		}
		if !sc.is(j, condWords...) {
			continue
		}
		for k := j + 1; k < len(sc.units) && k-j <= 3 && sc.units[k].clause == sc.units[j].clause; k++ {
			if sc.units[k].mask&cOrderVerb != 0 || sc.is(k, "order") {
				return k
			}
		}
	}
	return -1
}

// scarcityPhrases are the sale events that only say stock is short.
var scarcityPhrases = []string{"almost sold out", "limited stock", "selling fast", "before it's gone", "before they're gone"}

// issueWords say who issued a coupon or runs a sale, and ownWords that
// it is the platform itself: "dikeluarkan oleh Lazada sendiri", "issued
// by Shopee", "funded by Amazon".
var (
	issueWords = foldSet("issued", "dikeluarkan", "provided", "funded", "run", "ausgegeben", "emis", "emitido",
		"emitida", "diberikan", "disediakan", "phat hanh", "set")
	agentWords = foldSet("by", "oleh", "von", "par", "por", "boi", "bởi")
	ownWords   = foldSet("sendiri", "itself", "selbst", "itself's")
)

// platformIssued reports the sale or coupon at i as the platform's own,
// in its sentence: the platform named as the one that issued it. A
// seller announcing "our sale on Shopee" names no issuer.
func (sc *scan) platformIssued(i int) bool {
	a, b := sc.around(i, 15)
	if sc.platformVoucher(i, a, b) {
		return true
	}
	for j := a; j < b; j++ {
		if sc.units[j].mask&cPlatform == 0 {
			continue
		}
		if ownWords[sc.text(j+1)] || agentWords[sc.text(j-1)] && issueWords[sc.text(j-2)] {
			return true
		}
	}
	return false
}

// thisOrderWords point at the order under way: "this order", "pesanan
// ini".
var thisOrderWords = setOf("this", "current", "este", "esta", "diese", "dieser", "diesen", "cette", "ce", "questo",
	"questa")

// platformVoucher reports a voucher of the platform's own, named by the
// platform beside it, spent on the order under way, in the sentence of i
// within [a, b): "The SHOPEE10 voucher on the Shopee homepage can be
// applied to this order at checkout, it's valid until midnight tonight".
// Its end date is the platform's, and a discount on this order is
// service. A seller's own voucher ("our Shopee voucher", "my shop
// voucher") or one for a later order is not.
func (sc *scan) platformVoucher(i, a, b int) bool {
	sent := sc.units[i].sent
	code, this := false, false
	for j := a; j < b; j++ {
		if sc.units[j].sent != sent {
			continue
		}
		if sc.units[j].mask&cNext != 0 || sc.is(j, "shop", "store", "kedai", "toko", "tienda", "loja") {
			return false
		}
		if sc.units[j].mask&cOrderRef != 0 && (thisOrderWords[sc.text(j-1)] || sc.is(j+1, "ini", "nay")) {
			this = true
		}
		if sc.units[j].mask&cCode == 0 {
			continue
		}
		for k := max(j-4, a); k < b && k <= j+4; k++ {
			if sc.units[k].mask&cPlatform != 0 && sc.units[k].sent == sent && sc.prev(k, cSelf, 2) < 0 {
				code = true
			}
		}
	}
	return code && this
}

// feeTaken reports the percentage at k as what the platform takes:
// "Amazon takes 15% from us", "every sale here costs us nearly 20%".
func (sc *scan) feeTaken(k int) bool {
	return sc.units[k].mask&cPercent != 0 && (sc.is(k-1, "takes", "take", "took", "charges", "charge", "keeps", "costs", "cost") ||
		sc.is(k-2, "takes", "take", "charges", "charge", "keeps", "costs", "cost") && sc.is(k-1, "us", "me", "nearly", "about", "almost", "around", "over"))
}

// offIdiom reports an "off" at k that is no discount: "something's off
// with a pan", "we're moving off TikTok".
func (sc *scan) offIdiom(k int) bool {
	if !sc.is(k, "off") {
		return false
	}
	return k+1 < len(sc.units) && sc.units[k+1].mask&cPlatform != 0 ||
		sc.is(k-1, "something's", "anything's", "everything's", "somethings", "something", "anything", "is", "was",
			"seems", "looks", "feels", "went", "moving", "move", "moved", "get", "getting", "turn", "turned", "switch",
			"switched", "sounds")
}

// enterWords enter a code, written after it: "einfach AMZ10 eingeben",
// "vul KORTING10 in".
var enterWords = foldSet("eingeben", "einlösen", "angeben", "invoeren", "ingeven", "inserire", "入力", "입력")

// codeEntered reports at i a code as sellers write them (SAVE20),
// entered by the verb right after it, and a discount in its sentence
// [a, b): "das Set mit 10 % Rabatt – einfach AMZ10 eingeben". It returns
// the discount, or -1.
func (sc *scan) codeEntered(i, a, b int) int {
	if sc.units[i].mask != 0 || sc.units[i].kind != uWord || !enterWords[sc.text(i+1)] || sc.units[i+1].sent != sc.units[i].sent ||
		!looksLikeCode(sc.f.src[sc.f.from[sc.units[i].s]:sc.f.to[sc.units[i].e-1]]) || sc.negated(i+1) {
		return -1
	}
	k := sc.first(a, b, cPercent|cOff)
	if k < 0 || sc.negated(k) || sc.units[k].mask&cRefund != 0 {
		return -1
	}
	return k
}

// discountGiven returns a percentage off that the seller gives, further
// on in the sentence of the later order at i ("we give 15% discount"), or
// -1.
func (sc *scan) discountGiven(i int) int {
	for k := i + 1; k < len(sc.units) && k-i <= 12 && sc.units[k].sent == sc.units[i].sent; k++ {
		if sc.units[k].mask&cPercent == 0 || !sc.is(k+1, "discount", "off", "diskaun", "diskon", "rabatt", "descuento", "sconto") {
			continue
		}
		if g := sc.prev(k, cOffer, 2); g >= 0 && sc.units[g].clause == sc.units[k].clause && !sc.negated(k) && !sc.negated(g) {
			return k + 1
		}
		return -1
	}
	return -1
}

// cheaperThere reports a lower price in the sentence [a, b) that the
// order rule has read as a sale taken off the platform: "about 10%
// cheaper than eBay on my website", "same products, 30% cheaper, no
// Amazon fees". Its deals and its launch are that sale's pitch, reported
// as off_platform_order, not marketing.
func (sc *scan) cheaperThere(a, b int) bool {
	return sc.first(a, b, cCheaper) >= 0 && sc.foundIn(OffPlatformOrder, a, b)
}

// foundKind reports whether a finding of kind k has been made.
func (sc *scan) foundKind(k Kind) bool {
	for _, f := range sc.found {
		if f.kind == k {
			return true
		}
	}
	return false
}

// deliveries reports a subscription at i to deliveries, not to a
// channel: "subscribe to monthly deliveries", "subscribe to refills".
func (sc *scan) deliveries(i int) bool {
	for j := i + 1; j < len(sc.units) && j-i <= 4 && sc.units[j].clause == sc.units[i].clause; j++ {
		if sc.is(j, "delivery", "deliveries", "refill", "refills", "shipments", "box", "boxes", "plan") {
			return true
		}
	}
	return false
}

// browseBack are the invitations to look that point back at what was just
// named: "check them out", "échales un vistazo".
var browseBack = func() map[string]bool {
	m := map[string]bool{}
	var f folded
	for _, w := range []string{"check them out", "check it out", "take a look", "have a look", "échales un vistazo",
		"échale un vistazo", "dale un vistazo", "dai un'occhiata", "jetez-y un œil", "schau sie dir an",
		"schauen sie sie sich an", "dá uma olhada", "dê uma olhada", "confira", "schauen sie gern mal vorbei",
		"schauen sie gerne mal vorbei", "schauen sie mal vorbei", "schauen sie gern vorbei", "schauen sie gerne vorbei",
		"schauen sie vorbei", "schau gern mal vorbei", "schau mal vorbei", "vorbeischauen", "passez nous voir",
		"date una vuelta", "pásate"} {
		f.reset(w)
		m[string(f.b)] = true
	}
	return m
}()

// untilWords put an end date on an offer, and endDays are what they are
// followed by when it is one: "30% de desconto … até domingo", "20% off
// until Sunday", "-15 % bis Freitag".
var untilWords = setOf("until", "till", "through", "thru", "ends", "ate", "hasta", "bis", "jusqu'a", "jusqu'au",
	"fino a", "sampai", "hingga", "den", "tot", "do", "hanggang")

// fromWords put a start date on an offer: "ab Montag", "from Friday".
var fromWords = setOf("ab", "from", "starting", "desde", "des", "a partir de", "dal", "dari", "mulai", "vanaf")

var endDays = setOf("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "midnight",
	"tonight", "tomorrow", "domingo", "lunes", "martes", "miercoles", "jueves", "viernes", "sabado", "segunda",
	"terca", "quarta", "quinta", "sexta", "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag",
	"sonntag", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "domenica", "lunedi",
	"venerdi", "sabato", "minggu", "senin", "jumat", "sabtu", "zondag", "vrijdag", "zaterdag", "niedzieli",
	"piatku", "soboty")

// saleUntil reports a discount with an end date at i, a percentage: "30%
// de desconto na nossa loja até domingo". A refund has no end date. The
// end of the finding, or -1.
func (sc *scan) saleUntil(i int) int {
	if sc.units[i].mask&cPercent == 0 || sc.negated(i) {
		return -1
	}
	off, cheaper := false, false
	a, b := sc.around(i, 12)
	for j := a; j < b; j++ {
		if sc.units[j].mask&cRefund != 0 {
			return -1
		}
		off = off || j > i && j-i <= 3 && sc.units[j].mask&cOff != 0
		// "die komplette Serie 25 % günstiger" from a date: cheaper on the
		// platform, when no sale off it was found.
		cheaper = cheaper || j == i+1 && sc.units[j].mask&cCheaper != 0
	}
	if cheaper && !off && !sc.foundIn(OffPlatformOrder, a, b) {
		for j := a; j < b; j++ {
			if sc.units[j].sent == sc.units[i].sent && fromWords[sc.text(j)] && endDays[sc.text(j+1)] {
				return max(i, j+1)
			}
		}
		return -1
	}
	if !off {
		return -1
	}
	// "both currently 15% off in our storefront": a discount running now.
	if sc.is(i-1, "currently", "now", "momentan", "actuellement", "actualmente", "attualmente", "sekarang", "hiện đang") ||
		sc.is(i-2, "right") && sc.is(i-1, "now") {
		return i + 1
	}
	// "it's 15% off this week in our storefront": a week, a weekend, a
	// month of it.
	for j := i + 1; j < b && j-i <= 6 && sc.units[j].clause == sc.units[i].clause; j++ {
		if sc.is(j, "this", "next") && sc.is(j+1, "week", "weekend", "month") {
			return j + 1
		}
		// "30% off for the first week" of a launch.
		if sc.is(j, "first") && sc.is(j+1, "week", "weekend", "month") {
			return j + 1
		}
	}
	// "20% off this order" is customer service, whatever its date.
	if sc.is(i+2, "this", "your") || sc.is(i+3, "this", "your") {
		return -1
	}
	// A start date too: "ab Montag ist die Kollektion um 20 % reduziert".
	for j := a; j < b; j++ {
		if sc.units[j].sent == sc.units[i].sent && fromWords[sc.text(j)] && endDays[sc.text(j+1)] {
			return max(i, j+1)
		}
	}
	for j := i + 1; j < b && sc.units[j].clause == sc.units[i].clause; j++ {
		if untilWords[sc.text(j)] && (endDays[sc.text(j+1)] || j+1 < b && sc.units[j+1].kind == uNumber && strings.ContainsAny(sc.text(j+1), "/.")) {
			return j + 1
		}
	}
	return -1
}

// ownListings reports the seller pointing at more of their listings on
// the platform: "I've got a few listed in my eBay shop", "more listed in
// our store"; not "the item is listed in my shop as used". The end of the
// finding, or -1.
func (sc *scan) ownListings(i int) int {
	if !sc.is(i, "listed") || sc.negated(i) || !sc.platform.IsMarketplace() ||
		!sc.is(i-1, "few", "more", "others", "several", "plenty", "lots", "loads", "bunch") && !sc.is(i-2, "few", "more", "other", "several", "plenty", "lots", "loads") {
		return -1
	}
	for j := i + 1; j < len(sc.units) && j-i <= 5 && sc.units[j].clause == sc.units[i].clause; j++ {
		if sc.is(j, "shop", "store", "storefront", "other listings", "listings") && sc.prev(j, cSelf, 3) > i {
			return j
		}
	}
	return -1
}

// linkBefore reports an external link reported before unit i in its
// sentence.
func (sc *scan) linkBefore(i int) bool {
	to := int(sc.f.from[sc.units[i].s])
	from := 0
	for j := i - 1; j >= 0; j-- {
		if sc.units[j].sent != sc.units[i].sent {
			from = int(sc.f.to[sc.units[j].e-1])
			break
		}
	}
	for _, f := range sc.found {
		if f.kind == ExternalLink && f.s >= from && f.s < to {
			return true
		}
	}
	return false
}

// feesSaved reports whether the saving at k is of fees: "save the eBay
// fees", "avoid the commission".
func (sc *scan) feesSaved(k int) bool {
	for j := k + 1; j < len(sc.units) && j-k <= 3; j++ {
		if sc.is(j, "fee", "fees", "commission", "commissions", "charges", "gebuhren", "frais", "comisiones", "comissao", "commissioni", "手续费", "佣金") {
			return true
		}
	}
	return false
}

// pastEvent reports whether the sale at i is talked about as over or as
// the reason for a price the buyer already paid: "the Black Friday price
// was set by Amazon", "the 11.11 price was applied automatically".
func (sc *scan) pastEvent(i int) bool {
	a, b := sc.around(i, 10)
	for j := a; j < b; j++ {
		if sc.units[j].clause == sc.units[i].clause && (sc.is(j, "was", "were", "ended", "expired", "had", "is over",
			"paid", "bought", "purchased", "applied", "during", "fue", "war", "etait", "foi", "sudah", "已经", "已",
			"我们已", "我已", "期间", "高峰", "补发", "爆仓", "peak", "backlog") ||
			// "đã" marks the verb right after it: "Cảm ơn chị đã mua hàng
			// ạ 💗 Tối nay shop có livestream" thanks for a purchase made,
			// and announces a stream to come.
			(j-i <= 5 && i-j <= 5) && sc.written(j, "đã", "Đã", "já", "Já", "già")) {
			return true
		}
	}
	// "…クーポンはAmazonのタイムセール祭り期間限定のもので、現在は終了
	// しております": over, said at the end of the sentence.
	a, b = sc.around(i, 16)
	for j := a; j < b; j++ {
		if sc.units[j].sent == sc.units[i].sent && endedSet[sc.text(j)] {
			return true
		}
	}
	return false
}

// endedPhrases say a sale or coupon has ended, in the languages that say
// it after a comma: "現在は終了しております", "活动已结束", "종료되었습니다".
var endedPhrases = []string{"終了", "終了しました", "終了しております", "終了いたしました", "已结束", "结束了", "已經結束",
	"종료", "종료되었", "종료됐", "หมดเขต", "หมดเขตแล้ว", "đã kết thúc", "sudah berakhir", "telah berakhir", "sudah tamat"}

var endedSet = foldSet(endedPhrases...)

// scheduled returns a schedule in [a, b): "every week", "jede Woche";
// -1 if none.
func (sc *scan) scheduled(a, b int) int {
	for j := a; j < b; j++ {
		if scheduleSet[sc.text(j)] {
			return j
		}
	}
	return -1
}

// promoCode reports "code" followed by a promo code as sellers write
// them, in capitals with digits: "use code SAVE20". Tracking, return and
// QR codes are not followed by such a word after "use".
func (sc *scan) promoCode(i int) bool {
	if !sc.is(i, "code", "kode", "codigo", "ma", "codice") || i+1 >= len(sc.units) || sc.units[i+1].sent != sc.units[i].sent {
		return false
	}
	// "here's code SCOOT20 for your next purchase", "voici le code
	// MERCI15, valable sur votre prochaine commande", "profitez du code
	// RETOUR10": a code handed over is one for later when the sentence
	// says so.
	if sc.is(i-1, "here's", "heres", "here", "voici", "le", "du", "el", "il", "o", "den", "der", "your", "ihr", "votre", "tu", "seu") &&
		looksLikeCode(sc.f.src[sc.f.from[sc.units[i+1].s]:sc.f.to[sc.units[i+1].e-1]]) {
		a, b := sc.around(i, 12)
		if sc.first(a, b, cNext) >= 0 && sc.first(a, b, cRefund|cReview|cStars) < 0 {
			return true
		}
	}
	if !sc.is(i-1, "use", "using", "with", "usa", "use the", "enter", "apply", "gunakan", "pakai", "nhap", "utilisez",
		"verwenden", "mit", "avec", "com", "con", "col", "usando", "usi", "inserisci", "gamitin", "ilagay") &&
		!(sc.is(i-1, "dem", "le", "il", "el", "o", "den", "ang", "the", "this", "our") && sc.is(i-2, "mit", "avec", "con", "com", "den", "gamitin", "use",
			"utilisez", "utiliser", "usa", "usar", "utilice", "verwenden", "usate", "use", "enter", "apply", "gunakan")) &&
		!(sc.is(i-1, "ang") && sc.is(sc.skipParticles(i-2), "gamitin", "ilagay")) {
		return false
	}
	n := sc.units[i+1]
	return looksLikeCode(sc.f.src[sc.f.from[n.s]:sc.f.to[n.e-1]])
}

// newBefore reports "new" or "latest" one or two words before the
// range at t: "the new oak collection", "our latest range".
func (sc *scan) newBefore(t int) bool {
	return sc.is(t-1, "new", "latest") || sc.is(t-2, "new", "latest") && sc.units[t-2].clause == sc.units[t].clause
}

// skipParticles returns the first unit at or before j that is not a
// Tagalog particle or pronoun: "Gamitin niyo po ang code SUKI50" uses the
// code all the same.
func (sc *scan) skipParticles(j int) int {
	for n := 0; n < 3 && sc.is(j, "po", "niyo", "nyo", "ninyo", "mo", "lang", "na", "nalang"); n++ {
		j--
	}
	return j
}

// looksLikeCode reports whether a word as written reads as a promo code:
// capitals, maybe digits, no lower case (SAVE20, WELCOME10).
func looksLikeCode(src string) bool {
	upper := 0
	for _, r := range src {
		// "OTOÑO20", "ÉTÉ15": capitals with accents too.
		if r >= 'A' && r <= 'Z' || r >= utf8.RuneSelf && unicode.IsUpper(r) && unicode.Is(unicode.Latin, r) {
			upper++
		} else if r >= 'a' && r <= 'z' || r >= utf8.RuneSelf {
			return false
		}
	}
	// Tracking and pick-up codes run longer: "el código PQ4F6B0412345670108001X".
	return upper >= 2 && len(src) >= 4 && len(src) <= 16
}

// linkAfter reports an external link reported after unit i in its
// sentence.
func (sc *scan) linkAfter(i int) bool {
	from := int(sc.f.from[sc.units[i].s])
	end := len(sc.f.src)
	for j := i + 1; j < len(sc.units); j++ {
		if sc.units[j].sent != sc.units[i].sent {
			end = int(sc.f.from[sc.units[j].s])
			break
		}
	}
	for _, f := range sc.found {
		if f.kind == ExternalLink && f.s > from && f.s < end {
			return true
		}
	}
	return false
}

// chatGroupJoin reports "join group Telegram kami: t . me / shop, admin
// aktif 24 jam": a chat group joined to ask the seller, with nothing on
// sale in the sentence, is a contact channel (contact.go), not marketing.
// "Join our WhatsApp group for coupons and new drops" is marketing.
func (sc *scan) chatGroupJoin(i, end int) bool {
	// "歡迎加入我們的 LINE 官方帳號 @wenshop 詢問": an app's account joined
	// to ask is the same.
	if !sc.is(i, "join", "加入") || !sc.is(end, "group", "chat") && sc.units[end].mask&cID == 0 ||
		sc.next(end, cApp|cAppWeak, 2) < 0 && sc.prev(end, cApp|cAppWeak, 2) < 0 {
		return false
	}
	a, b := sc.around(i, 20)
	for j := a; j < b; j++ {
		if sc.units[j].sent == sc.units[i].sent && (sc.units[j].mask&(cSaleEvent|cNewStuff|cOff|cCode|cPercent|cNext|cSaleWord|cIncentive) != 0 ||
			sc.is(j, "vip", "deals", "offers", "promo", "promos", "exclusive", "updates", "restock", "restocks")) {
			return false
		}
	}
	return true
}

// howToWords name a video or guide that shows how an item is used, set up
// or cared for.
var howToWords = foldSet("assembly", "setup", "set up", "installation", "install", "tutorial", "tutorials", "guide",
	"instructions", "how to", "step", "steps", "demo", "care", "anleitung", "pflegeanleitung", "aufbauanleitung",
	"montageanleitung", "montage", "tutoriel", "notice", "instrucciones", "montaje", "instruções", "montagem",
	"istruzioni", "montaggio", "cara pasang", "cara pakai", "panduan", "hướng dẫn", "cách lắp", "教程", "安装", "使用方法",
	"วิธีใช้", "วิธีติดตั้ง", "使い方", "組み立て")

// howTo reports a sentence [a, b) about a video or guide on how the item
// is used, and nothing of marketing: no follow, new stuff, sale or code.
func (sc *scan) howTo(a, b int) bool {
	how := false
	for j := a; j < b; j++ {
		if sc.units[j].mask&(cFollow|cSaleEvent|cCode|cOff|cNext|cCheaper) != 0 && !sc.is(j, "listings") {
			return false
		}
		how = how || howToWords[sc.text(j)]
	}
	return how
}

// pictureWords name photos or a video of an item.
var pictureWords = foldSet("photo", "photos", "picture", "pictures", "pics", "images", "video", "videos", "fotos",
	"foto", "bilder", "fotografie", "gambar", "ảnh", "hình", "hình ảnh", "照片", "图片", "圖片", "รูป", "รูปภาพ", "写真", "사진")

// itemPictures reports a sentence [a, b) about photos or a video, with
// nothing of marketing in it: no follow, new stuff, sale, code or
// cheaper price.
func (sc *scan) itemPictures(a, b int) bool {
	pics := false
	for j := a; j < b; j++ {
		if sc.units[j].mask&(cFollow|cSaleEvent|cSaleWord|cNewStuff|cCode|cOff|cNext|cCheaper|cPercent) != 0 {
			return false
		}
		pics = pics || pictureWords[sc.text(j)]
	}
	return pics
}

// instalmentWords split the price at the checkout: "Shop Pay
// installments", Klarna, "pay in 4".
var instalmentWords = foldSet("installments", "installment", "instalments", "instalment", "pay in 4", "pay in four",
	"pay later", "klarna", "afterpay", "clearpay", "affirm", "spaylater", "paylater",
	"financing", "cuotas", "meses sin intereses", "parcelamento", "parcelas", "parcelado", "ratenzahlung", "raten",
	"paiement en plusieurs fois", "rate", "cicilan", "trả góp", "分期", "ผ่อน")

// instalments reports paying in instalments named in sentence [a, b).
func (sc *scan) instalments(a, b int) bool {
	for j := a; j < b; j++ {
		if instalmentWords[sc.text(j)] {
			return true
		}
	}
	return false
}

// ownListingsLink reports the seller's other listings at i pointed to on
// the platform itself, in a sentence with nothing on sale: "You can see
// my other listings here: https://www.ebay.co.uk/str/retrospareparts".
func (sc *scan) ownListingsLink(i, a, b int) bool {
	if !sc.platform.IsMarketplace() || !sc.is(i, "other listings", "other items", "my other items", "my other listings") {
		return false
	}
	// The link may close the sentence after what the listing is for: "see
	// my other listings here if you need the matching gasket: https://www
	// .ebay.co.uk/str/…".
	own := false
	for j := a; j < b; j++ {
		if sc.units[j].mask&(cSaleEvent|cCode|cOff|cPercent|cCheaper|cFollow) != 0 && j != i {
			return false
		}
		own = own || j > i && sc.ownPlatform(j) && int(sc.units[j].e) < len(sc.t) && sc.t[sc.units[j].e] == '.'
	}
	return own
}

// postpositions counts the Hindi postpositions and the platform's name
// between a "follow" said after the page and the page: "Humare store ko
// Amazon pe follow kar lijiye".
func (sc *scan) postpositions(i int) int {
	n := 0
	for j := i - 1; j >= 0 && i-j <= 5 && sc.units[j].clause == sc.units[i].clause; j-- {
		if sc.is(j, "ko", "pe", "par", "per") || sc.units[j].mask&cPlatform != 0 && sc.is(j+1, "pe", "par", "per") {
			n++
		}
	}
	return min(n, 3)
}

// appliesWords apply a discount: "the promo applies to your order".
var appliesWords = foldSet("applies", "applied", "apply", "is applied", "has been applied", "aplica", "se aplica",
	"berlaku", "gilt", "s'applique")

// appliedToOrder reports the sale or promo at i applied to the buyer's
// order under way, said in its clause: "yung buy 1 take 1 promo applies
// na po sa order niyo", "the BOGO promo applies to your order at
// checkout". A discount on the order being discussed is service; "the
// promo applies to all orders this weekend" is not the buyer's order.
func (sc *scan) appliedToOrder(i int) bool {
	for j := i + 1; j < len(sc.units) && j-i <= 3 && sc.units[j].clause == sc.units[i].clause; j++ {
		if !appliesWords[sc.text(j)] {
			continue
		}
		for k := j + 1; k < len(sc.units) && k-j <= 5 && sc.units[k].clause == sc.units[i].clause; k++ {
			if sc.is(k, "order", "orders", "pedido", "pesanan", "bestellung", "commande") &&
				(sc.units[k-1].mask&cYou != 0 || sc.is(k-1, "this") || k+1 < len(sc.units) && sc.units[k+1].mask&cYou != 0 && sc.units[k+1].clause == sc.units[k].clause) {
				return true
			}
		}
	}
	return false
}

// shippingDeal reports a "two for one" at i that counts the postage:
// "with the 2-for-1 shipping", two items sent for the price of one
// parcel, not goods on sale.
func (sc *scan) shippingDeal(i int) bool {
	return sc.is(i, "2 for 1", "two for one", "2-for-1", "two-for-one") && sc.is(i+1, "shipping", "postage", "delivery")
}

// orderedRange reports the range at i as what the buyer may order, with
// an order verb just before it: "you can order the whole range at …".
func (sc *scan) orderedRange(i int) bool {
	for j := i - 1; j >= 0 && i-j <= 3 && sc.units[j].clause == sc.units[i].clause; j-- {
		if sc.is(j, "order", "buy", "purchase") && sc.prev(j, cYou|cOffer, 3) >= 0 {
			return true
		}
	}
	return false
}

// chatLinkIn reports a link to a chat app reported in the sentence [a,
// b) (links.go's rule): a catalogue shown there is where the order is
// placed.
func (sc *scan) chatLinkIn(a, b int) bool {
	from, to := int(sc.f.from[sc.units[a].s]), int(sc.f.to[sc.units[b-1].e-1])
	for _, f := range sc.found {
		if f.kind == ContactInfo && f.s >= from && f.s < to && f.rule == ruleChatLink {
			return true
		}
	}
	return false
}
