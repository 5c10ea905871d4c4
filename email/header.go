package email

import (
	"encoding/base64"
	"net/mail"
	"net/textproto"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/emersion/go-message"
)

// Header values are capped: a subject or name never needs more.
const (
	maxLine      = 2000
	maxAddresses = 100
	maxRefs      = 100
)

// keptHeaders are stored in Message.Headers besides every X- field.
var keptHeaders = []string{
	"Authentication-Results", "Arc-Authentication-Results", "Received-Spf", "Dkim-Signature",
	"List-Id", "List-Unsubscribe", "Auto-Submitted", "Precedence", "Return-Path", "Sender",
	"Feedback-Id", "Content-Language",
}

func canonicalKey(k string) string { return textproto.CanonicalMIMEHeaderKey(k) }

// finish decodes the top header and assembles Text, Quoted and HTML.
func (p *parser) finish(h message.Header) {
	m := p.m
	hint := p.charset
	if _, params, err := h.ContentType(); err == nil && params["charset"] != "" && hint == "" {
		hint = strings.ToLower(params["charset"])
	}
	m.Subject = decodeHeader(h.Get("Subject"), hint)
	m.MessageID = firstMsgID(h.Get("Message-Id"))
	m.InReplyTo = firstMsgID(h.Get("In-Reply-To"))
	m.References = msgIDs(h.Get("References"), maxRefs)
	if from := parseAddressList(h.Get("From"), hint); len(from) > 0 {
		m.From = from[0]
	}
	m.To = parseAddressList(h.Get("To"), hint)
	m.Cc = parseAddressList(h.Get("Cc"), hint)
	m.ReplyTo = parseAddressList(h.Get("Reply-To"), hint)
	if d, err := mail.ParseDate(cleanLine(h.Get("Date"), 200)); err == nil {
		m.Date = d.UTC()
	}
	fields := h.Fields()
	for fields.Next() {
		k := fields.Key()
		if !keepHeader(k) || len(m.Headers[k]) >= 20 {
			continue
		}
		m.Headers[k] = append(m.Headers[k], decodeHeader(fields.Value(), hint))
	}
	p.assembleBody()
}

func keepHeader(k string) bool {
	if strings.HasPrefix(k, "X-") {
		return true
	}
	for _, h := range keptHeaders {
		if h == k {
			return true
		}
	}
	return false
}

// decodeHeader reads an unstructured header value: raw 8-bit bytes (GBK
// sent without encoding by old clients) are read in the message's
// charset, RFC 2047 words are decoded, and the result is one clean line.
func decodeHeader(v, hint string) string {
	if v == "" {
		return ""
	}
	if !utf8.ValidString(v) {
		v = guessDecode([]byte(v), hint)
	}
	return cleanLine(decodeWords(v, hint), maxLine)
}

var encodedWord = regexp.MustCompile(`=\?([^?\s]{1,40})\?([bBqQ])\?([^?\s]*)\?=`)

// decodeWords decodes RFC 2047 encoded words. Unlike mime.WordDecoder it
// joins adjacent words of one charset before converting, because
// encoders split multi-byte characters across words (GBK, Big5 and UTF-8
// alike); it accepts words glued to text and bad padding, which broken
// mailers send, and leaves words of unknown charset as they are.
func decodeWords(s, hint string) string {
	if !strings.Contains(s, "=?") {
		return s
	}
	locs := encodedWord.FindAllStringSubmatchIndex(s, 200)
	if locs == nil {
		return s
	}
	var b strings.Builder
	var pending []byte
	pendingCS := ""
	flush := func() {
		if pending == nil {
			return
		}
		if out, ok := convert(pending, pendingCS); ok {
			b.WriteString(strings.ToValidUTF8(out, "\uFFFD"))
		} else {
			b.WriteString(guessDecode(pending, hint))
		}
		pending, pendingCS = nil, ""
	}
	last := 0
	for _, l := range locs {
		between := s[last:l[0]]
		cs := strings.ToLower(s[l[2]:l[3]])
		if i := strings.IndexByte(cs, '*'); i >= 0 {
			cs = cs[:i]
		}
		// RFC 2047 §6.2: white space between adjacent encoded words is dropped.
		if strings.TrimSpace(between) != "" || last == 0 {
			flush()
			b.WriteString(between)
		} else if cs != pendingCS {
			flush()
		}
		data := wordBytes(s[l[4]:l[5]], s[l[6]:l[7]])
		pending = append(pending, data...)
		pendingCS = cs
		last = l[1]
	}
	flush()
	b.WriteString(s[last:])
	return b.String()
}

func wordBytes(enc, text string) []byte {
	if enc == "B" || enc == "b" {
		text = strings.TrimRight(text, "=")
		out, err := base64.RawStdEncoding.DecodeString(text)
		if err != nil {
			out, _ = base64.RawURLEncoding.DecodeString(text)
		}
		return out
	}
	out := make([]byte, 0, len(text))
	for i := 0; i < len(text); i++ {
		c := text[i]
		switch {
		case c == '_':
			out = append(out, ' ')
		case c == '=' && i+2 < len(text) && isHex(text[i+1]) && isHex(text[i+2]):
			out = append(out, unhex(text[i+1])<<4|unhex(text[i+2]))
			i += 2
		default:
			out = append(out, c)
		}
	}
	return out
}

func isHex(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}

func unhex(c byte) byte {
	switch {
	case c >= 'a':
		return c - 'a' + 10
	case c >= 'A':
		return c - 'A' + 10
	}
	return c - '0'
}

var msgIDPattern = regexp.MustCompile(`<([^<>\s]{1,500})>`)

// firstMsgID returns the first Message-ID of a field without brackets;
// a bare id (no brackets, seen from some mailers) is accepted too.
func firstMsgID(v string) string {
	if ids := msgIDs(v, 1); len(ids) > 0 {
		return ids[0]
	}
	return ""
}

// msgIDs returns up to max ids of a References-like field, keeping the
// most recent (last) ones when there are more.
func msgIDs(v string, max int) []string {
	v = cleanLine(v, 64<<10)
	var ids []string
	for _, m := range msgIDPattern.FindAllStringSubmatch(v, -1) {
		ids = append(ids, m[1])
	}
	if ids == nil {
		for _, f := range strings.Fields(v) {
			if strings.Contains(f, "@") && len(f) <= 500 {
				ids = append(ids, strings.Trim(f, "<>,;"))
			}
		}
	}
	if len(ids) > max {
		ids = ids[len(ids)-max:]
	}
	return ids
}

var looseAddress = regexp.MustCompile(`[^\s<>"(),;:]+@[^\s<>"(),;:]+\.[^\s<>"(),;:]+`)

// parseAddressList reads From/To/Cc/Reply-To. net/mail is strict; when it
// refuses a list (raw 8-bit names, missing quotes) each comma-separated
// entry is read loosely so the sender is still known.
func parseAddressList(v, hint string) []Address {
	if strings.TrimSpace(v) == "" {
		return nil
	}
	if !utf8.ValidString(v) {
		v = guessDecode([]byte(v), hint)
	}
	v = cleanLine(v, 64<<10)
	var out []Address
	p := mail.AddressParser{WordDecoder: nil}
	if list, err := p.ParseList(v); err == nil {
		for _, a := range list {
			out = append(out, Address{Name: cleanLine(decodeWords(a.Name, hint), 500), Address: cleanLine(a.Address, 500)})
			if len(out) >= maxAddresses {
				break
			}
		}
		return out
	}
	for _, part := range splitAddresses(v) {
		// "Name <addr>": the bracketed address wins, the rest is the name.
		var addr, name string
		if i := strings.LastIndexByte(part, '<'); i >= 0 && strings.Contains(part[i:], "@") {
			addr = strings.TrimSpace(strings.Trim(strings.SplitN(part[i+1:], ">", 2)[0], " "))
			name = part[:i]
		} else if addr = looseAddress.FindString(part); addr != "" {
			name = strings.Replace(part, addr, "", 1)
		} else {
			continue
		}
		name = strings.Trim(strings.TrimSpace(name), `<>"' `)
		out = append(out, Address{Name: cleanLine(decodeWords(name, hint), 500), Address: cleanLine(addr, 500)})
		if len(out) >= maxAddresses {
			break
		}
	}
	return out
}

// splitAddresses splits at commas outside quotes and angle brackets.
func splitAddresses(v string) []string {
	var parts []string
	quoted, angle, start := false, false, 0
	for i := 0; i < len(v); i++ {
		switch v[i] {
		case '"':
			quoted = !quoted
		case '<':
			angle = true
		case '>':
			angle = false
		case ',', ';':
			if !quoted && !angle {
				parts = append(parts, v[start:i])
				start = i + 1
			}
		}
	}
	return append(parts, v[start:])
}

// Domain returns the lower-cased domain of an address, or "".
func (a Address) Domain() string {
	i := strings.LastIndexByte(a.Address, '@')
	if i < 0 {
		return ""
	}
	return strings.ToLower(strings.TrimSuffix(strings.TrimSpace(a.Address[i+1:]), "."))
}
