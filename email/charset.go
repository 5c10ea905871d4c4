package email

import (
	"bytes"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/emersion/go-message/charset"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/simplifiedchinese"

	"kefu"
)

// decodeText turns a decoded body part into clean UTF-8. When go-message
// knew the declared charset the bytes are UTF-8 already; otherwise (no,
// unknown or wrong charset) the bytes are guessed, preferring the charset
// the rest of the message declared.
func decodeText(b []byte, declared string, known bool, hint string) string {
	if !known && declared != "" {
		if s, ok := convert(b, declared); ok {
			return cleanText(s)
		}
	}
	return cleanText(guessDecode(b, hint))
}

// convert decodes b from charset cs; ok is false when cs is unknown.
func convert(b []byte, cs string) (string, bool) {
	cs = strings.ToLower(strings.TrimSpace(cs))
	if i := strings.IndexByte(cs, '*'); i >= 0 { // RFC 2231 language suffix
		cs = cs[:i]
	}
	switch cs {
	case "", "utf-8", "utf8", "us-ascii", "ascii":
		return string(b), true
	}
	r, err := charset.Reader(cs, bytes.NewReader(b))
	if err != nil {
		return "", false
	}
	out, err := io.ReadAll(r)
	if err != nil {
		return "", false
	}
	return string(out), true
}

// guessDecode reads bytes of unknown charset. Valid UTF-8 is taken as it
// is; mostly-UTF-8 with a few bad bytes stays UTF-8 (bad bytes become
// U+FFFD). Otherwise the message's own declared charset wins, then
// GB18030 (most of our senders' legacy charset) when it decodes cleanly
// into Chinese, then windows-1252.
func guessDecode(b []byte, hint string) string {
	if utf8.Valid(b) {
		return string(b)
	}
	good, bad := utf8Stats(b)
	if good > bad {
		return strings.ToValidUTF8(string(b), "\uFFFD")
	}
	if hint != "" {
		if s, ok := convert(b, hint); ok {
			return s
		}
	}
	if s, err := simplifiedchinese.GB18030.NewDecoder().Bytes(b); err == nil && !bytes.ContainsRune(s, utf8.RuneError) && hasHan(s) {
		return string(s)
	}
	s, _ := charmap.Windows1252.NewDecoder().Bytes(b)
	return string(s)
}

// utf8Stats counts valid multi-byte UTF-8 sequences and invalid bytes.
func utf8Stats(b []byte) (good, bad int) {
	for len(b) > 0 {
		r, n := utf8.DecodeRune(b)
		switch {
		case r == utf8.RuneError && n == 1:
			bad++
		case n > 1:
			good++
		}
		b = b[n:]
	}
	return good, bad
}

func hasHan(b []byte) bool {
	for _, r := range string(b) {
		if r >= 0x4E00 && r <= 0x9FFF {
			return true
		}
	}
	return false
}

// cp1252 maps the C1 range to what windows-1252 puts there: mail labelled
// ISO-8859-1 is almost always windows-1252 (smart quotes, €), and a C1
// control is never meant in text.
var cp1252 = [32]rune{
	'€', '\uFFFD', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\uFFFD', 'Ž', '\uFFFD',
	'\uFFFD', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\uFFFD', 'ž', 'Ÿ',
}

// cleanText makes body text safe to store and show: valid UTF-8, LF line
// ends, no NUL or other control characters except tab and newline.
func cleanText(s string) string {
	if isPlain(s) {
		return s
	}
	s = strings.ReplaceAll(s, "\r\n", "\n")
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range strings.ToValidUTF8(s, "\uFFFD") {
		switch {
		case r == '\n' || r == '\t':
			b.WriteRune(r)
		case r == '\r':
			b.WriteByte('\n')
		case r < 0x20 || r == 0x7F || r == '\uFEFF':
		case r >= 0x80 && r < 0xA0:
			b.WriteRune(cp1252[r-0x80])
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// isPlain is the fast path of cleanText: printable ASCII, tabs and LFs.
func isPlain(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 || c == 0x7F || (c < 0x20 && c != '\n' && c != '\t') {
			return false
		}
	}
	return true
}

// cleanLine makes a header value single-line: every control character,
// CR and LF included, becomes a space (so "Subject: x\r\nBcc: y" smuggled
// through an encoded word stays one harmless line), spaces collapse, and
// the result is cut at max bytes.
func cleanLine(s string, max int) string {
	s = cleanText(s)
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		if r == '\n' || r == '\t' || r == ' ' || r == '\u2028' || r == '\u2029' {
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return kefu.CutUTF8(b.String(), max)
}
