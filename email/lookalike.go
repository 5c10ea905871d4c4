package email

import (
	"strings"

	"golang.org/x/net/idna"
)

// confusables maps characters that render like Latin letters (digits,
// Cyrillic and Greek letters) to the letter they imitate: "pаypal" with a
// Cyrillic а, "paypa1", "amaz0n".
var confusables = map[rune]string{
	'0': "o", '1': "l", '3': "e", '4': "a", '5': "s", '7': "t", '8': "b", '9': "g",
	'а': "a", 'е': "e", 'о': "o", 'р': "p", 'с': "c", 'у': "y", 'х': "x", 'і': "i", 'ј': "j", 'ѕ': "s", 'ԁ': "d", 'ɡ': "g", 'һ': "h", 'ӏ': "l", 'к': "k", 'м': "m", 'т': "t", 'в': "b", 'н': "h",
	'α': "a", 'ο': "o", 'ρ': "p", 'ν': "v", 'ι': "i", 'κ': "k", 'τ': "t", 'υ': "u", 'χ': "x", 'ε': "e",
	'ı': "i", 'ł': "l", 'ó': "o", 'á': "a", 'é': "e", 'í': "i", 'ú': "u", 'à': "a", 'è': "e",
}

// skeleton lowers s and replaces confusables and multi-letter tricks
// ("rn" for "m", "vv" for "w") so look-alikes compare equal.
func skeleton(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if c, ok := confusables[r]; ok {
			b.WriteString(c)
		} else {
			b.WriteRune(r)
		}
	}
	out := b.String()
	out = strings.ReplaceAll(out, "rn", "m")
	out = strings.ReplaceAll(out, "vv", "w")
	return out
}

// lookAlike reports which brand domain d imitates and how, or nil when it
// imitates none (or really is the brand's). It catches punycode (xn--)
// homoglyphs, digit and letter swaps within edit distance 2 (1 for short
// names, exact skeleton for 4-letter ones), the brand as a word of
// another domain (paypal-support.com) and the brand as a subdomain of
// another domain (paypal.com.secure-login.ru).
//
// weak is set for the edit-distance case alone: "amazing" and "shopper"
// are honest words two letters from a brand, so callers count it only
// when the mail also names that brand.
func lookAlike(d string) (b *brand, why string, weak bool) {
	d = strings.TrimSuffix(strings.ToLower(strings.TrimSpace(d)), ".")
	if d == "" || brandOwning(d) != nil {
		return nil, "", false
	}
	uni := d
	if strings.Contains(d, "xn--") {
		if u, err := idna.ToUnicode(d); err == nil {
			uni = u
		}
	}
	org := orgDomain(uni)
	orgLabel := org
	if i := strings.IndexByte(org, '.'); i > 0 {
		orgLabel = org[:i]
	}
	sub := strings.TrimSuffix(strings.TrimSuffix(uni, org), ".")
	for i := range brands {
		b := &brands[i]
		for _, label := range b.Labels {
			switch {
			case strings.Contains(d, "xn--") && skeleton(orgLabel) == label:
				return b, "punycode domain " + d + " renders as " + uni + ", imitating " + label, false
			case skeleton(orgLabel) == label:
				return b, d + " swaps look-alike characters into " + label, false
			case hasToken(orgLabel, label):
				return b, d + " puts the name " + label + " into another domain", false
			case hasToken(sub, label):
				return b, d + " puts " + label + " in a subdomain of " + org, false
			case closeTo(skeleton(orgLabel), label):
				return b, d + " is one or two letters away from " + label, true
			}
		}
	}
	return nil, "", false
}

// closeTo applies edit distance with a tolerance by length: short names
// have too many honest neighbours ("visa" and "vista").
func closeTo(s, label string) bool {
	if len(label) < 5 || s == label {
		return false
	}
	max := 1
	if len(label) >= 6 {
		max = 2
	}
	if abs(len(s)-len(label)) > max {
		return false
	}
	return editDistance(s, label) <= max
}

// hasToken reports whether label is one of the dash/dot/digit-separated
// words of s, or begins or ends a word when it is long enough to be
// unambiguous (paypalsecure, secure-amazonhelp).
func hasToken(s, label string) bool {
	for _, tok := range strings.FieldsFunc(s, func(r rune) bool { return r == '-' || r == '.' || r == '_' }) {
		t := skeleton(tok)
		if t == label || len(label) >= 5 && (strings.HasPrefix(t, label) || strings.HasSuffix(t, label)) {
			return true
		}
	}
	return false
}

func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	if len(ra) > 64 || len(rb) > 64 {
		return 99
	}
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
