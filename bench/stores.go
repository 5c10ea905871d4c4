package bench

import (
	"context"
	"fmt"

	"kefu"
	"kefu/demo"
	"kefu/storage"
)

// benchStores are ten stores of one cross-border seller, with the shares of
// traffic and languages a mid-sized seller sees: Amazon US dominates, the
// Southeast Asian marketplaces write in their own languages.
func benchStores() []*demo.StoreProfile {
	store := func(slug, platform, site, name, tz, cur string) kefu.Store {
		return kefu.Store{Slug: slug, Platform: platform, Site: site, Name: name, Timezone: tz, Currency: cur}
	}
	return []*demo.StoreProfile{
		{Store: store("bench-amazon-us", "amazon", "US", "Bench Amazon US", "America/Los_Angeles", "USD"),
			Langs: []demo.Share{{Key: "en", Weight: 88}, {Key: "es", Weight: 12}}, Carriers: []string{"Amazon Logistics", "USPS", "UPS"},
			Country: "US", Channel: "email", Team: "us-team", Relay: "amazon.com", Weight: 25},
		{Store: store("bench-amazon-uk", "amazon", "UK", "Bench Amazon UK", "Europe/London", "GBP"),
			Langs: []demo.Share{{Key: "en", Weight: 90}, {Key: "fr", Weight: 5}, {Key: "de", Weight: 5}}, Carriers: []string{"Royal Mail", "Evri", "DPD"},
			Country: "GB", Channel: "email", Team: "eu-team", Relay: "amazon.co.uk", Weight: 10},
		{Store: store("bench-amazon-de", "amazon", "DE", "Bench Amazon DE", "Europe/Berlin", "EUR"),
			Langs: []demo.Share{{Key: "de", Weight: 90}, {Key: "en", Weight: 10}}, Carriers: []string{"DHL Paket", "DPD", "Hermes"},
			Country: "DE", Channel: "email", Team: "eu-team", Relay: "amazon.de", Weight: 8},
		{Store: store("bench-amazon-jp", "amazon", "JP", "Bench Amazon JP", "Asia/Tokyo", "JPY"),
			Langs: []demo.Share{{Key: "ja", Weight: 95}, {Key: "en", Weight: 5}}, Carriers: []string{"Japan Post", "Yamato"},
			Country: "JP", Channel: "email", Team: "jp-team", Relay: "amazon.co.jp", Weight: 5},
		{Store: store("bench-ebay-us", "ebay", "US", "Bench eBay US", "America/New_York", "USD"),
			Langs: []demo.Share{{Key: "en", Weight: 92}, {Key: "es", Weight: 8}}, Carriers: []string{"USPS", "YunExpress", "4PX"},
			Country: "US", Channel: "ebay", Team: "us-team", Weight: 8},
		{Store: store("bench-shopee-my", "shopee", "MY", "Bench Shopee MY", "Asia/Kuala_Lumpur", "MYR"),
			Langs: []demo.Share{{Key: "ms", Weight: 45}, {Key: "zh", Weight: 30}, {Key: "en", Weight: 25}}, Carriers: []string{"J&T Express", "SPX Express", "Ninja Van"},
			Country: "MY", Channel: "shopee_chat", Team: "sea-team", Chat: true, Weight: 10},
		{Store: store("bench-shopee-th", "shopee", "TH", "Bench Shopee TH", "Asia/Bangkok", "THB"),
			Langs: []demo.Share{{Key: "th", Weight: 92}, {Key: "en", Weight: 8}}, Carriers: []string{"Kerry Express", "Flash Express", "SPX Express"},
			Country: "TH", Channel: "shopee_chat", Team: "sea-team", Chat: true, Weight: 8},
		{Store: store("bench-shopee-tw", "shopee", "TW", "Bench 蝦皮台灣", "Asia/Taipei", "TWD"),
			Langs: []demo.Share{{Key: "zh-Hant", Weight: 100}}, Carriers: []string{"7-ELEVEN", "Chunghwa Post", "SPX Express"},
			Country: "TW", Channel: "shopee_chat", Team: "sea-team", Chat: true, Weight: 5},
		{Store: store("bench-lazada-vn", "lazada", "VN", "Bench Lazada VN", "Asia/Ho_Chi_Minh", "VND"),
			Langs: []demo.Share{{Key: "vi", Weight: 95}, {Key: "en", Weight: 5}}, Carriers: []string{"GHN", "Lazada Express", "J&T Express"},
			Country: "VN", Channel: "lazada_chat", Team: "sea-team", Chat: true, Weight: 6},
		{Store: store("bench-shopify", "shopify", "bench.example", "Bench Shopify + Stripe", "America/New_York", "USD"),
			Langs: []demo.Share{{Key: "en", Weight: 50}, {Key: "zh", Weight: 12}, {Key: "fr", Weight: 10}, {Key: "de", Weight: 10},
				{Key: "es", Weight: 7}, {Key: "pt", Weight: 6}, {Key: "ja", Weight: 5}},
			Carriers: []string{"YunExpress", "4PX", "DHL Express", "USPS"},
			Country:  "US", Channel: "email", Team: "us-team", Cards: true, Weight: 15},
	}
}

// ensureStores creates the bench stores, reusing those a previous seed made.
func ensureStores(ctx context.Context, db *storage.DB) ([]*demo.StoreProfile, error) {
	stores := benchStores()
	for _, p := range stores {
		err := db.CreateStore(ctx, &p.Store)
		if kefu.ErrorCode(err) == kefu.ECONFLICT {
			found, ferr := db.FindStoreBySlug(ctx, p.Store.Slug)
			if ferr != nil {
				return nil, fmt.Errorf("bench: store %s: %w", p.Store.Slug, ferr)
			}
			p.Store = *found
		} else if err != nil {
			return nil, fmt.Errorf("bench: create store %s: %w", p.Store.Slug, err)
		}
	}
	return stores, nil
}

// agentCount and supervisorCount size the bench team; agents take
// tickets with a skew, as in real teams where a few seniors carry most.
const (
	agentCount      = 12
	supervisorCount = 2
)

// teamNames are the bench team: Chinese name and the English name each
// signs replies with, agents first, then supervisors.
var teamNames = []string{"王磊 Leo", "林梅 Mia", "刘洋 Ethan", "陈晨 Ava", "赵鹏 Lucas", "孙悦 Zoe", "周凯 Kevin",
	"吴娜 Nina", "郑瑞 Ryan", "黄欣 Cindy", "马骏 Jack", "胡敏 Amy", "周丽娜 Lina", "徐涛 Tony"}

// ensureAgents creates the bench team without passwords (nobody signs in
// as them), reusing users a previous seed made.
func ensureAgents(ctx context.Context, db *storage.DB) ([]*kefu.User, error) {
	var users []*kefu.User
	for i := range agentCount + supervisorCount {
		u := &kefu.User{Email: fmt.Sprintf("agent%02d@bench.example", i+1), Name: teamNames[i],
			Role: kefu.RoleAgent, Locale: "zh-CN", Timezone: "Asia/Shanghai"}
		if i >= agentCount {
			u.Email = fmt.Sprintf("supervisor%02d@bench.example", i-agentCount+1)
			u.Role = kefu.RoleSupervisor
		}
		err := db.CreateUser(ctx, u, "")
		if kefu.ErrorCode(err) == kefu.ECONFLICT {
			found, ferr := db.FindUserByEmail(ctx, u.Email)
			if ferr != nil {
				return nil, fmt.Errorf("bench: user %s: %w", u.Email, ferr)
			}
			u = found
		} else if err != nil {
			return nil, fmt.Errorf("bench: create user %s: %w", u.Email, err)
		}
		users = append(users, u)
	}
	return users, nil
}
