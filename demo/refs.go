package demo

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"time"

	"kefu/search"
)

// Reference numbers in the formats agents see every day, so that the demo
// and the benchmark search for the same shapes of text as production.

const (
	digits     = "0123456789"
	upperAlnum = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
	lowerAlnum = "abcdefghijklmnopqrstuvwxyz0123456789"
	base62     = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
)

func randFrom(r *rand.Rand, alphabet string, n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = alphabet[r.IntN(len(alphabet))]
	}
	return string(b)
}

// OrderNumber returns an order number in the platform's own format:
// Amazon 113-4829104-5538267, eBay 17-11802-54377, Shopee 261108K3RT9QWE,
// Lazada 15 digits, TikTok Shop 18 digits, Shopify #1001 (seq counts from 1).
func OrderNumber(r *rand.Rand, platform, site string, placed time.Time, seq int) string {
	switch platform {
	case "amazon":
		prefix := map[string]int{"US": 111, "UK": 202, "DE": 302, "JP": 503}[site]
		if prefix == 0 {
			prefix = 111
		}
		return fmt.Sprintf("%03d-%s-%s", prefix+r.IntN(4), randFrom(r, digits, 7), randFrom(r, digits, 7))
	case "ebay":
		return fmt.Sprintf("%02d-%s-%s", 1+r.IntN(27), randFrom(r, digits, 5), randFrom(r, digits, 5))
	case "shopee":
		return placed.Format("060102") + randFrom(r, upperAlnum, 8)
	case "lazada":
		return "4" + randFrom(r, digits, 14)
	case "tiktok":
		return "57" + randFrom(r, digits, 16)
	case "shopify":
		return fmt.Sprintf("#%d", 1000+seq)
	}
	return "ORD-" + randFrom(r, digits, 8)
}

// TrackingNumber returns a tracking number in the carrier's format.
// country is the two-letter destination, used by carriers that embed it.
func TrackingNumber(r *rand.Rand, carrier, country string) string {
	switch carrier {
	case "USPS":
		return "9400" + randFrom(r, digits, 18)
	case "UPS":
		return "1Z" + randFrom(r, upperAlnum, 6) + "03" + randFrom(r, digits, 8)
	case "Amazon Logistics":
		return "TBA" + randFrom(r, digits, 12)
	case "Royal Mail":
		return randFrom(r, "ABCDEFGHJKLMNPRSTUVWXYZ", 2) + randFrom(r, digits, 9) + "GB"
	case "Evri":
		return "H" + randFrom(r, digits, 2) + randFrom(r, "ABCDEFGHJKLMNPRSTUVWXYZ", 3) + randFrom(r, digits, 10)
	case "DPD":
		return "0" + randFrom(r, digits, 13)
	case "DHL Paket":
		return "00340434" + randFrom(r, digits, 12)
	case "DHL Express":
		return randFrom(r, digits, 10)
	case "Hermes":
		return "H" + randFrom(r, digits, 19)
	case "J&T Express":
		return "63" + randFrom(r, digits, 10)
	case "SPX Express":
		return "SPX" + strings.ToUpper(country) + "0" + randFrom(r, digits, 11)
	case "Ninja Van":
		return "NV" + strings.ToUpper(country) + randFrom(r, upperAlnum, 12)
	case "Kerry Express":
		return "KEX" + randFrom(r, digits, 12)
	case "Flash Express":
		return "TH01" + randFrom(r, upperAlnum, 8) + "A"
	case "GHN":
		return "GHN" + randFrom(r, upperAlnum, 9)
	case "Lazada Express":
		return "LEXVN" + randFrom(r, digits, 11)
	case "Chunghwa Post":
		return "EE" + randFrom(r, digits, 9) + "TW"
	case "7-ELEVEN":
		return "F" + randFrom(r, digits, 11)
	case "Japan Post", "Yamato":
		return randFrom(r, digits, 12)
	case "YunExpress":
		return "YT" + randFrom(r, digits, 16)
	case "4PX":
		return "4PX" + randFrom(r, digits, 13) + "CN"
	case "Yanwen":
		return "UG" + randFrom(r, digits, 9) + "YP"
	case "Cainiao":
		return "LP00" + randFrom(r, digits, 12)
	}
	return randFrom(r, digits, 12)
}

// StripeID returns an id such as ch_3Q…, pi_3Q…, dp_1Q… or re_3Q….
func StripeID(r *rand.Rand, prefix string) string {
	lead := "3Q"
	if prefix == "dp" || prefix == "issfr" {
		lead = "1Q"
	}
	return prefix + "_" + lead + randFrom(r, base62, 22)
}

// PayPalCaseID returns a PayPal dispute id, PP-D-12345.
func PayPalCaseID(r *rand.Rand) string { return "PP-D-" + randFrom(r, digits, 5) }

// PayPalTransactionID returns a 17-character PayPal transaction id.
func PayPalTransactionID(r *rand.Rand) string { return randFrom(r, upperAlnum, 17) }

// RelayAddress returns an Amazon buyer-seller messaging alias for the
// marketplace domain, e.g. 9q7fjlgc2b3z7zd@marketplace.amazon.co.uk.
func RelayAddress(r *rand.Rand, domain string) string {
	return randFrom(r, lowerAlnum, 15) + "@marketplace." + domain
}

var handles = []string{"sunny", "happycat", "mia", "kai", "jojo", "peach", "lucky", "coco", "tiger", "momo", "bobo", "xiaoyu"}

// Handle returns a platform user name for a buyer: emily_carter92, or a
// nickname plus digits when the name is not in Latin letters.
func Handle(r *rand.Rand, name string) string {
	if base := latinBase(name); base != "" {
		return strings.ReplaceAll(base, " ", []string{"_", ".", ""}[r.IntN(3)]) + randFrom(r, digits, 2)
	}
	return handles[r.IntN(len(handles))] + "_" + randFrom(r, digits, 4)
}

var emailDomains = map[string][]string{
	"":   {"gmail.com", "outlook.com", "yahoo.com", "icloud.com", "hotmail.com"},
	"zh": {"qq.com", "163.com", "gmail.com"},
	"de": {"gmx.de", "web.de", "gmail.com"},
	"fr": {"orange.fr", "free.fr", "gmail.com"},
	"ja": {"yahoo.co.jp", "gmail.com", "docomo.ne.jp"},
	"pt": {"uol.com.br", "gmail.com", "hotmail.com"},
	"es": {"gmail.com", "hotmail.es", "yahoo.com.mx"},
}

// Email returns a personal email address for a buyer called name writing
// in lang.
func Email(r *rand.Rand, name, lang string) string {
	domains := emailDomains[lang]
	if domains == nil {
		domains = emailDomains[""]
	}
	local := handles[r.IntN(len(handles))] + randFrom(r, digits, 4)
	if base := latinBase(name); base != "" {
		local = strings.ReplaceAll(base, " ", ".") + randFrom(r, digits, 2)
	}
	return local + "@" + domains[r.IntN(len(domains))]
}

// latinBase returns name folded to lower-case ASCII letters and single
// spaces ("María García" → "maria garcia"), or "" when it is not Latin.
func latinBase(name string) string {
	f := search.FoldString(name)
	var b strings.Builder
	for _, c := range f {
		switch {
		case c >= 'a' && c <= 'z':
			b.WriteRune(c)
		case c == ' ' || c == '-' || c == '\'':
			if b.Len() > 0 && !strings.HasSuffix(b.String(), " ") {
				b.WriteByte(' ')
			}
		default:
			return ""
		}
	}
	return strings.TrimSpace(b.String())
}

var cardBrands = []struct {
	brand, display string
	weight         int
}{{"visa", "Visa", 55}, {"mastercard", "Mastercard", 30}, {"amex", "American Express", 10}, {"discover", "Discover", 5}}

// Card returns a card brand and last four digits, and how an email shows
// them ("Visa •••• 4242").
func Card(r *rand.Rand) (brand, last4, display string) {
	n := r.IntN(100)
	for _, c := range cardBrands {
		if n < c.weight {
			last4 = randFrom(r, digits, 4)
			return c.brand, last4, c.display + " •••• " + last4
		}
		n -= c.weight
	}
	return "visa", "4242", "Visa •••• 4242"
}

// BuyerIP returns an address from the documentation ranges (RFC 5737), so
// demo data never points at a real host.
func BuyerIP(r *rand.Rand) string {
	nets := []string{"192.0.2.", "198.51.100.", "203.0.113."}
	return fmt.Sprintf("%s%d", nets[r.IntN(len(nets))], 1+r.IntN(254))
}
