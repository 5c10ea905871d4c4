package email

import (
	"regexp"
	"strings"

	"kefu"
)

// PlatformHint says where a mail came from. Platform is a kefu platform
// id ("amazon", "ebay", "shopify", …) or "" when nothing is recognised
// (ordinary mail to the store's own address). RelayAddress is the
// marketplace alias that reaches the buyer (reply there, never to a real
// address); BuyerEmail is the buyer's real address when a contact form
// relays it; BuyerName is the buyer as the platform shows them.
type PlatformHint struct {
	Platform     string
	RelayAddress string
	BuyerName    string
	BuyerEmail   string
}

var (
	amazonRelay   = regexp.MustCompile(`^marketplace\.amazon\.[a-z.]{2,10}$`)
	ebayRelay     = regexp.MustCompile(`^members\.ebay\.[a-z.]{2,10}$`)
	amazonNameTag = regexp.MustCompile(`(?i)\s*[-–—|]?\s*(marketplace message via amazon.*|amazon marketplace.*|via amazon.*|amazon\s*seller.*)$`)
	amazonBuyer   = regexp.MustCompile(`(?i)from (?:amazon )?customer\s+([^:(\n]{1,80}?)\s*[:(]`)
	ebayBuyer     = regexp.MustCompile(`(?im)^\s*(?:new message from:?\s*|from:\s*)([A-Za-z0-9._*\-]{2,64})(?:\s*\(\d+\))?\s*$`)
	ebaySubject   = regexp.MustCompile(`(?i)^(?:re:\s*)?([A-Za-z0-9._*\-]{2,64}) (?:sent (?:you )?a message|has sent a question|sent a question)`)
	formName      = regexp.MustCompile(`(?im)^\s*(?:name|姓名|名前)\s*[:：]\s*(.{1,100}?)\s*$`)
	formEmail     = regexp.MustCompile(`(?im)^\s*(?:e-?mail|邮箱|电子邮件)\s*[:：]\s*<?([^\s<>]+@[^\s<>]+?)>?\s*$`)
)

// Platform recognises marketplace relay mail (Amazon buyer-seller
// messages from …@marketplace.amazon.<tld>, eBay member messages from
// …@members.ebay.<tld> or ebay.com), platform senders and Shopify contact
// forms. It trusts addresses as written: Authenticity says whether they
// are real.
func Platform(m *Message) PlatformHint {
	addrs := append([]Address{m.From}, m.ReplyTo...)
	for _, a := range addrs {
		d := a.Domain()
		switch {
		case amazonRelay.MatchString(d):
			h := PlatformHint{Platform: "amazon", RelayAddress: strings.ToLower(a.Address)}
			h.BuyerName = strings.TrimSpace(amazonNameTag.ReplaceAllString(m.From.Name, ""))
			if sm := amazonBuyer.FindStringSubmatch(m.Text + "\n" + m.Quoted); sm != nil && h.BuyerName == "" {
				h.BuyerName = strings.TrimSpace(sm[1])
			}
			return h
		case ebayRelay.MatchString(d):
			h := PlatformHint{Platform: "ebay", RelayAddress: strings.ToLower(a.Address), BuyerName: m.From.Name}
			if h.BuyerName == "" || strings.EqualFold(h.BuyerName, "ebay") {
				h.BuyerName = ebayBuyerName(m)
			}
			return h
		}
	}
	d := m.From.Domain()
	b := brandOwning(d)
	switch {
	case b != nil && b.Platform == "ebay":
		return PlatformHint{Platform: "ebay", BuyerName: ebayBuyerName(m)}
	case b != nil && b.Platform == "shopify":
		h := PlatformHint{Platform: "shopify"}
		body := m.Text + "\n" + m.Quoted
		if sm := formName.FindStringSubmatch(body); sm != nil {
			h.BuyerName = sm[1]
		}
		if len(m.ReplyTo) > 0 && brandOwning(m.ReplyTo[0].Domain()) == nil {
			h.BuyerEmail = m.ReplyTo[0].Address
		} else if sm := formEmail.FindStringSubmatch(body); sm != nil {
			h.BuyerEmail = sm[1]
		}
		return h
	case b != nil && b.Platform != "" && kefu.IsPlatform(b.Platform):
		return PlatformHint{Platform: b.Platform}
	}
	if strings.Contains(strings.ToLower(m.Text), "myshopify.com") {
		return PlatformHint{Platform: "shopify"}
	}
	return PlatformHint{}
}

func ebayBuyerName(m *Message) string {
	if sm := ebayBuyer.FindStringSubmatch(m.Quoted + "\n" + m.Text); sm != nil {
		return sm[1]
	}
	if sm := ebaySubject.FindStringSubmatch(m.Subject); sm != nil {
		return sm[1]
	}
	return ""
}

// relayPlatform is the cheap part of Platform that Parse needs to pick
// the wrapper to unwrap.
func relayPlatform(m *Message) string {
	for _, a := range append([]Address{m.From}, m.ReplyTo...) {
		d := a.Domain()
		if amazonRelay.MatchString(d) {
			return "amazon"
		}
		if ebayRelay.MatchString(d) || orgDomain(d) == "ebay.com" {
			return "ebay"
		}
		if orgDomain(d) == "shopify.com" {
			return "shopify"
		}
	}
	return ""
}
