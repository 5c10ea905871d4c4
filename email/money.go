package email

import (
	"regexp"
	"strconv"
	"strings"
)

var (
	amountSym  = regexp.MustCompile(`(US\$|USD\s?\$|CA\$|C\$|A\$|AU\$|HK\$|S\$|NZ\$|R\$|JP¥|CN¥|RMB\s?|€|£|¥|￥|₩|₫|฿|₱|\$)\s?(\d{1,3}(?:[,.\s]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?)`)
	amountCode = regexp.MustCompile(`\b(USD|EUR|GBP|CNY|RMB|JPY|AUD|CAD|HKD|SGD|MYR|THB|VND|PHP|IDR|KRW|TWD|MXN|BRL|NZD|CHF|SEK|PLN)\s?(\d{1,3}(?:[,.]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?)\b|(\d{1,3}(?:[,.]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?)\s?(USD|EUR|GBP|CNY|RMB|JPY|AUD|CAD|HKD|SGD|MYR|THB|VND|PHP|IDR|KRW|TWD|MXN|BRL|NZD|CHF|SEK|PLN)\b`)
	amountYuan = regexp.MustCompile(`(\d+(?:\.\d{1,2})?)\s?(元|人民币|美元|欧元|英镑)`)
	amountWord = regexp.MustCompile(`(?i)(((disputed|dispute|chargeback|claim|refund)\s+)?amount|total)\s*[:：]|\b(refund|chargeback|dispute|payment|claim) of\b|(争议|退款|拒付|索赔)?金额\s*[:：]?`)
)

var symbolCurrency = map[string]string{
	"US$": "USD", "$": "USD", "CA$": "CAD", "C$": "CAD", "A$": "AUD", "AU$": "AUD", "HK$": "HKD", "S$": "SGD",
	"NZ$": "NZD", "R$": "BRL", "JP¥": "JPY", "CN¥": "CNY", "RMB": "CNY", "€": "EUR", "£": "GBP", "¥": "CNY",
	"￥": "CNY", "₩": "KRW", "₫": "VND", "฿": "THB", "₱": "PHP", "元": "CNY", "人民币": "CNY", "美元": "USD",
	"欧元": "EUR", "英镑": "GBP",
}

// minorDigits is the ISO 4217 exponent where it is not 2.
var minorDigits = map[string]int{"JPY": 0, "KRW": 0, "VND": 0, "CLP": 0, "ISK": 0, "PYG": 0, "UGX": 0, "BHD": 3, "KWD": 3, "JOD": 3, "OMR": 3, "TND": 3}

type amountHit struct {
	at    int
	minor int64
	code  string
}

// findAmount returns the money at stake: the first amount after an
// amount word ("Disputed amount:", "金额") within 80 bytes, else the first
// amount in text. "¥" alone is read as CNY (our sellers' home currency)
// unless the text is Japanese.
func findAmount(text string) (int64, string) {
	var hits []amountHit
	// Prefilters: most notices name one amount; skip patterns whose
	// symbols, codes or units cannot be in the text.
	sym := limitIf(strings.ContainsAny(text, "$€£¥￥₩₫฿₱") || strings.Contains(text, "RMB"))
	code := limitIf(hasUpperRun(text))
	yuan := limitIf(strings.ContainsAny(text, "元币"))
	for _, sm := range amountSym.FindAllStringSubmatchIndex(text, sym) {
		s := strings.TrimSpace(text[sm[2]:sm[3]])
		if strings.HasPrefix(s, "USD") || strings.HasPrefix(s, "RMB") {
			s = s[:3]
			if s == "USD" {
				s = "$"
			}
		}
		code := symbolCurrency[s]
		if (s == "¥" || s == "￥") && hasKana(text) {
			code = "JPY"
		}
		hits = addAmount(hits, sm[0], text[sm[4]:sm[5]], code)
	}
	for _, sm := range amountCode.FindAllStringSubmatchIndex(text, code) {
		if sm[2] >= 0 {
			hits = addAmount(hits, sm[0], text[sm[4]:sm[5]], normCode(text[sm[2]:sm[3]]))
		} else {
			hits = addAmount(hits, sm[0], text[sm[6]:sm[7]], normCode(text[sm[8]:sm[9]]))
		}
	}
	for _, sm := range amountYuan.FindAllStringSubmatchIndex(text, yuan) {
		hits = addAmount(hits, sm[0], text[sm[2]:sm[3]], symbolCurrency[text[sm[4]:sm[5]]])
	}
	if len(hits) == 0 {
		return 0, ""
	}
	best := hits[0]
	for _, h := range hits {
		if h.at < best.at {
			best = h
		}
	}
	for _, w := range amountWord.FindAllStringIndex(text, 10) {
		var near *amountHit
		for i := range hits {
			h := &hits[i]
			if h.at >= w[1] && h.at-w[1] <= 80 && (near == nil || h.at < near.at) {
				near = h
			}
		}
		if near != nil {
			return near.minor, near.code
		}
	}
	return best.minor, best.code
}

func normCode(c string) string {
	if c == "RMB" {
		return "CNY"
	}
	return c
}

func addAmount(hits []amountHit, at int, num, code string) []amountHit {
	if code == "" {
		return hits
	}
	minor, ok := parseMinor(num, code)
	if !ok {
		return hits
	}
	return append(hits, amountHit{at: at, minor: minor, code: code})
}

// parseMinor reads "1,234.56", "1.234,56", "1 234" or "12" into minor
// units of code. A separator followed by exactly two (or three for 3-digit
// currencies) final digits is the decimal point.
func parseMinor(num, code string) (int64, bool) {
	exp, ok := minorDigits[code]
	if !ok {
		exp = 2
	}
	num = strings.ReplaceAll(num, " ", "")
	intPart, frac := num, ""
	if i := strings.LastIndexAny(num, ".,"); i >= 0 && len(num)-i-1 <= 2 {
		intPart, frac = num[:i], num[i+1:]
	}
	intPart = strings.NewReplacer(",", "", ".", "").Replace(intPart)
	n, err := strconv.ParseInt(intPart, 10, 64)
	if err != nil || n > 1e12 {
		return 0, false
	}
	for len(frac) < exp {
		frac += "0"
	}
	frac = frac[:min(len(frac), exp)]
	f := int64(0)
	if frac != "" {
		f, _ = strconv.ParseInt(frac, 10, 64)
	}
	for range exp {
		n *= 10
	}
	return n + f, true
}

func hasKana(s string) bool {
	for _, r := range s {
		if r >= 0x3040 && r <= 0x30FF {
			return true
		}
	}
	return false
}

// hasUpperRun reports whether text has three upper-case ASCII letters in
// a row, as every currency code does.
func hasUpperRun(text string) bool {
	run := 0
	for i := 0; i < len(text); i++ {
		if c := text[i]; c >= 'A' && c <= 'Z' {
			if run++; run == 3 {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}
