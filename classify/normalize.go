package classify

import (
	"strings"
	"unicode/utf8"

	"kefu"
	"kefu/search"
)

// Limits on how much of a message is read. The buyer's own words come
// first in every relayed email; what follows a few kilobytes in is quoted
// history or signatures, and reading it only costs time (the command line
// accepts lines of 1 MiB).
const (
	maxRawBytes   = 64 << 10
	maxCleanBytes = 4000
	maxLangBytes  = 600 // a language shows in its first sentences
)

// clean returns the part of a buyer message worth classifying: quoted
// reply history, marketplace relay boilerplate and mail-client footers
// are dropped, and URLs, email addresses, order and tracking numbers are
// blanked out. Case and diacritics are kept: language detection needs them.
//
// Identifiers carry no intent, yet they are long and unique; left in, they
// would make every message look like a new language to the character
// profiles ("113-4958204-2203412" is not English).
func clean(text string) string {
	if len(text) > maxRawBytes {
		text = kefu.CutUTF8(text, maxRawBytes)
	}
	var b strings.Builder
	b.Grow(len(text))
	for line := range strings.Lines(text) {
		trimmed := strings.TrimSpace(line)
		if trimmed == "" {
			b.WriteByte('\n')
			continue
		}
		if trimmed[0] == '>' {
			continue // quoted history
		}
		if b.Len() > 20 && isReplyHeader(trimmed) {
			break // everything below is the conversation so far
		}
		if isBoilerplate(trimmed) {
			continue
		}
		maskIdentifiers(&b, trimmed)
		b.WriteByte('\n')
		if b.Len() > maxCleanBytes {
			break
		}
	}
	return kefu.CutUTF8(b.String(), maxCleanBytes)
}

// boilerplate are lower-case fragments of lines that marketplaces and mail
// clients add around a buyer's words. Amazon's relay footer invites the
// seller to "report" suspicious messages — left in, every relayed email
// would look like a buyer threatening to report the seller.
var boilerplate = []string{
	"begin message", "end message", "buyer-seller messaging", "message from buyer",
	"you have received a message", "to help protect your privacy", "was this email helpful",
	"we want you to buy with confidence", "report questionable activity", "message is suspicious",
	"amazon.com buyer", "ebay sent this message", "respond to this question",
	"ebay is not responsible", "only purchases on ebay", "this message was sent to you",
	"sent from my iphone", "sent from my android", "sent from my samsung", "get outlook for",
	"sent from yahoo mail", "sent from mail for windows", "enviado desde mi", "enviado do meu",
	"von meinem iphone gesendet", "envoyé de mon", "envoye de mon", "inviato da iphone",
	"发自我的", "發自我的", "do not reply to this email", "this is an automated", "unsubscribe",
	"privacy notice", "copyright ©", "all rights reserved", "new message from:", "you have a new message",
	"view order details", "respond now", "asin:", "sku:", "item id:", "mark as read",
}

func isBoilerplate(line string) bool {
	if len(line) > 240 {
		return false // a buyer's paragraph, not a footer
	}
	l := lowerASCII(line)
	for _, p := range boilerplate {
		if strings.Contains(l, p) {
			return true
		}
	}
	return false
}

// isReplyHeader recognises the line a mail client puts above quoted
// history: "On Tue, 3 Mar 2026 … wrote:", "-----Original Message-----",
// "在 2026年3月3日 … 写道：", "Le … a écrit :", "Am … schrieb …".
func isReplyHeader(line string) bool {
	l := lowerASCII(line)
	switch {
	case strings.Contains(l, "original message"), strings.HasPrefix(l, "-----"),
		strings.HasPrefix(l, "from:") && strings.Contains(l, "@"),
		strings.HasPrefix(l, "发件人"), strings.HasPrefix(l, "寄件者"):
		return true
	}
	if len(l) > 200 {
		return false
	}
	for _, w := range [][2]string{{"on ", "wrote"}, {"le ", "crit"}, {"am ", "schrieb"}, {"el ", "escribi"},
		{"em ", "escreveu"}, {"op ", "schreef"}, {"il ", "scritto"}, {"在", "写道"}, {"於", "寫道"}} {
		if strings.HasPrefix(l, w[0]) && strings.Contains(l, w[1]) && endsWithColon(l) {
			return true
		}
	}
	return false
}

func endsWithColon(l string) bool {
	l = strings.TrimSpace(l)
	return strings.HasSuffix(l, ":") || strings.HasSuffix(l, "：")
}

// lowerASCII lower-cases ASCII letters only; enough for the markers above
// and much cheaper than full Unicode folding.
func lowerASCII(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; 'A' <= c && c <= 'Z' {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				if c := b[j]; 'A' <= c && c <= 'Z' {
					b[j] = c + 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return s
}

// maskIdentifiers writes line to b with URLs, email addresses and
// identifiers (runs of ASCII holding four or more digits, or digits mixed
// with letters such as SPXMY0123456) replaced by a space. Small numbers
// stay: "2x", "3 weeks" and "x2" mean something.
func maskIdentifiers(b *strings.Builder, line string) {
	i := 0
	for i < len(line) {
		c := line[i]
		if !isChunkByte(c) {
			b.WriteByte(c)
			i++
			continue
		}
		j := i
		for j < len(line) && isChunkByte(line[j]) {
			j++
		}
		chunk := line[i:j]
		if isIdentifier(chunk) {
			if chunk[0] == '$' {
				b.WriteString("$ ") // the currency still matters for fx disputes
			} else {
				b.WriteByte(' ')
			}
		} else {
			b.WriteString(chunk)
		}
		i = j
	}
}

// isChunkByte reports whether c belongs to an ASCII run that may be a URL,
// an email address or an identifier. Non-ASCII bytes end a run, so an
// order number glued to Chinese text ("订单号2405123456还没到") is found.
func isChunkByte(c byte) bool {
	if c <= ' ' || c >= utf8.RuneSelf {
		return false
	}
	switch c {
	case '(', ')', '[', ']', '{', '}', '<', '>', ',', ';', '!', '?', '"', '\'', '|', '*':
		return false
	}
	return true
}

func isIdentifier(chunk string) bool {
	if strings.Contains(chunk, "://") || strings.HasPrefix(lowerASCII(chunk), "www.") {
		return true
	}
	if at := strings.IndexByte(chunk, '@'); at > 0 && strings.Contains(chunk[at:], ".") {
		return true
	}
	digits, letters, marks := 0, 0, 0
	for k := 0; k < len(chunk); k++ {
		switch c := chunk[k]; {
		case '0' <= c && c <= '9':
			digits++
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z':
			letters++
		case c == '-' || c == '#' || c == '_' || c == '/':
			marks++
		}
	}
	switch {
	case digits >= 4:
		return true
	case digits > 0 && letters > 0 && len(chunk) >= 6:
		return true
	case digits > 0 && marks > 0 && len(chunk) >= 5:
		return true
	}
	return false
}

// fold returns text in the form the intent features and lexicon rules
// read: search's folding (NFKC, lower case, Latin diacritics removed, so
// "hoàn tiền" and "hoan tien" agree, and so do "reembolsó" and
// "reembolso") and traditional Chinese characters mapped to simplified
// ones, so that 退貨 and 退货 are one feature.
func fold(text string) string {
	return toSimplified(search.FoldString(text))
}
