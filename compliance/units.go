package compliance

import (
	"unicode"
	"unicode/utf8"
)

// unit is one word, number, symbol or lexicon phrase of the folded text,
// with the concepts it carries and the sentence it belongs to. Rules are
// written over units: "an incentive within the sentence of a review".
type unit struct {
	s, e   int32 // byte span in the folded text
	mask   concept
	sent   int32 // sentence number
	clause int32 // clause number: sentences split further at commas
	kind   unitKind
}

type unitKind uint8

const (
	uWord   unitKind = iota // Latin, Vietnamese … letters and digits
	uNumber                 // digits, with , . inside and an optional %
	uScript                 // a lexicon phrase of Chinese or Thai, or a run of their characters
	uSymbol                 // a currency symbol, @ …
)

// tokenize splits the folded text into units, merging lexicon phrases
// ("in exchange for", "bank transfer") and obfuscated names found in the
// skeleton ("w h a t s a p p") into single units.
func (sc *scan) tokenize() {
	l := lex()
	b := sc.f.b
	sc.units = sc.units[:0]
	sent, clause := int32(0), int32(0)
	push := func(u unit) {
		u.sent, u.clause = sent, clause
		sc.units = append(sc.units, u)
	}
	forced := sc.forced
	rawStart := -1 // start of a run of script characters no entry matched
	flushRaw := func(end int) {
		if rawStart >= 0 {
			push(unit{s: int32(rawStart), e: int32(end), kind: uScript})
			rawStart = -1
		}
	}
	for p := 0; p < len(b); {
		// An obfuscated name found in the skeleton is one unit.
		for len(forced) > 0 && int(forced[0].s) < p {
			forced = forced[1:] // began inside a word already read
		}
		if len(forced) > 0 && int(forced[0].s) == p {
			flushRaw(p)
			push(forced[0])
			p = int(forced[0].e)
			forced = forced[1:]
			continue
		}
		c := b[p]
		if c < utf8.RuneSelf {
			if l.asciiStart[c] && (p == 0 || !isASCIIAlnum(b[p-1])) {
				if se, end := l.scriptMatch(b, p); se != nil {
					flushRaw(p)
					push(unit{s: int32(p), e: int32(end), mask: se.mask, kind: uScript})
					p = end
					continue
				}
			}
			switch {
			case isWordByte(c) && c != '\'':
				flushRaw(p)
				q := wordEnd(b, p)
				push(sc.wordUnit(p, q))
				p = q
			case isSentenceEnd(b, p):
				flushRaw(p)
				p++
				sent++
				clause++
			case c == ',' || c == '(' || c == ')' || c == ':' || c == '-' && p > 0 && b[p-1] == ' ' && p+1 < len(b) && b[p+1] == ' ':
				flushRaw(p)
				p++
				clause++
			case c == '*' && p > 0 && (b[p-1] == '5' || b[p-1] == '4') && (p+1 >= len(b) || !isASCIIAlnum(b[p+1])):
				// "a 5* review": the asterisk is a star.
				flushRaw(p)
				push(unit{s: int32(p), e: int32(p + 1), mask: cReview | cPositive, kind: uSymbol})
				p++
			case c == '=' && (p+1 >= len(b) || b[p+1] != '='):
				// "5 stars = free gift", "review => coupon": an exchange.
				flushRaw(p)
				e := p + 1
				if e < len(b) && b[e] == '>' {
					e++
				}
				push(unit{s: int32(p), e: int32(e), mask: cExchange, kind: uSymbol})
				p = e
			case c == '$':
				flushRaw(p)
				push(unit{s: int32(p), e: int32(p + 1), mask: cCurrency, kind: uSymbol})
				p++
			case c == ' ' && p > 0 && isThaiBefore(b, p) && isThaiAfter(b, p+1):
				// Thai runs its words together and puts a space where
				// other languages put a comma or a full stop: "ขอบคุณที่
				// อุดหนุนนะคะ รีวิวสินค้า…" thanks for the order, then asks.
				flushRaw(p)
				p++
				clause++
			default:
				p++
			}
			continue
		}
		r, n := utf8.DecodeRune(b[p:])
		switch {
		case isScriptRune(r):
			if se, end := l.scriptMatch(b, p); se != nil {
				flushRaw(p)
				push(unit{s: int32(p), e: int32(end), mask: se.mask, kind: uScript})
				p = end
				continue
			}
			if rawStart < 0 {
				rawStart = p
			}
			p += n
		case r == '。' || r == '！' || r == '？' || r == '；' || r == '…':
			flushRaw(p)
			p += n
			sent++
			clause++
		case r >= 0x1F300 && r <= 0x1FAFF && r != '🌟' && p > 0 && b[p-1] == ' ':
			// An emoji after a space ends a clause, as writers use it:
			// "the fan not working 😢 We will refund…".
			flushRaw(p)
			p += n
			clause++
		case r == '؟' || r == '؛':
			flushRaw(p)
			p += n
			sent++
			clause++
		case r == '，' || r == '、' || r == '：' || r == '،':
			flushRaw(p)
			p += n
			clause++
		case r == '★' || r == '⭐' || r == '🌟':
			// "★★★★★", "5⭐": a star rating written with symbols.
			flushRaw(p)
			q, stars := p, 0
			for q < len(b) {
				sr, sn := utf8.DecodeRune(b[q:])
				if sr != '★' && sr != '⭐' && sr != '🌟' && sr != 0xFE0F {
					break
				}
				if sr != 0xFE0F {
					stars++
				}
				q += sn
			}
			// "★5のレビュー", "⭐5": the count written after the star.
			if q < len(b) && (b[q] == '5' || b[q] == '4') && (q+1 >= len(b) || !isDigit(b[q+1]) && b[q+1] != '.' && b[q+1] != ',') {
				q++
				stars = 5
			}
			u := unit{s: int32(p), e: int32(q), mask: cStars, kind: uSymbol}
			if n := len(sc.units); stars >= 4 || n > 0 && sc.units[n-1].kind == uNumber && (sc.t[sc.units[n-1].s:sc.units[n-1].e] == "5" || sc.t[sc.units[n-1].s:sc.units[n-1].e] == "4") {
				u.mask = cReview | cPositive
			}
			push(u)
			p = q
		case r == '→' || r == '➡' || r == '⇒':
			flushRaw(p)
			push(unit{s: int32(p), e: int32(p + n), mask: cExchange, kind: uSymbol})
			p += n
		case r == '€' || r == '£' || r == '¥' || r == '₹' || r == '₱' || r == '₫' || r == '฿' || r == '₩':
			flushRaw(p)
			push(unit{s: int32(p), e: int32(p + n), mask: cCurrency, kind: uSymbol})
			p += n
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			flushRaw(p)
			q := wordEnd(b, p)
			push(sc.wordUnit(p, q))
			p = q
		default:
			flushRaw(p)
			p += n
		}
	}
	flushRaw(len(b))
	sc.mergePhrases()
	sc.markMoney()
}

func isThaiBefore(b []byte, p int) bool {
	r, _ := utf8.DecodeLastRune(b[:p])
	return 0x0E00 <= r && r <= 0x0E7F
}

func isThaiAfter(b []byte, p int) bool {
	r, _ := utf8.DecodeRune(b[p:])
	return 0x0E00 <= r && r <= 0x0E7F
}

// isWordByte reports whether ASCII byte c continues a word. '@' and '_'
// belong to handles (@shop_88), the apostrophe to "we'll".
func isWordByte(c byte) bool {
	return isASCIIAlnum(c) || c == '_' || c == '@' || c == '\'' || c >= utf8.RuneSelf
}

func isASCIIAlnum(c byte) bool {
	return 'a' <= c && c <= 'z' || '0' <= c && c <= '9' || 'A' <= c && c <= 'Z'
}

// wordEnd returns the end of the word starting at p: letters, digits,
// marks, '_', '@', inner apostrophes, and '.' or ',' between digits
// (12.50, 1,299), with a trailing '%'.
func wordEnd(b []byte, p int) int {
	q := p
	for q < len(b) {
		c := b[q]
		if c < utf8.RuneSelf {
			switch {
			case isASCIIAlnum(c) || c == '_' || c == '@':
				q++
			case c == '\'' && q > p && q+1 < len(b) && isASCIIAlnum(b[q+1]):
				q++
			case (c == '.' || c == ',') && q > p && isDigit(b[q-1]) && q+1 < len(b) && isDigit(b[q+1]):
				q++
			case c == '%' && q > p && isDigit(b[q-1]):
				return q + 1
			case c == ' ' && q+1 < len(b) && b[q+1] == '%' && q > p && isDigit(b[q-1]):
				return q + 2 // "30 %", as French and German write it
			default:
				return q
			}
			continue
		}
		r, n := utf8.DecodeRune(b[q:])
		if isScriptRune(r) || !(unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)) {
			return q
		}
		q += n
	}
	return q
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// isSentenceEnd reports whether the ASCII byte at p ends a sentence: a
// newline, or . ! ? ; followed by a space, the end, or a non-ASCII
// character (Chinese text after an English sentence). A dot inside
// "amazon.com" or "12.50" does not end one.
func isSentenceEnd(b []byte, p int) bool {
	switch b[p] {
	case '\n':
		return true
	case '!', '?', ';':
		return p+1 >= len(b) || b[p+1] == ' ' || b[p+1] == '\n' || b[p+1] == '\r' || b[p+1] == '\t' ||
			b[p+1] == '"' || b[p+1] == ')' || b[p+1] >= utf8.RuneSelf
	case '.':
		// "shop(.)com": a dot written in brackets is a link's, disguised.
		if p > 0 && b[p-1] == '(' && p+1 < len(b) && b[p+1] == ')' {
			return false
		}
		if p+1 < len(b) && !(b[p+1] == ' ' || b[p+1] == '\n' || b[p+1] == '\r' || b[p+1] == '\t' ||
			b[p+1] == '"' || b[p+1] == ')' || b[p+1] >= utf8.RuneSelf) {
			return false
		}
		// "0 9 0 3 . 4 5 6", "w w w . s h o p . c o m": the dot of a
		// number or a link spelled out character by character, not the
		// end of a sentence.
		if spacedRun(b, p, -1) && spacedRun(b, p, 1) {
			return false
		}
		// "Veltra Inc. support", "Mr. Lee", "No. 14" go on.
		q := p
		for q > 0 && isASCIILetter(b[q-1]) {
			q--
		}
		return !abbreviations[string(b[q:p])] && !holderMark(b[:p])
	}
	return false
}

// spacedRun reports two single letters or digits, each set apart by
// spaces, on one side of the dot at p (dir -1 before it, 1 after it):
// "w w ." and ". c o", not "Plan B. A friend".
func spacedRun(b []byte, p, dir int) bool {
	for n, q := 0, p; n < 2; n++ {
		// q+dir is a space, q+2*dir one character, q+3*dir a space or the
		// end of the text.
		sp, c, end := q+dir, q+2*dir, q+3*dir
		if sp < 0 || sp >= len(b) || b[sp] != ' ' || c < 0 || c >= len(b) || !isASCIIAlnum(b[c]) {
			return false
		}
		if end >= 0 && end < len(b) && b[end] != ' ' {
			return false
		}
		q = c
	}
	return true
}

// holderMark reports b ending in the mark before an account holder's
// name, "a.n." (Indonesian and Malay atas nama) or "t.n.v." (Dutch ten
// name van): "transfer ke BCA 123… a.n. Rina, nanti kami kirim" is one
// sentence, and the name always follows.
func holderMark(b []byte) bool {
	for _, m := range [...]string{"a.n", "t.n.v"} {
		if n := len(b) - len(m); n >= 0 && string(b[n:]) == m && (n == 0 || !isASCIILetter(b[n-1]) && b[n-1] != '.') {
			return true
		}
	}
	return false
}

// abbreviations are words a dot follows without ending the sentence.
var abbreviations = setOf("inc", "ltd", "co", "corp", "llc", "gmbh", "mr", "mrs", "ms", "dr", "st", "no", "nr", "vs",
	"approx", "ca", "etc", "eg", "ie", "dept", "ref", "tel", "jr", "sr", "bzw", "z", "b", "d", "sra", "sr", "av",
	"u", "a", "usw", "vgl", // "u. a." (among others)
	// "für 6,90 € inkl. Versand", "zzgl. Porto", "incl. VAT".
	"inkl", "zzgl", "exkl", "incl", "excl", "evtl", "ggf")

// wordUnit classifies the word b[p:q] and looks up its single-word
// concepts.
func (sc *scan) wordUnit(p, q int) unit {
	u := unit{s: int32(p), e: int32(q), kind: uWord}
	b := sc.f.b
	w := b[p:q]
	allDigits := true
	for _, c := range w {
		if !(isDigit(c) || c == '.' || c == ',' || c == '%' || c == ' ') {
			allDigits = false
			break
		}
	}
	switch {
	case allDigits:
		u.kind = uNumber
		u.mask = cNumber
		// Turkish writes the sign first: "%15 indirim".
		if w[len(w)-1] == '%' || p > 0 && b[p-1] == '%' {
			u.mask |= cPercent
		}
		return u
	case w[0] == '@' && len(w) >= 3:
		u.mask = cHandle
		return u
	case moneyWord(w):
		u.mask = cMoney
		return u
	}
	u.mask = sc.singleMask(sc.t[p:q])
	return u
}

// moneyWord reports an amount written as one word: "15k" (Vietnamese and
// Indonesian sellers write thousands of đồng or rupiah so), "rp10.000",
// "rm50".
func moneyWord(w []byte) bool {
	n := len(w)
	if n < 2 || w[n-1] != 'k' && !isDigit(w[n-1]) {
		return false
	}
	if n <= 5 && w[n-1] == 'k' {
		for _, c := range w[:n-1] {
			if !isDigit(c) {
				return false
			}
		}
		return true
	}
	for _, p := range [...]string{"rp", "rm", "php", "idr", "vnd", "thb", "sgd", "usd", "eur"} {
		if n > len(p) && string(w[:len(p)]) == p && isDigit(w[len(p)]) {
			for _, c := range w[len(p):] {
				if !isDigit(c) && c != '.' && c != ',' {
					return false
				}
			}
			return true
		}
	}
	return false
}

// singleMask is the union of the concepts of one-word entries matching w;
// a word in leetspeak (wh4tsapp, te1egram) is looked up again decoded.
func (sc *scan) singleMask(w string) concept {
	var m concept
	lex().candidates(w, func(e *entry) {
		if e.length == 1 {
			m |= e.mask
		}
	})
	if m == 0 && hasLeet(w) {
		var buf [32]byte
		if len(w) <= len(buf) {
			d := buf[:len(w)]
			for i := 0; i < len(w); i++ {
				d[i] = unleet(w[i])
			}
			lex().candidates(string(d), func(e *entry) {
				if e.length == 1 {
					m |= e.mask
				}
			})
		}
	}
	return m
}

// mergePhrases replaces runs of word units that form a lexicon phrase
// ("bank transfer", "in exchange for") with one unit carrying the
// phrase's concepts.
func (sc *scan) mergePhrases() {
	l := lex()
	us := sc.units
	out := us[:0]
	for i := 0; i < len(us); {
		u := us[i]
		if u.kind != uWord && u.kind != uNumber {
			out = append(out, u)
			i++
			continue
		}
		w := sc.t[u.s:u.e]
		best, bestMask := 1, concept(0)
		l.candidates(w, func(e *entry) {
			if e.length <= 1 || e.length < best || i+e.length > len(us) {
				return
			}
			for k, t := range e.rest {
				v := us[i+1+k]
				if (v.kind != uWord && v.kind != uNumber) || v.clause != u.clause || !t.matches(sc.t[v.s:v.e]) {
					return
				}
			}
			if e.length > best {
				best, bestMask = e.length, 0
			}
			bestMask |= e.mask
		})
		if best > 1 {
			u.e = us[i+best-1].e
			u.mask = bestMask
			u.kind = uWord
			out = append(out, u)
			i += best
			continue
		}
		out = append(out, u)
		i++
	}
	sc.units = out
}

// markMoney marks numbers next to a currency ($10, 12.50 EUR, RM 39.90).
func (sc *scan) markMoney() {
	us := sc.units
	for i := range us {
		if us[i].kind != uNumber {
			continue
		}
		if i > 0 && us[i-1].mask&cCurrency != 0 && us[i-1].sent == us[i].sent && us[i].s-us[i-1].e <= 1 {
			us[i].mask |= cMoney
		}
		if i+1 < len(us) && us[i+1].mask&cCurrency != 0 && us[i+1].sent == us[i].sent && us[i+1].s-us[i].e <= 1 {
			us[i].mask |= cMoney
		}
	}
}

// text returns the folded text of unit i, or "" past either end: rules
// read the words around a unit ("the one after it") without checking
// where the text ends, and a reply cut short must not crash them.
func (sc *scan) text(i int) string {
	if i < 0 || i >= len(sc.units) {
		return ""
	}
	return sc.t[sc.units[i].s:sc.units[i].e]
}

// sentenceEnd is the end of the sentence unit b belongs to: the first
// unit after it that starts another sentence, or len(sc.units).
func (sc *scan) sentenceEnd(b int) int {
	e := b
	for e < len(sc.units) && sc.units[e].sent == sc.units[b].sent {
		e++
	}
	return e
}
