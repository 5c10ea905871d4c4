// Package search turns multilingual text into index tokens and queries that
// work for Chinese, Japanese, Thai and Vietnamese as well as Latin scripts, on
// SQLite FTS5 and PostgreSQL tsvector alike.
//
// Neither SQLite's trigram tokenizer nor pg_trgm can find queries shorter than
// three characters, yet most Chinese words are two characters (退款, 物流),
// Thai is written without spaces, and Vietnamese customers often type without
// diacritics ("hoan tien" for "hoàn tiền"). So tokenizing happens here, in Go,
// and the databases only store and compare the resulting space-separated
// tokens: FTS5 with tokenize='ascii', PostgreSQL with a tsvector literal (never
// PostgreSQL's own parser). Index and query go through the same folding, so
// they always agree.
package search

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// FoldString returns s in search form: NFKC (so full-width ＡＢＣ１２３ becomes
// abc123), lower case, diacritics of Latin, Greek and Cyrillic letters removed
// (hoàn → hoan, ё → е), stray combining marks of the Unicode "Inherited"
// script dropped, and a few letters without a decomposition spelled out
// (đ → d, ß → ss, æ → ae, ø → o, ł → l). Marks of Thai, Lao, Khmer, Myanmar,
// Devanagari etc. are kept because there they are letters, not decoration.
// Japanese voiced kana (が) stay intact. Punctuation and spaces are kept, only
// folded. Lower-case ASCII input is returned as is, without allocating.
func FoldString(s string) string {
	i := 0
	for ; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf || ('A' <= c && c <= 'Z') {
			break
		}
	}
	if i == len(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	b.WriteString(s[:i])
	var f folder
	f.reset(s[i:])
	for {
		r, _, _, ok := f.next()
		if !ok {
			break
		}
		b.WriteRune(r)
	}
	return b.String()
}

// folder walks a string and yields its folded runes, each with the byte span
// of the original text it came from. The span is what lets Snippet highlight
// the original "hoàn tiền" when the user typed "hoan tien". One original span
// can yield several runes (ß → s s, ㎏ → k g) and a span can yield none
// (a dropped combining mark).
//
// ASCII is handled a byte at a time without touching the normalizer. A
// stretch of non-ASCII bytes that is already NFKC (nearly all real text) is
// decoded rune by rune; only the rest goes through norm.Iter.
type folder struct {
	s   string
	pos int // next byte of s to look at

	quickEnd int // s[pos:quickEnd] is known to be NFKC already

	iterBase, iterEnd int // it normalizes s[iterBase:iterEnd] while pos < iterEnd
	it                norm.Iter

	pend           []rune // folded runes not yet returned, all from one span
	pendStart, pend0End int
	pendBuf        [8]rune
}

func (f *folder) reset(s string) {
	f.s = s
	f.pos = 0
	f.quickEnd = 0
	f.iterEnd = 0
	f.pend = f.pendBuf[:0]
}

// next returns the next folded rune and the span [start, end) of s it came
// from. ok is false at the end of s.
func (f *folder) next() (r rune, start, end int, ok bool) {
	for {
		if len(f.pend) > 0 {
			r = f.pend[0]
			f.pend = f.pend[1:]
			return r, f.pendStart, f.pend0End, true
		}
		if f.pos >= len(f.s) {
			return 0, len(f.s), len(f.s), false
		}
		if f.pos < f.iterEnd {
			p0 := f.iterBase + f.it.Pos()
			seg := f.it.Next()
			f.pos = f.iterBase + f.it.Pos()
			f.pend = f.pendBuf[:0]
			for len(seg) > 0 {
				r, n := utf8.DecodeRune(seg)
				seg = seg[n:]
				f.pend = appendFold(f.pend, r)
			}
			f.pendStart, f.pend0End = p0, f.pos
			continue
		}
		c := f.s[f.pos]
		if c < utf8.RuneSelf {
			start = f.pos
			f.pos++
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			return rune(c), start, f.pos, true
		}
		if f.pos >= f.quickEnd {
			// A new non-ASCII stretch. NFKC never combines a non-ASCII rune
			// with a following ASCII one, and a leading combining mark after
			// ASCII would only ever be removed by folding anyway, so each
			// stretch can be normalized on its own.
			j := f.pos + 1
			for j < len(f.s) && f.s[j] >= utf8.RuneSelf {
				j++
			}
			n := norm.NFKC.QuickSpanString(f.s[f.pos:j])
			f.quickEnd = f.pos + n
			if n == 0 {
				f.it.InitString(norm.NFKC, f.s[f.pos:j])
				f.iterBase, f.iterEnd = f.pos, j
				continue
			}
		}
		start = f.pos
		r, n := utf8.DecodeRuneInString(f.s[f.pos:])
		f.pos += n
		if f.pos >= f.quickEnd && f.pos < len(f.s) && f.s[f.pos] >= utf8.RuneSelf {
			// The quick span ended inside the stretch: normalize the rest.
			j := f.pos + 1
			for j < len(f.s) && f.s[j] >= utf8.RuneSelf {
				j++
			}
			f.it.InitString(norm.NFKC, f.s[f.pos:j])
			f.iterBase, f.iterEnd = f.pos, j
			f.quickEnd = j
		}
		f.pend = appendFold(f.pendBuf[:0], r)
		f.pendStart, f.pend0End = start, f.pos
	}
}

// specialFold spells out lower-case letters that have no canonical
// decomposition but that people routinely type without their stroke or as
// two letters. Keys are already lower case.
var specialFold = map[rune]string{
	'đ': "d", // Vietnamese: "đơn hàng" is typed "don hang"
	'ð': "d",
	'ħ': "h",
	'ı': "i", // Turkish dotless i
	'ł': "l",
	'ø': "o",
	'ŧ': "t",
	'ß': "ss",
	'æ': "ae",
	'œ': "oe",
	'þ': "th",
	'ς': "σ", // Greek final sigma is the same letter as σ
}

// appendFold appends the search form of r, which must already be NFKC, to dst.
func appendFold(dst []rune, r rune) []rune {
	if r < utf8.RuneSelf {
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return append(dst, r)
	}
	// Han, kana and Hangul have no case and, once NFKC, nothing to strip;
	// skip the table lookups below for the bulk of CJK text.
	if (0x3040 <= r && r < 0x3099) || (0x309B <= r && r < 0xA640) || (0xAC00 <= r && r < 0xD7A4) {
		return append(dst, r)
	}
	if isDroppedMark(r) {
		return dst
	}
	r = unicode.ToLower(r)
	if isLGC(r) {
		var b [utf8.UTFMax]byte
		n := utf8.EncodeRune(b[:], r)
		if d := norm.NFD.Properties(b[:n]).Decomposition(); d != nil {
			// Keep the base letter(s), drop the accents.
			for len(d) > 0 {
				dr, n := utf8.DecodeRune(d)
				d = d[n:]
				if !isDroppedMark(dr) {
					dst = appendSpecial(dst, unicode.ToLower(dr))
				}
			}
			return dst
		}
	}
	return appendSpecial(dst, r)
}

func appendSpecial(dst []rune, r rune) []rune {
	if r >= 0xC0 && r < 0x400 {
		if s, ok := specialFold[r]; ok {
			for _, sr := range s {
				dst = append(dst, sr)
			}
			return dst
		}
	}
	return append(dst, r)
}

// isLGC reports whether r is in a block of Latin, Greek or Cyrillic letters,
// the scripts whose accents we strip. Kana (が = か + ゛) and Hangul would be
// changed beyond recognition by decomposition, so they are excluded.
func isLGC(r rune) bool {
	switch {
	case r < 0x0530: // Latin-1 … Latin Extended-B, IPA, Greek, Cyrillic
		return true
	case 0x1E00 <= r && r < 0x2000: // Latin Extended Additional (Vietnamese), Greek Extended
		return true
	}
	return false
}

// isDroppedMark reports whether r is a combining mark (or joiner, or
// variation selector) of the Inherited script: it only decorates the
// preceding letter, so search ignores it. Script-specific marks such as Thai
// vowels and tone marks are not Inherited and are kept.
func isDroppedMark(r rune) bool {
	if 0x0300 <= r && r < 0x0370 {
		return true
	}
	if r < 0x0370 {
		return false
	}
	return unicode.Is(unicode.Inherited, r)
}
