package compliance

import (
	"bytes"
	"sort"
	"unicode"
	"unicode/utf8"
)

// skeletonNames are the names sellers spell out to get past marketplace
// filters: "w h a t s a p p", "w.h.a.t.s.a.p.p", "wh@tsapp", "pay pal". They
// are searched in the skeleton of the text, which keeps only letters (and
// leetspeak digits read as letters) and skips the separators people put
// between them. Line, Signal and QQ are not here: "line", "signal" and
// "qq" hide inside ordinary text far too easily.
var skeletonNames = [][]byte{
	[]byte("whatsapp"), []byte("wechat"), []byte("weixin"), []byte("telegram"), []byte("skype"), []byte("zalo"),
	[]byte("viber"), []byte("kakaotalk"), []byte("snapchat"), []byte("instagram"), []byte("facebook"),
	[]byte("messenger"), []byte("gmail"), []byte("hotmail"), []byte("yahoo"), []byte("icloud"), []byte("protonmail"),
	[]byte("foxmail"), []byte("paypal"), []byte("venmo"), []byte("zelle"), []byte("westernunion"),
	[]byte("moneygram"), []byte("cashapp"), []byte("alipay"),
}

// spacedOnlyNames are names too common as words to look for in the
// skeleton unless every letter stands apart.
var spacedOnlyNames = [][]byte{[]byte("line"), []byte("signal")}

// letterByLetter reports letters at these offsets each set apart from
// the next by a separator: "l i n e", not "line" or "on line".
func letterByLetter(at []int32) bool {
	for j := 1; j < len(at); j++ {
		if at[j]-at[j-1] < 2 || at[j]-at[j-1] > 3 {
			return false
		}
	}
	return true
}

// loneLetter reports a letter or digit at p standing alone between
// non-letters.
func loneLetter(b []byte, p int) bool {
	return p >= 0 && p < len(b) && isASCIIAlnum(b[p]) && (p == 0 || !isASCIIAlnum(b[p-1])) &&
		(p+1 == len(b) || !isASCIIAlnum(b[p+1]))
}

// findObfuscated fills sc.forced with the units for skeleton names, each
// spanning the original letters and the separators between them.
func (sc *scan) findObfuscated() {
	b := sc.f.b
	sc.skel = sc.skel[:0]
	sc.skelAt = sc.skelAt[:0]
	for p := 0; p < len(b); p++ {
		c := b[p]
		switch {
		case 'a' <= c && c <= 'z':
		case isLeet(c) && leetInWord(b, p):
			c = unleet(c)
		case c == ' ' || c == '.' || c == '-' || c == '_' || c == '*' || c == '/' || c == '|' || c == '\'':
			continue
		case c >= utf8.RuneSelf:
			r, n := utf8.DecodeRune(b[p:])
			p += n - 1
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
				continue // an emoji or symbol between letters: "What📱sApp"
			}
			if k := len(sc.skel); k > 0 && sc.skel[k-1] == '#' {
				continue // one break is enough for a run of Chinese
			}
			c = '#'
		default:
			c = '#' // anything else breaks a name
		}
		sc.skel = append(sc.skel, c)
		sc.skelAt = append(sc.skelAt, int32(p))
	}
	sc.forced = sc.forced[:0]
	for _, name := range skeletonNames {
		sc.skeletonHits(name, func(i, s, e int) bool {
			if s > 0 && isASCIIAlnum(b[s-1]) || e < len(b) && isASCIILetter(b[e]) {
				return false // inside a longer word: "good vibe right" is not "viber"
			}
			// "can we chat about it" is plain English.
			return string(name) != "wechat" || string(b[s:e]) != "we chat"
		})
	}
	// Line and Signal only spelled one letter at a time: "L I N E",
	// "s.i.g.n.a.l".
	for _, name := range spacedOnlyNames {
		sc.skeletonHits(name, func(i, s, e int) bool {
			// Not part of a longer word spelled out: "a l i n e d".
			return !(s > 0 && isASCIIAlnum(b[s-1]) || e < len(b) && isASCIIAlnum(b[e]) || !letterByLetter(sc.skelAt[i:i+len(name)]) ||
				loneLetter(b, s-2) || loneLetter(b, e+1))
		})
	}
	if len(sc.forced) > 1 {
		sort.Slice(sc.forced, func(i, j int) bool { return sc.forced[i].s < sc.forced[j].s })
		out := sc.forced[:1]
		for _, u := range sc.forced[1:] {
			if u.s >= out[len(out)-1].e {
				out = append(out, u)
			}
		}
		sc.forced = out
	}
}

// skeletonHits finds name in the skeleton and forces a unit over each
// place, at skeleton index i and text bytes [s, e), that keep accepts.
func (sc *scan) skeletonHits(name []byte, keep func(i, s, e int) bool) {
	for off := 0; ; {
		i := bytes.Index(sc.skel[off:], name)
		if i < 0 {
			return
		}
		off = i + off + 1
		i = off - 1
		s, e := int(sc.skelAt[i]), int(sc.skelAt[i+len(name)-1])+1
		if keep(i, s, e) {
			sc.forced = append(sc.forced, unit{s: int32(s), e: int32(e), mask: sc.singleMask(string(name)), kind: uWord})
		}
	}
}

func isASCIILetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

func isLeet(c byte) bool {
	switch c {
	case '0', '1', '3', '4', '5', '7', '@', '$':
		return true
	}
	return false
}

// leetInWord reports whether the leet character at p sits next to a
// letter, as in wh4tsapp or te1egram, rather than among other digits.
func leetInWord(b []byte, p int) bool {
	return p > 0 && isASCIILetter(b[p-1]) || p+1 < len(b) && isASCIILetter(b[p+1])
}

func unleet(c byte) byte {
	switch c {
	case '0':
		return 'o'
	case '1':
		return 'l'
	case '3':
		return 'e'
	case '4', '@':
		return 'a'
	case '5', '$':
		return 's'
	case '7':
		return 't'
	}
	return c
}

// hasLeet reports whether w mixes letters with characters leetspeak uses
// for letters.
func hasLeet(w string) bool {
	letters, leet := false, false
	for i := 0; i < len(w); i++ {
		switch {
		case isASCIILetter(w[i]):
			letters = true
		case isLeet(w[i]):
			leet = true
		}
	}
	return letters && leet
}
