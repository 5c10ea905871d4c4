package email

import (
	"regexp"
	"strings"
)

// OrderRef is an order number found in text, with the platform its shape
// belongs to ("" when only the words around it say it is an order).
type OrderRef struct {
	Number   string
	Platform string
}

var (
	// Amazon: 3-7-7 digits (111-2222222-3333333). eBay: 2-5-5 digits.
	amazonOrder = regexp.MustCompile(`\d{3}-\d{7}-\d{7}`)
	ebayOrder   = regexp.MustCompile(`\d{2}-\d{5}-\d{5}`)
	// Shopee order SN: YYMMDD then 8 upper-case letters/digits (240611ABCD1234).
	shopeeOrder = regexp.MustCompile(`\d{6}[0-9A-Z]{8}`)
	// Shopify/independent: "#1001" only right after an order word, or a
	// plain number right after "order number:"/"订单号".
	hashOrder  = regexp.MustCompile(`(?i)(order|orders|订单|訂單|pedido|commande|bestellung|ordine|注文|주문|đơn hàng|คำสั่งซื้อ)\s*(?:number|no\.?|num|id|号|編號|编号|番号)?\s*[:：]?\s*#\s?(\d{3,10})`)
	labelOrder = regexp.MustCompile(`(?i)(order\s*(?:number|no\.?|id|#)|订单号|订单编号|訂單編號|注文番号)\s*[:：]?\s*#?\s*(\d{4,19})`)
)

// OrderNumbers extracts order numbers in order of appearance, without
// duplicates. Shapes are checked with their surroundings so that phone
// numbers, tracking numbers (1Z…, 9400…, JT…, 20+ digit runs) and prices
// are not taken: a match must not touch other digits, letters or dashes.
func OrderNumbers(text string) []OrderRef {
	var out []OrderRef
	seen := map[string]bool{}
	add := func(n, platform string) {
		if !seen[n] {
			seen[n] = true
			out = append(out, OrderRef{Number: n, Platform: platform})
		}
	}
	type hit struct {
		at       int
		number   string
		platform string
	}
	var hits []hit
	// Each pattern runs only when its anchor character or word is present:
	// this runs on every mail and most have no order number at all.
	dash := strings.IndexByte(text, '-') >= 0
	lower := strings.ToLower(text)
	for _, loc := range amazonOrder.FindAllStringIndex(text, dashLimit(dash)) {
		if isolated(text, loc[0], loc[1]) {
			hits = append(hits, hit{loc[0], text[loc[0]:loc[1]], "amazon"})
		}
	}
	for _, loc := range ebayOrder.FindAllStringIndex(text, dashLimit(dash)) {
		if isolated(text, loc[0], loc[1]) {
			hits = append(hits, hit{loc[0], text[loc[0]:loc[1]], "ebay"})
		}
	}
	for _, loc := range shopeeOrder.FindAllStringIndex(text, 50) {
		n := text[loc[0]:loc[1]]
		if isolated(text, loc[0], loc[1]) && shopeeShape(n) {
			hits = append(hits, hit{loc[0], n, "shopee"})
		}
	}
	for _, sm := range hashOrder.FindAllStringSubmatchIndex(text, limitIf(strings.IndexByte(text, '#') >= 0)) {
		if isolated(text, sm[4], sm[5]) {
			hits = append(hits, hit{sm[4], text[sm[4]:sm[5]], "shopify"})
		}
	}
	hasLabel := strings.Contains(lower, "order") || strings.Contains(text, "订单") || strings.Contains(text, "訂單") || strings.Contains(text, "注文")
	for _, sm := range labelOrder.FindAllStringSubmatchIndex(text, limitIf(hasLabel)) {
		if sm[5] < len(text) && (text[sm[5]] == '-' || text[sm[5]] == '.' && sm[5]+1 < len(text) && isDigit(text[sm[5]+1])) {
			continue // part of an Amazon/eBay number or a price
		}
		hits = append(hits, hit{sm[4], text[sm[4]:sm[5]], ""})
	}
	// Appearance order; a later, weaker match of the same digits is a duplicate.
	for i := 1; i < len(hits); i++ {
		for j := i; j > 0 && hits[j].at < hits[j-1].at; j-- {
			hits[j], hits[j-1] = hits[j-1], hits[j]
		}
	}
	for _, h := range hits {
		if h.platform == "" && coveredBy(h.number, out) {
			continue
		}
		add(h.number, h.platform)
	}
	return out
}

func coveredBy(n string, refs []OrderRef) bool {
	for _, r := range refs {
		if strings.Contains(strings.ReplaceAll(r.Number, "-", ""), n) {
			return true
		}
	}
	return false
}

// isolated reports whether text[i:j] stands alone: no letter, digit, dash,
// plus or dot-digit directly before or after it.
func isolated(text string, i, j int) bool {
	if i > 0 {
		c := text[i-1]
		if isAlnum(c) || c == '-' || c == '+' || c == '/' || (c == '.' && i > 1 && isDigit(text[i-2])) {
			return false
		}
	}
	if j < len(text) {
		c := text[j]
		if isAlnum(c) || c == '-' || (c == '.' || c == ',') && j+1 < len(text) && isDigit(text[j+1]) {
			return false
		}
	}
	return true
}

// shopeeShape: the first six digits are a date (YYMMDD) and the rest has
// a letter, so 14-digit phone or tracking runs do not pass.
func shopeeShape(n string) bool {
	mm := (n[2]-'0')*10 + n[3] - '0'
	dd := (n[4]-'0')*10 + n[5] - '0'
	if mm < 1 || mm > 12 || dd < 1 || dd > 31 {
		return false
	}
	return strings.IndexFunc(n[6:], func(r rune) bool { return r >= 'A' && r <= 'Z' }) >= 0
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func isAlnum(c byte) bool {
	return isDigit(c) || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

func dashLimit(dash bool) int { return limitIf(dash) }

// limitIf is the match limit for a pattern whose prefilter passed (50) or
// failed (0: FindAll returns nothing without scanning).
func limitIf(ok bool) int {
	if ok {
		return 50
	}
	return 0
}
