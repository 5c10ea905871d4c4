package email

import (
	"regexp"
	"strings"
)

// Marketplace relays wrap the buyer's words in boilerplate. Amazon's
// buyer-seller messages put them between "------------- Begin message
// -------------" (older: "------------- Message: -------------") and
// "------------- End message -------------", followed by "Resolve case?"
// / "Was this email helpful?" footers; eBay member messages start after
// "New message from: buyer (12)" and end at the Reply button, item
// details or the "Only purchases on eBay are covered" footer.
var (
	amazonBegin  = regexp.MustCompile(`(?i)^\s*-{5,}\s*(begin message|message:?)\s*-{5,}\s*$`)
	amazonEnd    = regexp.MustCompile(`(?i)^\s*-{5,}\s*end message\s*-{5,}\s*$`)
	amazonFooter = regexp.MustCompile(`(?i)^\s*(resolve case\??|was this email helpful\??|for your information:|to respond to this (customer|buyer)|copyright .{0,30}amazon|is this issue resolved\??|this e-?mail was sent by amazon|we hope you found this message)`)
	ebayBegin    = regexp.MustCompile(`(?i)^\s*(new message from:?|new message:|you have a new message|\S+ sent (you )?a message( about .+)?:?)\s*`)
	shopifyBody  = regexp.MustCompile(`(?i)^\s*(body|message|comment|留言|消息)\s*[:：]\s*$`)
	ebayEnd      = regexp.MustCompile(`(?i)^\s*(reply|respond( now)?|item id:|item #|item number:|order number:|order status:|only purchases on ebay|your previous message|email reference id|this message was sent|ebay sent this message|view item|see item details|learn more about how to stay safe)\b`)
)

// Shopify contact-form mail lists Name/Email fields, then "Body:".
//
// unwrapRelay returns the line range holding the buyer's own words; the
// whole text when no wrapper is recognised.
func unwrapRelay(lines []string, platform string) (from, to int) {
	from, to = 0, len(lines)
	switch platform {
	case "amazon":
		for i, l := range lines {
			if amazonBegin.MatchString(l) {
				from = i + 1
				break
			}
		}
		for i := from; i < len(lines); i++ {
			if amazonEnd.MatchString(lines[i]) || amazonFooter.MatchString(lines[i]) {
				to = i
				break
			}
		}
	case "shopify":
		// Contact-form mail: the buyer's words follow the "Body:" label.
		for i, l := range lines {
			if shopifyBody.MatchString(l) {
				from = i + 1
				break
			}
		}
	case "ebay":
		for i, l := range lines {
			if ebayBegin.MatchString(l) && i < 15 {
				from = i + 1
				break
			}
		}
		for i := from; i < len(lines); i++ {
			if ebayEnd.MatchString(lines[i]) {
				to = i
				break
			}
		}
	}
	if !hasText(lines[from:to]) {
		return 0, len(lines) // never fold the buyer's words away
	}
	return from, to
}

func hasText(lines []string) bool {
	for _, l := range lines {
		if strings.TrimSpace(l) != "" {
			return true
		}
	}
	return false
}
