package demo

import (
	"math/rand/v2"

	"kefu"
)

// A StoreProfile is a store together with the buyers it gets: the
// languages they write in, the carriers that ship to them and how their
// messages arrive. The bench seeder builds its stores from the same type.
type StoreProfile struct {
	Store    kefu.Store
	Langs    []Share  // phrase book keys (Phrasebook.Key) and their shares
	Carriers []string // who ships the store's parcels
	Country  string   // where most buyers live, ISO 3166-1 alpha-2
	Channel  string   // how buyer messages arrive: email, shopee_chat …
	Team     string
	Relay    string // Amazon relay domain, e.g. amazon.co.uk; "" elsewhere
	Cards    bool   // paid by card through Stripe: orders carry charge ids and last4
	Chat     bool   // buyers write short chat lines, not emails
	Weight   int    // share of the seller's tickets
}

// Share is one choice with its relative weight.
type Share struct {
	Key    string
	Weight int
}

// PickShare returns the key of one share, chosen by weight.
func PickShare(r *rand.Rand, shares []Share) string {
	total := 0
	for _, s := range shares {
		total += s.Weight
	}
	n := r.IntN(total)
	for _, s := range shares {
		if n < s.Weight {
			return s.Key
		}
		n -= s.Weight
	}
	return shares[len(shares)-1].Key
}

// ShipCountry is where a buyer writing in bookKey most likely lives; on a
// single-market store that is the store's country, on the independent site
// it follows the language.
func (p *StoreProfile) ShipCountry(bookKey string) string {
	if p.Store.Platform != "shopify" {
		return p.Country
	}
	switch bookKey {
	case "zh":
		return "CA"
	case "fr":
		return "FR"
	case "de":
		return "DE"
	case "es":
		return "ES"
	case "pt":
		return "BR"
	case "ja":
		return "JP"
	}
	return p.Country
}

// sentinelSlug is the store whose presence means the demo is loaded.
const sentinelSlug = "demo-amazon-us"

// storeProfiles are the demo seller's shops: one brand, "Lumora", selling
// consumer electronics and homeware on six platforms from Shenzhen.
func storeProfiles() []*StoreProfile {
	return []*StoreProfile{
		{Store: kefu.Store{Slug: sentinelSlug, Platform: "amazon", Site: "US", Name: "Lumora Amazon US", Timezone: "America/Los_Angeles", Currency: "USD"},
			Langs: []Share{{"en", 85}, {"es", 15}}, Carriers: []string{"Amazon Logistics", "USPS", "UPS"}, Country: "US",
			Channel: "email", Team: "us-team", Relay: "amazon.com", Weight: 24},
		{Store: kefu.Store{Slug: "demo-amazon-uk", Platform: "amazon", Site: "UK", Name: "Lumora Amazon UK", Timezone: "Europe/London", Currency: "GBP"},
			Langs: []Share{{"en", 85}, {"fr", 8}, {"de", 7}}, Carriers: []string{"Royal Mail", "Evri", "DPD"}, Country: "GB",
			Channel: "email", Team: "eu-team", Relay: "amazon.co.uk", Weight: 11},
		{Store: kefu.Store{Slug: "demo-amazon-de", Platform: "amazon", Site: "DE", Name: "Lumora Amazon DE", Timezone: "Europe/Berlin", Currency: "EUR"},
			Langs: []Share{{"de", 85}, {"en", 15}}, Carriers: []string{"DHL Paket", "DPD", "Hermes"}, Country: "DE",
			Channel: "email", Team: "eu-team", Relay: "amazon.de", Weight: 8},
		{Store: kefu.Store{Slug: "demo-ebay-us", Platform: "ebay", Site: "US", Name: "Lumora eBay US", Timezone: "America/New_York", Currency: "USD"},
			Langs: []Share{{"en", 90}, {"es", 10}}, Carriers: []string{"USPS", "YunExpress", "4PX"}, Country: "US",
			Channel: "ebay", Team: "us-team", Weight: 8},
		{Store: kefu.Store{Slug: "demo-shopee-my", Platform: "shopee", Site: "MY", Name: "Lumora Shopee MY", Timezone: "Asia/Kuala_Lumpur", Currency: "MYR"},
			Langs: []Share{{"ms", 45}, {"zh", 30}, {"en", 25}}, Carriers: []string{"J&T Express", "SPX Express", "Ninja Van"}, Country: "MY",
			Channel: "shopee_chat", Team: "sea-team", Chat: true, Weight: 11},
		{Store: kefu.Store{Slug: "demo-shopee-th", Platform: "shopee", Site: "TH", Name: "Lumora Shopee TH", Timezone: "Asia/Bangkok", Currency: "THB"},
			Langs: []Share{{"th", 90}, {"en", 10}}, Carriers: []string{"Kerry Express", "Flash Express", "SPX Express"}, Country: "TH",
			Channel: "shopee_chat", Team: "sea-team", Chat: true, Weight: 9},
		{Store: kefu.Store{Slug: "demo-shopee-tw", Platform: "shopee", Site: "TW", Name: "Lumora 蝦皮台灣", Timezone: "Asia/Taipei", Currency: "TWD"},
			Langs: []Share{{"zh-Hant", 100}}, Carriers: []string{"7-ELEVEN", "Chunghwa Post", "SPX Express"}, Country: "TW",
			Channel: "shopee_chat", Team: "sea-team", Chat: true, Weight: 6},
		{Store: kefu.Store{Slug: "demo-lazada-vn", Platform: "lazada", Site: "VN", Name: "Lumora Lazada VN", Timezone: "Asia/Ho_Chi_Minh", Currency: "VND"},
			Langs: []Share{{"vi", 95}, {"en", 5}}, Carriers: []string{"GHN", "Lazada Express", "J&T Express"}, Country: "VN",
			Channel: "lazada_chat", Team: "sea-team", Chat: true, Weight: 7},
		{Store: kefu.Store{Slug: "demo-tiktok-us", Platform: "tiktok", Site: "US", Name: "Lumora TikTok Shop US", Timezone: "America/Los_Angeles", Currency: "USD"},
			Langs: []Share{{"en", 90}, {"es", 10}}, Carriers: []string{"USPS", "UPS"}, Country: "US",
			Channel: "tiktok_chat", Team: "us-team", Chat: true, Weight: 5},
		{Store: kefu.Store{Slug: "demo-shopify", Platform: "shopify", Site: "lumora.shop", Name: "lumora.shop (Shopify + Stripe)", Timezone: "America/New_York", Currency: "USD"},
			Langs:    []Share{{"en", 40}, {"zh", 14}, {"fr", 10}, {"de", 10}, {"es", 8}, {"pt", 9}, {"ja", 9}},
			Carriers: []string{"YunExpress", "4PX", "DHL Express", "USPS"}, Country: "US",
			Channel: "email", Team: "us-team", Cards: true, Weight: 11},
	}
}

// userSpec is a demo user; stores lists slugs the user is limited to.
type userSpec struct {
	user   kefu.User
	stores []string
	alias  string // the English name the agent signs with
	zhName string // the Chinese name the agent signs with
}

// The credentials printed by `kefu serve --demo`. Every demo user shares
// the password; the demo is for a laptop, not for the internet.
const (
	AdminEmail = "admin@example.com"
	Password   = "kefu-demo-2026"
)

func userSpecs() []userSpec {
	western := []string{"demo-amazon-us", "demo-amazon-uk", "demo-amazon-de", "demo-ebay-us", "demo-tiktok-us", "demo-shopify"}
	sea := []string{"demo-shopee-my", "demo-shopee-th", "demo-shopee-tw", "demo-lazada-vn"}
	return []userSpec{
		{user: kefu.User{Email: AdminEmail, Name: "陈静 Chen Jing", Role: kefu.RoleAdmin, Locale: "zh-CN", Timezone: "Asia/Shanghai"},
			alias: "Jing", zhName: "陈静"},
		{user: kefu.User{Email: "zhou.lina@example.com", Name: "周丽娜 Zhou Lina", Role: kefu.RoleSupervisor, Locale: "zh-CN", Timezone: "Asia/Shanghai"},
			alias: "Lina", zhName: "丽娜"},
		{user: kefu.User{Email: "wang.lei@example.com", Name: "王磊 Wang Lei", Role: kefu.RoleAgent, Locale: "zh-CN", Timezone: "Asia/Shanghai"},
			stores: western, alias: "Leo", zhName: "王磊"},
		{user: kefu.User{Email: "lin.mei@example.com", Name: "Lin Mei 林梅", Role: kefu.RoleAgent, Locale: "en", Timezone: "Asia/Shanghai"},
			stores: sea, alias: "Mia", zhName: "林梅"},
		{user: kefu.User{Email: "liu.yang@example.com", Name: "刘洋 Liu Yang", Role: kefu.RoleAgent, Locale: "zh-CN", Timezone: "Asia/Shanghai"},
			alias: "Ethan", zhName: "刘洋"},
		{user: kefu.User{Email: "finance@example.com", Name: "Finance (read-only)", Role: kefu.RoleViewer, Locale: "en", Timezone: "Asia/Shanghai"}},
	}
}
