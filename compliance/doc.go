// Package compliance checks an outgoing message — an agent's reply, an
// auto-reply — against the messaging rules of the marketplace it is sent
// on, before it is sent. The composer shows its findings as live warnings,
// the outbox refuses to send a blocked message, and kefu lint runs it from
// the command line.
//
//	r := compliance.Check(compliance.PlatformAmazon, text)
//	if r.Blocked {
//		// at least one violation breaks Amazon's rules: do not send
//	}
//	for _, v := range r.Violations {
//		fmt.Println(v.Kind, v.Start, v.End, v.Excerpt, v.Blocking, v.Rule)
//	}
//
// # Offsets
//
// Violation.Start and End are byte offsets into text exactly as passed to
// Check, a Go string holding UTF-8; Excerpt is text[Start:End]. Byte
// offsets were chosen over rune or UTF-16 offsets because they slice a Go
// string directly and cost nothing to compute; a JavaScript editor that
// needs UTF-16 positions converts once. The detectors read a normalized
// copy of the text (NFKC, lower case, accents and look-alike letters
// folded, zero-width characters dropped) that remembers, byte by byte,
// which span of the original produced it, so an address written as
// ｌｉｎ＠ｓｈｏｐ．ｃｏｍ is reported with the offsets of the full-width
// characters. Offsets always fall on rune boundaries; bytes that are not
// valid UTF-8 are read as separators and are never split.
//
// # Kinds
//
//   - external_link: URLs and bare domains (also "shop dot com", "www.shop
//     .com", "shop(.)com") other than the platform's own and carriers'
//     tracking pages.
//   - contact_info: email addresses (also "lin at gmail dot com",
//     "lin(at)shop(dot)com", "lin at gmail"), phone numbers (also written
//     out: "five five five…", "零一三八…"), and chat apps or handles offered
//     for contact (WhatsApp, WeChat, Line, Telegram, Zalo, QQ, Skype, an
//     Instagram handle to DM; 加微信, V信, 私聊, แอดไลน์, liên hệ zalo), also
//     spelled out or disguised: "w h a t s a p p", "w.h.a.t.s.a.p.p",
//     "wh@tsapp", full-width ｗｈａｔｓａｐｐ, Cyrillic look-alikes.
//   - off_platform_payment: PayPal, bank transfer, Western Union, Zelle,
//     Venmo, Pix, 支付宝转账, 微信转账, "pay me directly".
//   - review_manipulation: incentives for a review (refund, gift,
//     discount, cashback, 好评返现), asking to change or remove a review,
//     and asking for a positive review only ("leave us 5 stars", 给个好评).
//   - promotional: codes and discounts for a later order, "follow us",
//     "subscribe", "check out our new collection", sale announcements
//     (限时优惠, 关注店铺).
//   - off_platform_order: "order directly from our website", "cheaper on
//     our site", "place the order via WhatsApp", 淘宝下单.
//
// # Decisions
//
// Where the rules leave room, the package decides as follows; each is
// also stated where it is implemented.
//
//   - Every kind is detected on every platform; the policy table
//     (Policy, Blocking) decides which kinds block on which platform.
//     Review manipulation blocks everywhere.
//   - Links to the platform's own domains are not reported on that
//     platform. Carrier and tracking-site links (UPS, USPS, DHL, Royal
//     Mail, 17track, Cainiao, YunExpress, J&T, SPX, Ninja Van …) are not
//     reported anywhere: Amazon allows "https links needed for the order",
//     and a tracking page is one, so on Amazon only a carrier link written
//     with http:// is reported.
//   - Phone numbers given for a carrier, the manufacturer or the platform
//     ("call UPS on 1-800-…", "the manufacturer's warranty line") are not
//     reported: Amazon allows phone numbers for warranty, carrier and
//     manufacturer purposes.
//   - The marketplaces' relay addresses (…@marketplace.amazon.com,
//     …@members.ebay.com) are not contact details.
//   - A neutral review request ("please consider leaving a review") is
//     allowed; Amazon permits one per order. Asking for a positive review
//     only is reported. "Please contact us before leaving feedback" is not
//     reported.
//   - A refund or discount on the order being discussed ("we'll refund 20%
//     of this order") is not promotional; a code or discount for the next
//     order is.
//   - Denials are not violations: "we can't accept PayPal", "WhatsApp
//     isn't allowed here", "不能加微信".
//   - On the seller's own channels (Shopify, independent, Stripe, PayPal,
//     UQPAY, email, other) PayPal, Stripe and cards are the checkout and
//     "order on our website" is the platform itself, so neither is
//     reported there.
//
// # How it works
//
// The text is folded (normalize.go), searched for names spelled out
// letter by letter (skeleton.go) and cut into units: words, numbers and
// lexicon phrases in fifteen languages (Japanese, Korean, Italian and
// Tagalog thinner than the rest), each carrying concept bits such as
// "review", "incentive", "condition" or "chat app" (lexicon.go, units.go).
// Email addresses, links and phone numbers are parsed from the characters
// (email.go, links.go, phone.go), once as written and once with spaced-out
// characters joined (collapse.go); domains in Chinese, Japanese or Korean
// script ("暖居.中国") are read separately. The rules of each kind are
// written over concepts within a sentence (contact.go, payment.go,
// offplatform.go, review.go, promo.go), so one rule covers "refund",
// "reembolso", "Rückerstattung" and "退款" alike.
//
// Check is safe for concurrent use. It takes tens of microseconds for a
// typical reply and allocates once for a clean one (BenchmarkCheck); every
// rule looks at a bounded window, so the cost stays linear in the length of
// the text.
package compliance
