package compliance

import "strings"

// tlds are the top-level domains a bare "word.tld" must end in to count as
// a link. Without a scheme or "www." almost any "a.b" could be a typo for a
// missing space, so only real, commonly used TLDs count, and of those the
// ones that are also everyday words or abbreviations ("it", "me", "no")
// need more evidence; see ambiguousTLD.
var tlds = setOf(
	// generic
	"com", "net", "org", "info", "biz", "io", "co", "shop", "store", "online", "site", "xyz", "top", "vip",
	"club", "app", "dev", "page", "link", "live", "tech", "website", "world", "life", "fun", "blog", "cloud",
	"email", "pro", "asia", "ltd", "art", "design", "fashion", "beauty", "boutique", "market", "deals", "sale",
	"buzz", "icu", "studio", "cc", "tv", "ly", "gl", "gg", "me", "to", "ai", "so", "in", "it", "us", "is", "at", "be",
	"do", "no", "my", "id", "am", "la", "fm", "im", "ms", "mobi", "name", "gov", "edu", "int",
	// country
	"uk", "de", "fr", "es", "nl", "pl", "se", "dk", "fi", "ch", "cz", "pt", "br", "mx", "ar", "cl", "pe",
	"cn", "hk", "tw", "jp", "kr", "sg", "ph", "th", "vn", "au", "nz", "ca", "ru", "tr", "ae", "sa", "ie",
	"gr", "hu", "ro", "sk", "bg", "hr", "si", "lt", "lv", "ee", "ua", "il", "za", "ng", "ke", "eg", "pk",
	"bd", "lk", "mo", "kh", "eu",
)

// ambiguousTLD are TLDs that are also words or abbreviations: "arrived
// today.it works", "see it.me too". A bare domain ending in one needs a
// path, a third label or to be a known domain.
var ambiguousTLD = setOf("me", "to", "in", "it", "us", "is", "at", "be", "do", "so", "no", "my", "id", "am",
	"la", "im", "ms", "ly", "gl", "gg", "ai", "fm", "cc", "tv", "pe", "es", "se", "name",
	"pro", "sale", "studio", "life", "fun", "world", "live", "deals", "design", "art", "market", "page", "link")

// knownShort are domains with an ambiguous TLD that are links anyway:
// shorteners and the contact and payment links sellers paste.
var knownShort = setOf("paypal.me", "wa.me", "t.me", "m.me", "line.me", "zalo.me", "bit.ly", "amzn.to",
	"goo.gl", "forms.gle", "youtu.be", "ow.ly", "is.gd", "cutt.ly", "rb.gy", "s.id", "lin.ee", "telegram.me",
	"shp.ee", "lzd.co", "we.tl", "lnk.bio", "linktr.ee", "beacons.ai", "taplink.cc", "linkin.bio", "vt.tiktok.com", "a.co", "ebay.us", "ebay.to", "tinyurl.com", "qr.ae", "t.co")

// carrierBrands are the second-level labels of carriers and tracking
// sites. A link to them tells the buyer where the parcel is, which every
// marketplace allows ("carrier tracking links are fine"); on Amazon, whose
// rule is "only https links needed for the order", a carrier link written
// with http:// is still reported.
var carrierBrands = setOf("ups", "fedex", "usps", "dhl", "royalmail", "parcelforce", "evri", "hermesworld",
	"myhermes", "dpd", "gls-group", "gls-us", "canadapost", "canadapost-postescanada", "auspost", "nzpost",
	"japanpost", "17track", "aftership", "parcelsapp", "track24", "ship24", "cainiao", "yunexpress",
	"jtexpress", "jet", "jne", "sicepat", "anteraja", "ninjavan", "flashexpress", "kerryexpress",
	"thailandpost", "vnpost", "viettelpost", "ghn", "ghtk", "spx", "poslaju", "pos", "lbcexpress", "ontrac",
	"lasership", "purolator", "aramex", "sf-express", "sfexpress", "ems", "4px", "yw56", "yanwen", "postnl",
	"laposte", "colissimo", "chronopost", "correos", "correosexpress", "seur", "mrw", "ctt", "correios", "poste",
	"bpost", "posti", "anpost", "deutschepost", "tnt", "gls", "yodel", "parcel2go", "packlink", "yamato",
	"kuronekoyamato", "estafeta", "paquetexpress", "redpack", "servientrega", "chilexpress", "andreani", "jadlog", "sagawa-exp", "t-cat", "ecmsglobal", "asendia", "postnord", "bring", "budbee", "inpost", "fastway", "aupost", "startrack", "couriersplease",
	"ghnexpress", "best-inc", "shopeexpress", "lex", "kerry", "jtexpress-my", "citylinkexpress", "gdex",
	"skynet", "dhlecommerce", "ecpost", "pitneybowes", "narvar",
	// Tracking sites of the carriers' own and of aggregators: YunExpress
	// tracks at yuntrack.com, Chinese carriers at kuaidi100.com.
	"yuntrack", "trackingmore", "ordertracker", "pkge", "parcelmonitor", "track123", "kuaidi100", "yto", "zto",
	"yunda", "sto",
	// Italy's, Spain's and Central Europe's: "il pacco è partito con BRT,
	// puoi seguirlo qui: vas.brt.it/…".
	"brt", "sda", "nexive", "mondialrelay", "relaiscolis", "nacex", "packeta", "zasilkovna", "omniva", "econt",
	"fancourier",
	// Nigeria's, Czechia's and Greece's: "Track it at giglogistics.com/track",
	// "sledovat na ppl.cz/vyhledat-zasilku", "acscourier.net/el/track-and-trace".
	"giglogistics", "ppl", "acscourier",
	// India's: "https://www.delhivery.com/track/package/…".
	"delhivery", "bluedart", "dtdc", "xpressbees", "ecomexpress", "indiapost")

// platformBrands are the second-level labels a platform's own links use.
var platformBrands = map[Platform][]string{
	PlatformAmazon:  {"amazon", "amzn", "a"}, // a.co is Amazon's own shortener
	PlatformEbay:    {"ebay", "ebaystatic"},
	PlatformShopee:  {"shopee", "shp", "spx", "shopeemobile", "shopeepay"},
	PlatformLazada:  {"lazada", "lzd", "lex"},
	PlatformTikTok:  {"tiktok", "tiktokshop", "tiktokglobalshop"},
	PlatformShopify: {"shopify", "myshopify", "shop"},
	PlatformStripe:  {"stripe"},
	PlatformPayPal:  {"paypal"},
	PlatformUQPAY:   {"uqpay"},
}

// mailProviders are webmail domains: "gmail dot com" on its own is an
// email address being spelled out, not a link.
var mailProviders = setOf("gmail", "googlemail", "hotmail", "outlook", "live", "yahoo", "ymail", "icloud",
	"aol", "qq", "163", "126", "sina", "foxmail", "proton", "protonmail", "gmx", "web", "yandex", "mail", "zoho",
	"naver", "daum", "rediffmail", "msn", "t-online", "orange", "free", "libero", "wp", "seznam", "bigpond")

// Relay domains the marketplaces use to hide buyer and seller addresses:
// writing to them keeps the conversation on the platform.
var relaySuffixes = []string{"marketplace.amazon.", "members.ebay."}

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// brandOf returns the label of host that names the site: the one before
// the public suffix ("amazon" in www.amazon.co.uk, "shop" in shop.app).
func brandOf(host string) string {
	rest, tld := cutLast(host)
	// Skip a country code under a generic second level: co.uk, com.au, com.my.
	if len(tld) == 2 && strings.Contains(rest, ".") {
		if r, sld := cutLast(rest); isSecondLevel(sld) {
			rest = r
		}
	}
	if rest == "" {
		return tld
	}
	_, brand := cutLast(rest)
	return brand
}

// cutLast splits "a.b.c" into "a.b" and "c".
func cutLast(s string) (rest, last string) {
	i := strings.LastIndexByte(s, '.')
	if i < 0 {
		return "", s
	}
	return s[:i], s[i+1:]
}

func isSecondLevel(l string) bool {
	switch l {
	case "co", "com", "net", "org", "gov", "ac", "edu", "or", "ne", "go":
		return true
	}
	return false
}

// allowedHost reports whether a link to host is fine on platform p:
// the platform's own domains, and carriers' tracking pages (on Amazon only
// over https or written without a scheme).
func allowedHost(p Platform, host string, insecure bool) bool {
	host = strings.TrimPrefix(host, "www.")
	brand := brandOf(host)
	for _, b := range platformBrands[p] {
		if brand == b && (b != "a" || host == "a.co") && (b != "shop" || host == "shop.app") {
			return true
		}
	}
	if carrierBrands[brand] {
		return !(p == PlatformAmazon && insecure)
	}
	return false
}

func isRelay(host string) bool {
	for _, s := range relaySuffixes {
		if strings.Contains(host, s) {
			return true
		}
	}
	return false
}

// ownPlatform reports unit i naming the platform the message is sent on:
// "our TikTok" on TikTok is the shop's page there, not a way around it.
func (sc *scan) ownPlatform(i int) bool {
	w, p := sc.text(i), string(sc.platform)
	return sc.units[i].mask&cPlatform != 0 && strings.HasPrefix(w, p) && (len(w) == len(p) || w[len(p)] == ' ')
}

// inPath reports the @name at unit i inside a link's path
// ("tiktok.com/@glowlabs/video/…"): the link is judged as a link.
func (sc *scan) inPath(i int) bool {
	s := sc.units[i].s
	return s > 0 && sc.t[s-1] == '/'
}

// relayAddress reports the @name at unit i as the start of a marketplace
// relay domain: "your @members.ebay.com address".
func (sc *scan) relayAddress(i int) bool {
	e := int(sc.units[i].e)
	if e >= len(sc.t) || sc.t[e] != '.' {
		return false
	}
	return isRelay(sc.t[sc.units[i].s+1 : min(e+24, len(sc.t))])
}
