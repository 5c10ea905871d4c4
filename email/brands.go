package email

import (
	"strings"

	"golang.org/x/net/publicsuffix"
)

// brand is an organisation a phishing mail pretends to be. Domains are
// registrable domains (eTLD+1) or exact hosts that really belong to it;
// Suffixes accept any domain below them (government TLDs).
type brand struct {
	Name     string   // shown in Claims
	Kind     string   // bank, card, payment, marketplace, regulator, platform
	Platform string   // the kefu platform id, when it is one
	Names    []string // lower-case words in names and text that claim it
	Labels   []string // registrable labels a look-alike imitates
	Domains  []string
	Suffixes []string
}

// Country domains the marketplaces really use; a brand label under any
// other suffix (amazon.xyz) is not theirs.
var (
	amazonTLDs = []string{"com", "ca", "com.mx", "com.br", "co.uk", "de", "fr", "it", "es", "nl", "se", "pl", "com.be", "com.tr", "ae", "sa", "eg", "in", "co.jp", "jp", "com.au", "sg", "cn", "ie", "co.za"}
	ebayTLDs   = []string{"com", "co.uk", "de", "fr", "it", "es", "com.au", "ca", "at", "ch", "be", "nl", "ie", "pl", "com.hk", "com.sg", "com.my", "ph", "in", "cn"}
	shopeeTLDs = []string{"com", "sg", "co.id", "com.my", "co.th", "vn", "ph", "tw", "com.br", "cn", "com.mx", "com.co", "cl"}
	lazadaTLDs = []string{"com", "sg", "co.id", "com.my", "co.th", "vn", "com.ph"}
)

func withTLDs(label string, tlds []string, extra ...string) []string {
	out := append([]string(nil), extra...)
	for _, t := range tlds {
		out = append(out, label+"."+t)
	}
	return out
}

// brands is the table behind phishing checks (taxonomy.md: banks, card
// networks, payment providers, marketplaces, regulators) plus the
// platforms whose mail carries other brands' names legitimately.
var brands = []brand{
	{Name: "PayPal", Kind: "payment", Platform: "paypal", Names: []string{"paypal", "贝宝"}, Labels: []string{"paypal"},
		Domains: []string{"paypal.com", "paypal.co.uk", "paypal.de", "paypal.fr", "paypal.it", "paypal.es", "paypal.com.au", "paypal.ca", "paypal.cn", "paypal.me", "paypal-communication.com", "paypal.com.hk"}},
	{Name: "Stripe", Kind: "payment", Platform: "stripe", Names: []string{"stripe"}, Labels: []string{"stripe"}, Domains: []string{"stripe.com", "stripe.network"}},
	{Name: "UQPAY", Kind: "payment", Platform: "uqpay", Names: []string{"uqpay"}, Labels: []string{"uqpay"}, Domains: []string{"uqpay.com", "uqpay.cn"}},
	{Name: "Airwallex", Kind: "payment", Names: []string{"airwallex", "空中云汇"}, Labels: []string{"airwallex"}, Domains: []string{"airwallex.com", "airwallex.cn"}},
	{Name: "Payoneer", Kind: "payment", Names: []string{"payoneer", "派安盈"}, Labels: []string{"payoneer"}, Domains: []string{"payoneer.com"}},
	{Name: "PingPong", Kind: "payment", Names: []string{"pingpongx", "pingpong checkout"}, Labels: []string{"pingpongx"}, Domains: []string{"pingpongx.com", "pingpongx.cn"}},
	{Name: "WorldFirst", Kind: "payment", Names: []string{"worldfirst", "万里汇"}, Labels: []string{"worldfirst"}, Domains: []string{"worldfirst.com", "worldfirst.com.cn"}},
	{Name: "LianLian", Kind: "payment", Names: []string{"lianlian pay", "连连支付", "连连国际"}, Labels: []string{"lianlianpay", "lianlianglobal"}, Domains: []string{"lianlianpay.com", "lianlianglobal.com"}},
	{Name: "Visa", Kind: "card", Names: []string{"visa"}, Labels: []string{"visa"}, Domains: []string{"visa.com", "visa.co.uk", "visa.com.cn", "visaeurope.com"}},
	{Name: "Mastercard", Kind: "card", Names: []string{"mastercard", "万事达"}, Labels: []string{"mastercard"}, Domains: []string{"mastercard.com", "mastercard.us", "mastercard.co.uk", "mastercard.com.cn"}},
	{Name: "American Express", Kind: "card", Names: []string{"american express", "amex", "美国运通"}, Labels: []string{"americanexpress", "amex"}, Domains: []string{"americanexpress.com", "aexp.com", "amex.com", "americanexpress.co.uk"}},
	{Name: "Amazon", Kind: "marketplace", Platform: "amazon", Names: []string{"amazon", "亚马逊"}, Labels: []string{"amazon"},
		Domains: withTLDs("amazon", amazonTLDs, "amazonses.com", "amazonaws.com", "amazonpay.com", "sellercentral.amazon.com")},
	{Name: "eBay", Kind: "marketplace", Platform: "ebay", Names: []string{"ebay", "易贝"}, Labels: []string{"ebay"}, Domains: withTLDs("ebay", ebayTLDs, "ebay-inc.com")},
	{Name: "Shopee", Kind: "marketplace", Platform: "shopee", Names: []string{"shopee", "虾皮"}, Labels: []string{"shopee"}, Domains: withTLDs("shopee", shopeeTLDs, "shopeemobile.com")},
	{Name: "Lazada", Kind: "marketplace", Platform: "lazada", Names: []string{"lazada", "来赞达"}, Labels: []string{"lazada"}, Domains: withTLDs("lazada", lazadaTLDs, "lazada.com.cn")},
	{Name: "TikTok", Kind: "marketplace", Platform: "tiktok", Names: []string{"tiktok", "抖音"}, Labels: []string{"tiktok", "tiktokshop"},
		Domains: []string{"tiktok.com", "tiktokshop.com", "tiktokglobalshop.com", "bytedance.com", "tiktokv.com"}},
	{Name: "Shopify", Kind: "platform", Platform: "shopify", Names: []string{"shopify"}, Labels: []string{"shopify"}, Domains: []string{"shopify.com", "shopifyemail.com", "myshopify.com"}},
	{Name: "FTC", Kind: "regulator", Names: []string{"federal trade commission", "ftc"}, Domains: []string{"ftc.gov"}, Suffixes: []string{"gov"}},
	{Name: "Attorney General", Kind: "regulator", Names: []string{"attorney general", "attorney-general"}, Suffixes: []string{"gov", "gov.au", "gov.uk", "gc.ca"}},
	{Name: "Trading Standards", Kind: "regulator", Names: []string{"trading standards"}, Suffixes: []string{"gov.uk", "org.uk"}},
	{Name: "CMA", Kind: "regulator", Names: []string{"competition and markets authority", "cma"}, Suffixes: []string{"gov.uk"}},
	{Name: "ACCC", Kind: "regulator", Names: []string{"australian competition and consumer commission", "accc"}, Domains: []string{"accc.gov.au"}, Suffixes: []string{"gov.au"}},
	{Name: "消费者协会", Kind: "regulator", Names: []string{"消费者协会", "消協", "消协", "consumers association"}, Domains: []string{"cca.org.cn", "cca.cn", "315.org.cn"}, Suffixes: []string{"gov.cn", "org.cn"}},
	{Name: "市场监督管理局", Kind: "regulator", Names: []string{"市场监督管理局", "市场监管局", "市场监督管理总局", "samr"}, Domains: []string{"samr.gov.cn"}, Suffixes: []string{"gov.cn"}},
	{Name: "Bank of America", Kind: "bank", Names: []string{"bank of america"}, Labels: []string{"bankofamerica"}, Domains: []string{"bankofamerica.com", "bofa.com"}},
	{Name: "Chase", Kind: "bank", Names: []string{"jpmorgan chase", "chase bank"}, Labels: []string{"jpmorganchase"}, Domains: []string{"chase.com", "jpmorgan.com", "jpmchase.com"}},
	{Name: "Wells Fargo", Kind: "bank", Names: []string{"wells fargo"}, Labels: []string{"wellsfargo"}, Domains: []string{"wellsfargo.com"}},
	{Name: "Citibank", Kind: "bank", Names: []string{"citibank"}, Labels: []string{"citibank"}, Domains: []string{"citi.com", "citibank.com", "citigroup.com"}},
	{Name: "HSBC", Kind: "bank", Names: []string{"hsbc", "汇丰"}, Labels: []string{"hsbc"}, Domains: []string{"hsbc.com", "hsbc.co.uk", "hsbc.com.hk", "hsbc.com.cn", "us.hsbc.com"}},
	{Name: "Barclays", Kind: "bank", Names: []string{"barclays"}, Labels: []string{"barclays"}, Domains: []string{"barclays.com", "barclays.co.uk", "barclaycard.co.uk"}},
	{Name: "Bank of China", Kind: "bank", Names: []string{"bank of china", "中国银行"}, Labels: []string{"bankofchina"}, Domains: []string{"boc.cn", "bankofchina.com"}},
	{Name: "ICBC", Kind: "bank", Names: []string{"icbc", "工商银行"}, Labels: []string{"icbc"}, Domains: []string{"icbc.com.cn", "icbc.com", "icbc-us.com"}},
	{Name: "China Merchants Bank", Kind: "bank", Names: []string{"china merchants bank", "招商银行"}, Labels: []string{"cmbchina"}, Domains: []string{"cmbchina.com", "cmbchina.com.cn"}},
}

// owns reports whether domain d really belongs to b.
func (b *brand) owns(d string) bool {
	if d == "" {
		return false
	}
	return b.ownsOrg(d, orgDomain(d))
}

// ownsOrg is owns with the registrable domain already worked out: the
// public-suffix lookup is the costly part when every brand is tried.
func (b *brand) ownsOrg(d, org string) bool {
	for _, x := range b.Domains {
		if org == x || d == x || strings.HasSuffix(d, "."+x) {
			return true
		}
	}
	for _, s := range b.Suffixes {
		if d != s && strings.HasSuffix(d, "."+s) {
			return true
		}
	}
	return false
}

// brandOwning returns the brand that owns domain d, or nil.
func brandOwning(d string) *brand {
	if d == "" {
		return nil
	}
	org := orgDomain(d)
	for i := range brands {
		if brands[i].ownsOrg(d, org) {
			return &brands[i]
		}
	}
	return nil
}

// orgDomain is the registrable domain (eTLD+1): mail.paypal.com → paypal.com,
// marketplace.amazon.co.uk → amazon.co.uk.
func orgDomain(d string) string {
	d = strings.TrimSuffix(strings.ToLower(d), ".")
	org, err := publicsuffix.EffectiveTLDPlusOne(d)
	if err != nil {
		return d
	}
	return org
}

// mentions reports whether lower-case text names the brand: ASCII names
// must stand as whole words ("visa" is not in "visage"), CJK names are
// matched as substrings. It returns the earliest position or -1.
func (b *brand) mentions(text string) int {
	best := -1
	for _, n := range b.Names {
		if i := wordIndex(text, n); i >= 0 && (best < 0 || i < best) {
			best = i
		}
	}
	return best
}

func wordIndex(text, word string) int {
	if word == "" {
		return -1
	}
	ascii := word[0] < 0x80
	off := 0
	for {
		i := strings.Index(text[off:], word)
		if i < 0 {
			return -1
		}
		i += off
		if !ascii || (boundary(text, i-1) && boundary(text, i+len(word))) {
			return i
		}
		off = i + len(word)
	}
}

func boundary(s string, i int) bool {
	if i < 0 || i >= len(s) {
		return true
	}
	c := s[i]
	return !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_')
}
