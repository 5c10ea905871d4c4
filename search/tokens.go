package search

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// MaxWordBytes caps the length of a word token. Longer "words" are nearly
// always hashes, base64 or URLs; the first 64 bytes still find them and keep
// the index (and PostgreSQL's 2047-byte lexeme limit) safe.
const MaxWordBytes = 64

// class is how a folded rune takes part in tokenizing.
type class uint8

const (
	clsSep  class = iota // splits words: spaces, punctuation, symbols
	clsWord              // letter, digit or mark of a space-delimited script
	clsCont              // letter of a scriptio-continua script: bigrams
)

// asciiClass avoids the unicode tables for the ASCII bulk of most text.
var asciiClass = func() (t [utf8.RuneSelf]class) {
	for c := '0'; c <= '9'; c++ {
		t[c] = clsWord
	}
	for c := 'a'; c <= 'z'; c++ {
		t[c] = clsWord
		t[c-'a'+'A'] = clsWord
	}
	return t
}()

// classOf classifies a folded rune.
func classOf(r rune) class {
	if r < utf8.RuneSelf {
		return asciiClass[r]
	}
	if isCont(r) {
		return clsCont
	}
	if unicode.IsLetter(r) || unicode.IsNumber(r) || unicode.IsMark(r) {
		return clsWord
	}
	return clsSep
}

// isCont reports whether r is a letter (or, for Thai and its neighbours, a
// vowel or tone mark) of a script written without spaces between words: Han,
// Hiragana, Katakana, Thai, Lao, Khmer, Myanmar. Their digits and punctuation
// are not; digits are ordinary words.
func isCont(r rune) bool {
	switch {
	case 0x4E00 <= r && r <= 0x9FFF: // CJK Unified Ideographs, the bulk
		return true
	case 0x3040 <= r && r <= 0x30FF: // Hiragana, Katakana
		// ー (U+30FC, script Common) is part of katakana words (コーヒー);
		// ・ (U+30FB), ゠ (U+30A0) and the spacing voicing marks are not.
		return (0x3041 <= r && r <= 0x3096) || (0x309D <= r && r <= 0x309F) ||
			(0x30A1 <= r && r <= 0x30FA) || (0x30FC <= r && r <= 0x30FF)
	case 0x0E00 <= r && r <= 0x0E7F: // Thai: letters, vowels, tone marks, ๆ
		return (0x0E01 <= r && r <= 0x0E3A) || (0x0E40 <= r && r <= 0x0E4E)
	case 0x0E80 <= r && r <= 0x0EFF, // Lao
		0x1000 <= r && r <= 0x109F, // Myanmar
		0x1780 <= r && r <= 0x17FF, // Khmer
		0xA9E0 <= r && r <= 0xA9FF, // Myanmar Extended-B
		0xAA60 <= r && r <= 0xAA7F: // Myanmar Extended-A
		return unicode.IsLetter(r) || unicode.IsMark(r)
	case 0x3005 <= r && r <= 0x3007, // 々 〆 〇
		0x3031 <= r && r <= 0x3035, // vertical kana repeat marks
		0x31F0 <= r && r <= 0x31FF: // Katakana Phonetic Extensions
		return true
	case r < 0x2E80:
		return false
	}
	return unicode.Is(unicode.Han, r) && (unicode.IsLetter(r) || r == 0x3007)
}

// Tokens returns the index tokens of text in order.
//
// Words of space-delimited scripts (Latin, Cyrillic, Greek, Hangul, Arabic,
// digits …) are runs of letters and digits after folding, split at anything
// else: "john.doe@gmail.com" → john doe gmail com, "#1001" → 1001. Words are
// cut to MaxWordBytes.
//
// A run of Han, kana, Thai, Lao, Khmer or Myanmar becomes its character
// bigrams in order followed by its last character alone: "我要退款" → 我要 要退
// 退款 款, "货" → 货. A two-character query then matches one bigram exactly,
// a longer one matches as a phrase of consecutive bigrams, and a single
// character matches as a prefix (退* finds 退款, or a 退 ending a run).
func Tokens(text string) []string {
	return AppendTokens(nil, text)
}

// AppendTokens appends the tokens of text to dst and returns the extended
// slice. See Tokens.
func AppendTokens(dst []string, text string) []string {
	// All token bytes go into one buffer that becomes a single string at the
	// end; the tokens are substrings of it. That is one allocation for the
	// text instead of one per token, and none per rune.
	var (
		bufArr  [1024]byte
		endsArr [128]int32
		buf     = bufArr[:0]
		ends    = endsArr[:0]
	)
	wordStart := -1   // start of the word being built in buf, or -1
	wordFull := false // the word hit MaxWordBytes; ignore the rest of it
	var prev rune     // previous rune of the current continua run
	contLen := 0      // runes in the current continua run

	endWord := func() {
		if wordStart >= 0 {
			ends = append(ends, int32(len(buf)))
			wordStart = -1
			wordFull = false
		}
	}
	endCont := func() {
		if contLen > 0 {
			buf = utf8.AppendRune(buf, prev)
			ends = append(ends, int32(len(buf)))
			contLen = 0
		}
	}

	var f folder
	i := 0
	for i < len(text) {
		// ASCII fast path: a whole run of ASCII letters and digits at a
		// time, no normalizer, no unicode tables.
		if c := text[i]; c < utf8.RuneSelf {
			if asciiClass[c] != clsWord {
				i++
				if wordStart >= 0 || contLen > 0 {
					endWord()
					endCont()
				}
				continue
			}
			if contLen > 0 {
				endCont()
			}
			j := i + 1
			for j < len(text) && text[j] < utf8.RuneSelf && asciiClass[text[j]] == clsWord {
				j++
			}
			if wordStart < 0 {
				wordStart = len(buf)
			}
			if !wordFull {
				n := j - i
				if room := MaxWordBytes - (len(buf) - wordStart); n > room {
					n = room
					wordFull = true
				}
				k := len(buf)
				buf = append(buf, text[i:i+n]...)
				for ; k < len(buf); k++ {
					if c := buf[k]; 'A' <= c && c <= 'Z' {
						buf[k] = c + 'a' - 'A'
					}
				}
			}
			i = j
			continue
		}
		// A non-ASCII stretch goes through the folder.
		j := stretchEnd(text, i)
		f.reset(text[i:j])
		for {
			r, _, _, ok := f.next()
			if !ok {
				break
			}
			switch classOf(r) {
			case clsWord:
				endCont()
				if wordStart < 0 {
					wordStart = len(buf)
				}
				// Truncate on a rune boundary, and never resume after a
				// rune did not fit: the token must stay a prefix of the word.
				if wordFull || len(buf)-wordStart+utf8.RuneLen(r) > MaxWordBytes {
					wordFull = true
				} else {
					buf = utf8.AppendRune(buf, r)
				}
			case clsCont:
				endWord()
				if contLen > 0 {
					buf = utf8.AppendRune(buf, prev)
					buf = utf8.AppendRune(buf, r)
					ends = append(ends, int32(len(buf)))
				}
				prev = r
				contLen++
			default:
				endWord()
				endCont()
			}
		}
		i = j
	}
	endWord()
	endCont()
	f.release()

	if len(ends) == 0 {
		return dst
	}
	all := string(buf)
	dst = growStrings(dst, len(ends))
	start := int32(0)
	for _, e := range ends {
		dst = append(dst, all[start:e])
		start = e
	}
	return dst
}

func growStrings(s []string, n int) []string {
	if cap(s)-len(s) < n {
		t := make([]string, len(s), len(s)+n)
		copy(t, s)
		return t
	}
	return s
}

// Joined returns tokens joined by single spaces: the value of the FTS5 column.
// FTS5's ascii tokenizer splits only on ASCII non-alphanumerics and treats
// every non-ASCII byte as part of a token, so each of our tokens (letters,
// digits and marks only) comes back out of it unchanged.
func Joined(tokens []string) string {
	return strings.Join(tokens, " ")
}
