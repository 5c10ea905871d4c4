package compliance

import (
	"slices"
	"strings"
	"testing"
	"time"

	"kefu"
)

// TestCheckFindsKinds is the behaviour each rule protects, one line each:
// the disguises the package exists to see through, and the hard negatives
// it must leave alone.
func TestCheckFindsKinds(t *testing.T) {
	for _, tc := range []struct {
		platform Platform
		text     string
		want     []Kind
	}{
		// Contact details and their disguises.
		{"amazon", "add me on w h a t s a p p", []Kind{ContactInfo}},
		{"amazon", "w.h.a.t.s.a.p.p me", []Kind{ContactInfo}},
		{"amazon", "msg me on wh@tsapp", []Kind{ContactInfo}},
		{"amazon", "ｗｈａｔｓａｐｐ ＋１ ５５５ １２３ ４５６７", []Kind{ContactInfo}},
		{"amazon", "add me on WhаtsАpp", []Kind{ContactInfo}}, // Cyrillic а and А
		{"amazon", "write to john at gmail dot com", []Kind{ContactInfo}},
		{"amazon", "contact john at gmail", []Kind{ContactInfo}},
		{"amazon", "mail: lin(at)shop(dot)com", []Kind{ContactInfo}},
		{"amazon", "my email is lin@shop.com", []Kind{ContactInfo}},
		{"amazon", "call me on 07700 900123", []Kind{ContactInfo}},
		{"amazon", "text (415) 555-0198", []Kind{ContactInfo}},
		{"amazon", "my number is +1\u200b415\u200b555\u200b0166", []Kind{ContactInfo}},
		{"amazon", "call five five five one two three four five six seven", []Kind{ContactInfo}},
		{"shopee", "电话 零一三八零零一三八零零零", []Kind{ContactInfo}},
		{"shopee", "加微信", []Kind{ContactInfo}},
		{"shopee", "加我微信 abc123", []Kind{ContactInfo}},
		{"shopee", "V信 shop88", []Kind{ContactInfo}},
		{"shopee", "有问题加威信", []Kind{ContactInfo}},
		{"shopee", "薇信号 abc", []Kind{ContactInfo}},
		{"shopee", "vx：abc123", []Kind{ContactInfo}},
		{"shopee", "加QQ 123456789", []Kind{ContactInfo}},
		{"shopee", "私聊客服", []Kind{ContactInfo}},
		{"shopee", "➕V：shop_666", []Kind{ContactInfo}},
		{"lazada", "hubungi saya di WhatsApp", []Kind{ContactInfo}},
		{"shopee", "liên hệ zalo 0912 345 678", []Kind{ContactInfo}},
		{"shopee", "แอดไลน์ @shop", []Kind{ContactInfo}},
		{"ebay", "message me on Facebook", []Kind{ContactInfo}},
		{"amazon", "Line ID: tokyogoods", []Kind{ContactInfo}},

		// Payment outside the checkout.
		{"shopee", "支付宝转账给我", []Kind{OffPlatformPayment}},
		{"amazon", "pay me directly and save the fees", []Kind{OffPlatformPayment}},
		{"ebay", "send it by Western Union", []Kind{OffPlatformPayment}},
		{"amazon", "we'll send the refund to your PayPal", []Kind{OffPlatformPayment}},
		{"amazon", "paypal.me/lin", []Kind{ExternalLink, OffPlatformPayment}},
		{"amazon", "Could you buy a $25 Apple gift card and send us the code for the customs fee?", []Kind{OffPlatformPayment}},
		{"shopee", "Kak bisa transfer lewat DANA aja ya.", []Kind{OffPlatformPayment}},

		// A new sale paid off the platform is a sale off it too; money
		// for a missing item or a fee is a payment only.
		{"ebay", "Pay me by PayPal F&F for the second lens and I'll post it.", []Kind{OffPlatformPayment, OffPlatformOrder}},
		{"shopee", "Just transfer to our BCA account and we'll ship the extra 5 today.", []Kind{OffPlatformPayment, OffPlatformOrder}},
		{"lazada", "Send 450 to GCash to reserve the bag po.", []Kind{OffPlatformPayment, OffPlatformOrder}},
		{"ebay", "I can end the listing and sell it to you privately for cash.", []Kind{OffPlatformPayment, OffPlatformOrder}},
		{"shopee", "亲，我们还有现货，直接支付宝转账给我们就可以发货。", []Kind{OffPlatformPayment, OffPlatformOrder}},
		{"amazon", "Sorry the second item was missing, we'll send the $10 to your PayPal today.", []Kind{OffPlatformPayment}},
		{"amazon", "For the second parcel, please pay the shipping difference by bank transfer.", []Kind{OffPlatformPayment}},

		// Orders outside the platform.
		{"amazon", "next time order directly from our website", []Kind{OffPlatformOrder}},
		{"amazon", "it's cheaper on our site", []Kind{OffPlatformOrder}},
		{"shopee", "去淘宝下单更便宜", []Kind{OffPlatformOrder}},
		{"amazon", "place the order via WhatsApp", []Kind{ContactInfo, OffPlatformOrder}},
		{"shopee", "Sold out on Shopee but DM us on IG @shopx and we'll sort it.", []Kind{ContactInfo, OffPlatformOrder}},
		{"amazon", "Our full range is only on our own site.", []Kind{OffPlatformOrder}},

		// Review manipulation.
		{"shopee", "好评返现", []Kind{ReviewManipulation}},
		{"shopee", "五星好评返现5元", []Kind{ReviewManipulation}},
		{"shopee", "给个好评吧", []Kind{ReviewManipulation}},
		{"amazon", "If you leave positive feedback we will refund your shipping.", []Kind{ReviewManipulation}},
		{"amazon", "We'll send a free gift once you remove your 1-star review.", []Kind{ReviewManipulation}},
		{"amazon", "Could you please update your review now that it's fixed?", []Kind{ReviewManipulation}},
		{"amazon", "Please leave us a 5-star review!", []Kind{ReviewManipulation}},
		{"amazon", "Si nos dejas una reseña de 5 estrellas te devolvemos el dinero.", []Kind{ReviewManipulation}},
		{"amazon", "Bewertung gegen Rückerstattung", []Kind{ReviewManipulation}},
		{"shopify", "Leave a review and get 20% back!", []Kind{ReviewManipulation}},
		{"shopee", "Deixa 5 estrelinhas e a gente te manda um cupom.", []Kind{ReviewManipulation}},
		{"amazon", "If you love it, please leave a review. If anything isn't perfect, message us first before you review.", []Kind{ReviewManipulation}},

		// Promotion.
		{"amazon", "Check out our new collection!", []Kind{Promotional}},
		{"amazon", "Use code SAVE20 for 20% off your next order.", []Kind{Promotional}},
		{"amazon", "Follow us on Instagram for updates.", []Kind{Promotional}},
		{"amazon", "Subscribe to our newsletter.", []Kind{Promotional}},
		{"amazon", "Big sale this weekend: 30% off everything.", []Kind{Promotional}},
		{"shopee", "限时优惠，关注我们店铺", []Kind{Promotional}},

		// Links.
		{"amazon", "see example dot com for details", []Kind{ExternalLink}},
		{"amazon", "manual at www.shop .com", []Kind{ExternalLink}},
		{"amazon", "video: https://youtu.be/abc", []Kind{ExternalLink}},
		{"amazon", "the manual is on our website lampwerk.my", []Kind{ExternalLink}},
		{"shopify", "all our patterns: lnk.bio/knitwithmia", []Kind{ExternalLink}},
		{"amazon", "I checked the site.it works now", nil},
		{"ebay", "see amazon.com/dp/B0C123", []Kind{ExternalLink}},

		// Allowed: the platform's own and carriers' links.
		{"amazon", "Track it at https://www.ups.com/track?tracknum=1Z999AA10123456784", nil},
		{"amazon", "Your orders: https://www.amazon.co.uk/gp/your-account/order-history", nil},
		{"shopee", "Track: https://spx.co.id/track?SPXID0123", nil},
		{"ebay", "Follow it at https://www.royalmail.com/track-your-item", nil},

		// Hard negatives: numbers that are not phones.
		{"amazon", "Order 123-1234567-1234567, tracking 1Z999AA10123456784 and 9400 1000 0000 0000 0000 00.", nil},
		{"ebay", "Order 12-34567-89012, item 234567890123, LX123456789CN.", nil},
		{"shopee", "SN 2311220ABCDEF1, tracking YT2312345678901234, total ¥299.", nil},
		{"shopify", "Order #1001 total US$ 1,299.00 (12.50 EUR shipping) on 2024-11-22 at 14:30.", nil},
		{"amazon", "Ship to Springfield, OR 97477-1234. Qty 3, SKU TSH-2041-BLK-L, FedEx 7489 1234 5678.", nil},
		{"amazon", "Call UPS on 1-800-742-5877 to reschedule the delivery.", nil},
		{"amazon", "The manufacturer's warranty line is 1-888-555-0100.", nil},
		// What a number is, said after it, or whose line it is.
		{"lazada", "The number on the box, 03-7725 8841, is the manufacturer's service hotline.", nil},
		{"ebay", "The number cast into the housing, 01632 960 448, is the casting number.", nil},
		{"ebay", "Il numero inciso sulla lama, 335 8812 074, è il numero di serie.", nil},
		{"amazon", "For the igniter, please contact Weber's customer service at 1-800-446-1071.", nil},
		{"amazon", "Call me on 0912 345 678 about your order.", []Kind{ContactInfo}},
		{"amazon", "Ring 07700 900123 to track it.", []Kind{ContactInfo}},
		{"amazon", "The number 0912 345 678 is our hotline.", []Kind{ContactInfo}},
		{"amazon", "Call our team's customer service at 1-800-446-1071.", []Kind{ContactInfo}},

		// Hard negatives: words that only look like violations.
		{"amazon", "Please consider leaving a review of the product.", nil},
		{"amazon", "Thank you for your positive feedback!", nil},
		{"ebay", "We have left positive feedback for you.", nil},
		{"amazon", "We'll refund 20% of this order for the delay.", nil},
		{"amazon", "We are reviewing your case and will follow up with the carrier.", nil},
		{"amazon", "Sorry, we can't communicate via WhatsApp; please keep messages here.", nil},
		{"amazon", "We cannot accept PayPal or bank transfer, all payments go through Amazon.", nil},
		{"amazon", "Our after-sales team will call the courier. Please check line 3 of the manual.", nil},
		{"amazon", "Could we chat about the size? The signal range is 300 m.", nil},
		{"shopee", "亲，感谢您的五星好评，期待您的再次光临！", nil},
		{"shopee", "亲，我们不能加微信，请在这里留言。", nil},
		{"amazon", "It shipped today.It will arrive Friday.", nil},
		{"amazon", "Seattle, WA 98101-1234", nil},
		{"amazon", "This smartwatch shows WhatsApp and WeChat notifications.", nil},
		{"amazon", "WhatsApp and other outside apps aren't allowed for Amazon orders.", nil},
		{"amazon", "The item was on sale when you bought it, so the price was lower.", nil},
		{"amazon", "The 10% off coupon you used was applied to your order.", nil},
		{"amazon", "We refunded 15% and your next order ships free.", nil},
		{"amazon", "Tumble dry low or line dry. Please follow the instructions on our page.", nil},
		{"amazon", "Call Amazon customer service at 1-888-280-4331 about the refund.", nil},
		{"shopee", "Shopee will refund you via bank transfer within 3 days.", nil},
		{"ebay", "You can pay with PayPal at checkout.", nil},
		{"amazon", "If you have any feedback, let us know and we'll refund any damaged item.", nil},
		{"amazon", "We reviewed your return and refunded $20. Leave a review if you like!", nil},
		{"amazon", "We will never ask you to pay outside Amazon.", nil},
		{"amazon", "If a message claiming to be from us asks for a bank transfer, please report it to Amazon.", nil},
		{"shopee", "GCash is accepted, just pick it at Shopee checkout.", nil},
		{"amazon", "We know you'd rather chat on WhatsApp, but Amazon only allows us to message you here.", nil},
		{"amazon", "Leave a review, good or bad, it helps us.", nil},
		{"ebay", "The auction ends Sunday evening.", nil},
		{"shopee", "Track it here: https://www.jtexpress.ph/trajectoryQuery?waybillNo=780022916634", nil},
		{"shopee", "亲，第二天发货，请在平台付款。", nil},
	} {
		got := Check(tc.platform, tc.text).Kinds()
		if !slices.Equal(got, tc.want) {
			t.Errorf("Check(%s, %q) = %v, want %v", tc.platform, tc.text, got, tc.want)
		}
	}
}

// TestOffsetsPointIntoOriginalText checks that findings in folded text
// (full-width, zero-width, accents) come back as byte offsets of the text
// as written.
func TestOffsetsPointIntoOriginalText(t *testing.T) {
	for _, tc := range []struct {
		text, excerpt string
	}{
		{"请联系 ｌｉｎ＠ｓｈｏｐ．ｃｏｍ 谢谢", "ｌｉｎ＠ｓｈｏｐ．ｃｏｍ"},
		{"Nummer: ＋４９ １５１ ２３４５６７８９!", "＋４９ １５１ ２３４５６７８９"},
		{"my number is +1\u200b415\u200b555\u200b0166.", "+1\u200b415\u200b555\u200b0166"},
		{"Escríbeme: lïn.péréz@shop.com", "lïn.péréz@shop.com"},
		{"Liên hệ qua Zalo: 0912 345 678 nhé", "Zalo: 0912 345 678"},
		{"add me: w h a t s a p p", "w h a t s a p p"},
	} {
		r := Check(PlatformAmazon, tc.text)
		if len(r.Violations) == 0 {
			t.Errorf("%q: no violations", tc.text)
			continue
		}
		v := r.Violations[0]
		if v.Excerpt != tc.excerpt || tc.text[v.Start:v.End] != v.Excerpt {
			t.Errorf("%q: %d-%d %q, want %q", tc.text, v.Start, v.End, v.Excerpt, tc.excerpt)
		}
	}
}

// TestPolicyCoversEveryStorePlatform keeps the blocking table in step
// with the platforms a kefu store can have.
func TestPolicyCoversEveryStorePlatform(t *testing.T) {
	for _, l := range kefu.Platforms {
		p, err := ParsePlatform(l.ID)
		if err != nil {
			t.Errorf("store platform %q: %v", l.ID, err)
			continue
		}
		if len(policyTable[p]) == 0 {
			t.Errorf("no policy for %q", p)
		}
		if !Blocking(p, ReviewManipulation) {
			t.Errorf("review manipulation does not block on %q", p)
		}
	}
	for _, k := range Kinds {
		if !Blocking(PlatformAmazon, k) {
			t.Errorf("%s does not block on Amazon", k)
		}
	}
	if Blocking(PlatformShopify, ContactInfo) || Blocking(PlatformShopify, ExternalLink) {
		t.Error("contact details and links block on the seller's own Shopify store")
	}
	if Blocking("nowhere", ContactInfo) != Blocking(PlatformOther, ContactInfo) {
		t.Error("an unknown platform is not treated as other")
	}
	for in, want := range map[string]Platform{"TikTok Shop": PlatformTikTok, "tiktok_shop": PlatformTikTok,
		"amazon.co.uk": PlatformAmazon, "eBay-DE": PlatformEbay, "Shopee TW": PlatformShopee, "WooCommerce": PlatformIndependent,
		" Lazada ": PlatformLazada} {
		if p, err := ParsePlatform(in); p != want || err != nil {
			t.Errorf("ParsePlatform(%q) = %q, %v; want %q", in, p, err, want)
		}
	}
	if _, err := ParsePlatform("wish"); err == nil || !strings.Contains(err.Error(), "amazon, ebay") {
		t.Errorf("ParsePlatform(wish) = %v, want an error listing the platforms", err)
	}
}

// TestReportBlockedFollowsPolicy checks Blocked and Blocking together.
func TestReportBlockedFollowsPolicy(t *testing.T) {
	const text = "Call us on (503) 555-0147."
	if r := Check(PlatformAmazon, text); !r.Blocked || !r.Violations[0].Blocking {
		t.Errorf("Amazon: %+v, want blocked", r)
	}
	if r := Check(PlatformShopify, text); r.Blocked || len(r.Violations) != 1 || r.Violations[0].Blocking {
		t.Errorf("Shopify: %+v, want one warning", r)
	}
	if r := Check(PlatformAmazon, "Thanks for your order!"); r.Violations != nil || r.Blocked {
		t.Errorf("clean: %+v", r)
	}
}

// TestPathologicalInputStaysLinear guards against rules that compare
// every unit of a sentence with every other: a 30 kB message with no
// sentence breaks must cost about what thirty ordinary ones do.
func TestPathologicalInputStaysLinear(t *testing.T) {
	for _, s := range []string{
		strings.Repeat("review free if will ", 1500),
		strings.Repeat("remove review ", 2000),
		strings.Repeat("w h a t s a p p ", 2000),
		strings.Repeat("1 ", 15000),
		strings.Repeat("a dot ", 5000),
		strings.Repeat("our website buy ", 2000),
		strings.Repeat("x at ", 6000),
		strings.Repeat("好评返现", 3000),
		strings.Repeat("paypal sale 20% code ", 1500),
		strings.Repeat("not ", 7500) + "whatsapp",
		strings.Repeat("pay by paypal for the second one. ", 1000),
		strings.Repeat("our site ", 4000) + "order there",
	} {
		start := time.Now()
		Check(PlatformAmazon, s)
		if d := time.Since(start); d > 3*time.Second {
			t.Errorf("%.20q… (%d bytes) took %v", s, len(s), d)
		}
	}
}
