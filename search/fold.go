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
//
// Indexing a message:
//
//	toks := search.Tokens(body)
//	// SQLite: CREATE VIRTUAL TABLE msg_fts USING fts5(body, content='', tokenize='ascii')
//	db.Exec(`INSERT INTO msg_fts(rowid, body) VALUES (?, ?)`, id, search.Joined(toks))
//	// PostgreSQL: a tsvector column
//	db.Exec(`UPDATE messages SET tsv = $2::tsvector WHERE id = $1`, id, search.TSVector(toks))
//
// Searching:
//
//	q := search.Parse(userInput)
//	if q.IsEmpty() { /* nothing to search for */ }
//	db.Query(`SELECT rowid FROM msg_fts WHERE msg_fts MATCH ?`, q.FTS5())
//	db.Query(`SELECT id FROM messages WHERE tsv @@ $1::tsquery`, q.TSQuery())
//	html := search.Snippet(body, q, 0)
package search

import (
	"strings"
	"sync"
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
	f.release()
	return b.String()
}

// folder walks a string and yields its folded runes, each with the byte span
// of the original text it came from. The span is what lets Snippet highlight
// the original "hoàn tiền" when the user typed "hoan tien". One original span
// can yield several runes (ß → s s, ㎏ → k g) and a span can yield none
// (a dropped combining mark).
//
// ASCII is handled a byte at a time without touching the normalizer. A
// stretch of non-ASCII bytes that is already NFKC (most real text) is decoded
// rune by rune; only the rest (full-width punctuation, decomposed accents …)
// goes through a pooled norm.Iter. The folder itself holds no pointers into
// itself, so it stays on the caller's stack.
type folder struct {
	s   string
	pos int // next byte of s to look at
	tab *[fastTableSize]uint16

	quickEnd int // s[pos:quickEnd] is known to be NFKC already

	iterBase, iterEnd int        // it normalizes s[iterBase:iterEnd] while pos < iterEnd
	it                *norm.Iter // from iterPool; see release

	// Folded runes of one span not yet returned: pend[pendI:pendN], or
	// big[pendI:pendN] when a span folds to more than len(pend) runes.
	pend               [8]rune
	big                []rune
	pendI, pendN       int
	pendStart, pendEnd int
}

// iterPool recycles norm.Iter, which is large (over 1 KB) and escapes to the
// heap because the normalizer calls through function values.
var iterPool = sync.Pool{New: func() any { return new(norm.Iter) }}

func (f *folder) reset(s string) {
	f.s = s
	f.tab = foldTable()
	f.pos = 0
	f.quickEnd = 0
	f.iterEnd = 0
	f.pendI, f.pendN = 0, 0
}

// release returns the folder's norm.Iter, if it took one, to the pool.
func (f *folder) release() {
	if f.it != nil {
		f.it.InitString(norm.NFKC, "") // do not keep the text alive in the pool
		iterPool.Put(f.it)
		f.it = nil
	}
}

func (f *folder) startIter(end int) {
	if f.it == nil {
		f.it = iterPool.Get().(*norm.Iter)
	}
	f.it.InitString(norm.NFKC, f.s[f.pos:end])
	f.iterBase, f.iterEnd = f.pos, end
}

func (f *folder) setPending(out []rune, start, end int) {
	if len(out) <= len(f.pend) {
		copy(f.pend[:], out)
	} else {
		f.big = append(f.big[:0], out...)
	}
	f.pendI, f.pendN = 0, len(out)
	f.pendStart, f.pendEnd = start, end
}

// next returns the next folded rune and the span [start, end) of s it came
// from. ok is false at the end of s.
func (f *folder) next() (r rune, start, end int, ok bool) {
	var tmp [8]rune
	for {
		if f.pendI < f.pendN {
			if f.pendN <= len(f.pend) {
				r = f.pend[f.pendI]
			} else {
				r = f.big[f.pendI]
			}
			f.pendI++
			return r, f.pendStart, f.pendEnd, true
		}
		if f.pos >= len(f.s) {
			return 0, len(f.s), len(f.s), false
		}
		if f.pos < f.iterEnd {
			p0 := f.iterBase + f.it.Pos()
			seg := f.it.Next()
			f.pos = f.iterBase + f.it.Pos()
			out := tmp[:0]
			for len(seg) > 0 {
				r, n := utf8.DecodeRune(seg)
				seg = seg[n:]
				out = appendFold(out, r)
			}
			f.setPending(out, p0, f.pos)
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
		r, n := utf8.DecodeRuneInString(f.s[f.pos:])
		if fr, ok := f.fast(r, f.pos+n); ok {
			start = f.pos
			f.pos += n
			if fr < 0 {
				continue // ignorable
			}
			return fr, start, f.pos, true
		}
		if f.pos >= f.quickEnd {
			// A new non-ASCII stretch. NFKC never combines a non-ASCII rune
			// with a following ASCII one, and a leading combining mark after
			// ASCII would only ever be removed by folding anyway, so each
			// stretch can be normalized on its own.
			j := stretchEnd(f.s, f.pos)
			f.quickEnd = f.pos + norm.NFKC.QuickSpanString(f.s[f.pos:j])
			if f.quickEnd == f.pos {
				f.startIter(j)
				continue
			}
		}
		start = f.pos
		f.pos += n
		if f.pos >= f.quickEnd && f.pos < len(f.s) && f.s[f.pos] >= utf8.RuneSelf {
			// The quick span ended inside the stretch: normalize the rest.
			j := stretchEnd(f.s, f.pos)
			f.startIter(j)
			f.quickEnd = j
		}
		out := appendFold(tmp[:0], r)
		if len(out) == 1 {
			return out[0], start, f.pos, true
		}
		f.setPending(out, start, f.pos)
	}
}

// fast returns the search form of r, the rune before s[next:], when it is a
// single rune (or -1 for an ignorable one) that does not depend on the
// runes around it, without consulting the normalizer. That is true of the
// common letters of Latin, Greek, Cyrillic, Vietnamese (looked up in a table
// built from the slow path, sound because any mark that could compose with
// them is dropped anyway), of full-width ASCII and CJK punctuation, of CJK
// ideographs, of Thai, and of kana and Hangul syllables not followed by a
// voicing mark or trailing jamo they would compose with.
func (f *folder) fast(r rune, next int) (rune, bool) {
	switch {
	case 0x0E01 <= r && r <= 0x0E5B && r != 0x0E33: // Thai, except ำ (NFKC ํ + า)
		// Thai has no compositions. Below-vowels and tone marks are
		// non-starters whose order NFKC fixes, so one not followed by a
		// plain Thai letter or ASCII takes the slow path.
		if isThaiNonStarter(r) {
			nr, _ := utf8.DecodeRuneInString(f.s[next:])
			if nr >= utf8.RuneSelf && nr != utf8.RuneError && (nr < 0x0E01 || nr > 0x0E5B || isThaiNonStarter(nr)) {
				return 0, false
			}
		}
		return r, true
	case r < fastTableSize:
		switch v := f.tab[r]; v {
		case 0:
			return 0, false
		case tabIgnore:
			return -1, true
		default:
			return rune(v), true
		}
	case 0x4E00 <= r && r <= 0x9FFF, 0x3400 <= r && r <= 0x4DBF:
		return r, true
	case 0x3041 <= r && r <= 0x3096, 0x30A1 <= r && r <= 0x30FA, r == 0x30FC:
		if nr, _ := utf8.DecodeRuneInString(f.s[next:]); nr == 0x3099 || nr == 0x309A {
			return 0, false
		}
		return r, true
	case 0xFF01 <= r && r <= 0xFF5E: // full-width ASCII, as in ＡＢＣ１２３ or ，
		r -= 0xFEE0
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return r, true
	case r == 0x3000: // ideographic space
		return ' ', true
	case 0x3001 <= r && r <= 0x3029, 0x3030 <= r && r <= 0x3035: // CJK punctuation
		return r, true
	case 0xAC00 <= r && r <= 0xD7A3:
		if nr, _ := utf8.DecodeRuneInString(f.s[next:]); 0x11A8 <= nr && nr <= 0x11C2 {
			return 0, false
		}
		return r, true
	}
	return 0, false
}

func isThaiNonStarter(r rune) bool {
	return (0x0E38 <= r && r <= 0x0E3A) || (0x0E48 <= r && r <= 0x0E4B)
}

const (
	fastTableSize = 0x2000
	tabIgnore     = 1 // table value: the rune folds to nothing
)

// foldTable maps runes below U+2000 of the Latin, Greek and Cyrillic blocks
// (and their combining marks) to their search form when that is one rune
// below U+FFFF; 0 means "take the slow path". Built on first use from the
// slow path itself, so both always agree.
var foldTable = sync.OnceValue(func() *[fastTableSize]uint16 {
	var t [fastTableSize]uint16
	var buf [8]rune
	for r := rune(utf8.RuneSelf); r < fastTableSize; r++ {
		if !isLGC(r) {
			continue
		}
		out := buf[:0]
		for _, nr := range norm.NFKC.String(string(r)) {
			out = appendFold(out, nr)
		}
		switch {
		case len(out) == 0:
			t[r] = tabIgnore
		case norm.NFC.PropertiesString(string(r)).CCC() != 0:
			// A kept combining mark (Cyrillic titlo) may need reordering
			// with the marks around it: slow path.
		case len(out) == 1 && out[0] > tabIgnore && out[0] < 0xFFFF:
			t[r] = uint16(out[0])
		}
	}
	return &t
})

// stretchEnd returns the end of the run of non-ASCII bytes starting at i.
func stretchEnd(s string, i int) int {
	for i++; i < len(s) && s[i] >= utf8.RuneSelf; i++ {
	}
	return i
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
	// Han, kana, Hangul, Thai, Lao, Myanmar and Khmer have no case and,
	// once NFKC, nothing to strip: skip the table lookups below.
	if (0x3040 <= r && r < 0x3099) || (0x309B <= r && r < 0xA640) || (0xAC00 <= r && r < 0xD7A4) ||
		(0x0E00 <= r && r < 0x0F00) || (0x1000 <= r && r < 0x10A0) || (0x1780 <= r && r < 0x1800) {
		return append(dst, r)
	}
	if isIgnorable(r) {
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
				if !isIgnorable(dr) {
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

// isIgnorable reports whether search ignores r: a combining mark (or
// joiner, or variation selector) of the Inherited script, which only
// decorates the letter before it, or an invisible format character (soft
// hyphen, zero-width space, word joiner, BOM). Zero-width spaces matter: Thai
// and Khmer text sometimes carries them between words, and the same text
// without them must give the same bigrams. Script-specific marks such as Thai
// vowels and tone marks are not Inherited and are kept.
func isIgnorable(r rune) bool {
	switch {
	case 0x0300 <= r && r < 0x0370:
		return true
	case r < 0x0370:
		return r == 0x00AD
	case r == 0x200B || r == 0x2060 || r == 0xFEFF:
		return true
	}
	return unicode.Is(unicode.Inherited, r)
}
