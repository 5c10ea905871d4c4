package compliance

import (
	"fmt"
	"strings"
)

// Platform is where a message is sent. The marketplaces police their
// messaging; on the seller's own channels (a Shopify or independent shop,
// Stripe receipts, plain email) the seller is the platform.
type Platform string

const (
	PlatformAmazon      Platform = "amazon"
	PlatformEbay        Platform = "ebay"
	PlatformShopee      Platform = "shopee"
	PlatformLazada      Platform = "lazada"
	PlatformTikTok      Platform = "tiktok"
	PlatformShopify     Platform = "shopify"
	PlatformIndependent Platform = "independent"
	PlatformStripe      Platform = "stripe"
	PlatformPayPal      Platform = "paypal"
	PlatformUQPAY       Platform = "uqpay"
	PlatformEmail       Platform = "email"
	PlatformOther       Platform = "other"
)

// Platforms lists every platform Check knows, the store platforms of kefu
// plus email and other.
var Platforms = []Platform{
	PlatformAmazon, PlatformEbay, PlatformShopee, PlatformLazada, PlatformTikTok, PlatformShopify,
	PlatformIndependent, PlatformStripe, PlatformPayPal, PlatformUQPAY, PlatformEmail, PlatformOther,
}

// ParsePlatform returns the platform named s (any case), or an error
// listing the accepted names. Common spellings of a marketplace and its
// regional sites are accepted too: "TikTok Shop", "tiktok_shop",
// "amazon.co.uk", "ebay-de", "Shopee TW", "woocommerce".
func ParsePlatform(s string) (Platform, error) {
	p := Platform(strings.ToLower(strings.TrimSpace(s)))
	for _, k := range Platforms {
		if p == k {
			return p, nil
		}
	}
	squeezed := strings.Map(func(r rune) rune {
		if r == ' ' || r == '_' || r == '-' || r == '.' {
			return -1
		}
		return r
	}, string(p))
	for _, k := range []Platform{PlatformAmazon, PlatformEbay, PlatformShopee, PlatformLazada, PlatformTikTok, PlatformShopify} {
		if squeezed != "" && strings.HasPrefix(squeezed, string(k)) {
			return k, nil
		}
	}
	switch squeezed {
	case "woocommerce", "website", "ownsite", "dtc", "独立站":
		return PlatformIndependent, nil
	case "mail", "smtp", "imap":
		return PlatformEmail, nil
	}
	names := make([]string, len(Platforms))
	for i, k := range Platforms {
		names[i] = string(k)
	}
	return "", fmt.Errorf("unknown platform %q: want one of %s", s, strings.Join(names, ", "))
}

func (p Platform) known() Platform {
	for _, k := range Platforms {
		if p == k {
			return p
		}
	}
	return PlatformOther
}

// IsMarketplace reports whether the platform polices buyer-seller
// messages. Elsewhere the seller's own website, email, phone and checkout
// are the normal way to do business.
func (p Platform) IsMarketplace() bool {
	switch p {
	case PlatformAmazon, PlatformEbay, PlatformShopee, PlatformLazada, PlatformTikTok:
		return true
	}
	return false
}

// policyTable says, per platform, which kinds block sending (true) and
// which are only warnings. Every kind is detected everywhere; the table decides
// what stops a message.
//
//   - Amazon forbids all six in buyer-seller messages: links not needed
//     for the order, email addresses and phone numbers, marketing,
//     incentives for or manipulation of reviews, and anything that takes
//     the sale or the payment off Amazon.
//   - eBay forbids off-eBay offers, exchanging email, phone, payment or
//     social details and promoting external sites. Promoting one's own
//     eBay listings is allowed, so promotional only warns.
//   - Shopee, Lazada and TikTok Shop forbid taking contact, payment or
//     orders off the platform and links that lead off it; shop vouchers
//     and "follow our shop" are part of their own chat culture, so
//     promotional only warns.
//   - On the seller's own channels contact details, links, marketing and
//     their own checkout are normal: only warnings. Review manipulation
//     blocks everywhere: paying for reviews breaks consumer-protection
//     law (FTC 16 CFR 465, the EU's UCPD) and every review site's terms.
var policyTable = map[Platform]map[Kind]bool{
	PlatformAmazon: {ExternalLink: true, ContactInfo: true, OffPlatformPayment: true, ReviewManipulation: true, Promotional: true, OffPlatformOrder: true},
	PlatformEbay:   {ExternalLink: true, ContactInfo: true, OffPlatformPayment: true, ReviewManipulation: true, Promotional: false, OffPlatformOrder: true},
	PlatformShopee: {ExternalLink: true, ContactInfo: true, OffPlatformPayment: true, ReviewManipulation: true, Promotional: false, OffPlatformOrder: true},
	PlatformLazada: {ExternalLink: true, ContactInfo: true, OffPlatformPayment: true, ReviewManipulation: true, Promotional: false, OffPlatformOrder: true},
	PlatformTikTok: {ExternalLink: true, ContactInfo: true, OffPlatformPayment: true, ReviewManipulation: true, Promotional: false, OffPlatformOrder: true},

	PlatformShopify:     ownChannel,
	PlatformIndependent: ownChannel,
	PlatformStripe:      ownChannel,
	PlatformPayPal:      ownChannel,
	PlatformUQPAY:       ownChannel,
	PlatformEmail:       ownChannel,
	PlatformOther:       ownChannel,
}

var ownChannel = map[Kind]bool{ReviewManipulation: true}

// Blocking reports whether a violation of kind k stops a message on p.
func Blocking(p Platform, k Kind) bool { return policyTable[p.known()][k] }

// policyFor returns the blocking flags of p indexed like Kinds.
func policyFor(p Platform) [8]bool {
	var out [8]bool
	m := policyTable[p.known()]
	for i, k := range Kinds {
		out[i] = m[k]
	}
	return out
}
