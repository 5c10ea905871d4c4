// Package smtp sends agents' replies through a store's own mail server, so
// buyers and marketplace relays (Amazon's, eBay's) see mail from the store's
// support address, threaded under the buyer's message.
package smtp

import (
	"bytes"
	"crypto/rand"
	"encoding/base64"
	"encoding/hex"
	"io"
	"mime"
	netmail "net/mail"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/emersion/go-message/mail"

	"kefu"
)

// MaxReferences is how many ancestors a reply's References keeps. RFC 5322
// §3.6.4 allows trimming; the first and last few are what threading needs,
// and relays such as Amazon's reject overlong headers.
const MaxReferences = 10

// Reply is one outgoing message.
type Reply struct {
	To          []string // RFC 5322 addresses, e.g. "张伟 <abc@marketplace.amazon.com>"
	Subject     string
	Text        string // required: relays often drop HTML
	HTML        string // optional alternative
	InReplyTo   string // Message-ID of the mail answered, with or without <>
	References  []string
	Attachments []Attachment
}

// Attachment is a file sent with a reply.
type Attachment struct {
	Filename    string
	ContentType string // default application/octet-stream
	Data        []byte
}

// composed is a validated, rendered reply.
type composed struct {
	raw       []byte
	messageID string   // "<id@domain>"
	from      string   // bare envelope sender
	rcpts     []string // bare envelope recipients
}

// Compose renders r as an RFC 5322 message from the given address and
// returns it with its new Message-ID ("<random@from-domain>"). It is
// exported so the sent bytes can be archived exactly.
//
// Every value that lands in a header is checked for CR and LF first: a
// subject or address carrying "\r\nBcc: …" would otherwise let whoever
// wrote it add recipients or headers (header injection).
func Compose(from string, r Reply, now time.Time) (raw []byte, messageID string, err error) {
	c, err := compose(from, r, now)
	if err != nil {
		return nil, "", err
	}
	return c.raw, c.messageID, nil
}

func compose(from string, r Reply, now time.Time) (*composed, error) {
	fromAddr, err := parseAddress("from", from)
	if err != nil {
		return nil, err
	}
	if len(r.To) == 0 {
		return nil, kefu.Invalid("to", "at least one recipient is required")
	}
	to := make([]*mail.Address, 0, len(r.To))
	rcpts := make([]string, 0, len(r.To))
	for _, s := range r.To {
		a, err := parseAddress("to", s)
		if err != nil {
			return nil, err
		}
		to = append(to, a)
		rcpts = append(rcpts, a.Address)
	}
	if err := checkHeaderText("subject", r.Subject); err != nil {
		return nil, err
	}
	if strings.TrimSpace(r.Text) == "" {
		return nil, kefu.Invalid("text", "text is required")
	}
	if !utf8.ValidString(r.Text) || !utf8.ValidString(r.HTML) {
		return nil, kefu.Invalid("text", "text is not valid UTF-8")
	}
	inReplyTo, err := normalizeMsgID("in_reply_to", r.InReplyTo)
	if err != nil {
		return nil, err
	}
	refs, err := references(r.References, inReplyTo)
	if err != nil {
		return nil, err
	}
	for _, a := range r.Attachments {
		if err := checkHeaderText("attachments", a.Filename); err != nil {
			return nil, err
		}
		if a.ContentType != "" {
			if _, _, err := mime.ParseMediaType(a.ContentType); err != nil {
				return nil, kefu.Invalid("attachments", "content type %q: %v", a.ContentType, err)
			}
		}
	}

	id, err := newMessageID(fromAddr.Address)
	if err != nil {
		return nil, err
	}
	var h mail.Header
	h.SetAddressList("From", []*mail.Address{fromAddr})
	h.SetAddressList("To", to)
	h.Set("Subject", encodeHeaderText(r.Subject))
	h.SetDate(now)
	h.SetMessageID(id)
	if inReplyTo != "" {
		h.SetMsgIDList("In-Reply-To", []string{inReplyTo})
	}
	h.SetMsgIDList("References", refs)

	var buf bytes.Buffer
	if err := writeBody(&buf, h, r); err != nil {
		return nil, kefu.Errorf(kefu.EINTERNAL, "compose reply: %v", err)
	}
	return &composed{raw: buf.Bytes(), messageID: "<" + id + ">", from: fromAddr.Address, rcpts: rcpts}, nil
}

// writeBody picks the simplest structure that carries r: one text part,
// multipart/alternative for text+HTML, multipart/mixed around either when
// there are attachments.
func writeBody(w io.Writer, h mail.Header, r Reply) error {
	if len(r.Attachments) == 0 {
		if r.HTML == "" {
			h.SetContentType("text/plain", map[string]string{"charset": "utf-8"})
			part, err := mail.CreateSingleInlineWriter(w, h)
			if err != nil {
				return err
			}
			return writeAndClose(part, r.Text)
		}
		iw, err := mail.CreateInlineWriter(w, h)
		if err != nil {
			return err
		}
		if err := writeAlternatives(iw, r); err != nil {
			return err
		}
		return iw.Close()
	}

	mw, err := mail.CreateWriter(w, h)
	if err != nil {
		return err
	}
	if r.HTML == "" {
		var th mail.InlineHeader
		th.SetContentType("text/plain", map[string]string{"charset": "utf-8"})
		part, err := mw.CreateSingleInline(th)
		if err != nil {
			return err
		}
		if err := writeAndClose(part, r.Text); err != nil {
			return err
		}
	} else {
		iw, err := mw.CreateInline()
		if err != nil {
			return err
		}
		if err := writeAlternatives(iw, r); err != nil {
			return err
		}
		if err := iw.Close(); err != nil {
			return err
		}
	}
	for _, a := range r.Attachments {
		ct := a.ContentType
		if ct == "" {
			ct = "application/octet-stream"
		}
		mt, params, _ := mime.ParseMediaType(ct)
		// name= as well as filename=: some Outlook versions only read name.
		params["name"] = a.Filename
		var ah mail.AttachmentHeader
		ah.SetContentType(mt, params)
		ah.SetFilename(a.Filename)
		part, err := mw.CreateAttachment(ah)
		if err != nil {
			return err
		}
		if _, err := part.Write(a.Data); err != nil {
			return err
		}
		if err := part.Close(); err != nil {
			return err
		}
	}
	return mw.Close()
}

// writeAlternatives writes text then HTML: RFC 2046 §5.1.4 puts the
// preferred (richest) alternative last.
func writeAlternatives(iw *mail.InlineWriter, r Reply) error {
	for _, alt := range []struct{ typ, body string }{{"text/plain", r.Text}, {"text/html", r.HTML}} {
		var ph mail.InlineHeader
		ph.SetContentType(alt.typ, map[string]string{"charset": "utf-8"})
		part, err := iw.CreatePart(ph)
		if err != nil {
			return err
		}
		if err := writeAndClose(part, alt.body); err != nil {
			return err
		}
	}
	return nil
}

func writeAndClose(w io.WriteCloser, s string) error {
	if _, err := io.WriteString(w, s); err != nil {
		w.Close()
		return err
	}
	return w.Close()
}

// encodeHeaderText RFC 2047-encodes non-ASCII text as B words of at most
// 36 bytes each. B rather than Q: Chinese or Thai in Q triples in length.
// Short words because Go's mime encoder makes 75-character words, which
// after "Subject: " cannot be folded, so the field ends up on one line
// hundreds of characters long; RFC 5322 §2.1.1 asks for at most 78.
// Words are cut at rune boundaries so each decodes on its own, and
// decoders drop the space between adjacent encoded words (RFC 2047 §6.2).
func encodeHeaderText(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii && !strings.Contains(s, "=?") {
		return s
	}
	const maxChunk = 36 // → 48 base64 characters, a 60-character word
	var words []string
	for len(s) > 0 {
		n := 0
		for n < len(s) {
			_, size := utf8.DecodeRuneInString(s[n:])
			if n > 0 && n+size > maxChunk {
				break
			}
			n += size
		}
		words = append(words, "=?utf-8?b?"+base64.StdEncoding.EncodeToString([]byte(s[:n]))+"?=")
		s = s[n:]
	}
	return strings.Join(words, " ")
}

// parseAddress validates one address with net/mail after refusing CR/LF
// (net/mail would reject most, but the message must name the field).
func parseAddress(field, s string) (*mail.Address, error) {
	if err := checkHeaderText(field, s); err != nil {
		return nil, err
	}
	a, err := netmail.ParseAddress(s)
	if err != nil {
		return nil, kefu.Invalid(field, "%q is not a valid address: %v", s, err)
	}
	return a, nil
}

func checkHeaderText(field, s string) error {
	if strings.ContainsAny(s, "\r\n") {
		return kefu.Invalid(field, "%s must not contain line breaks", field)
	}
	if strings.ContainsRune(s, 0) || !utf8.ValidString(s) {
		return kefu.Invalid(field, "%s must be valid UTF-8 without NUL", field)
	}
	return nil
}

// normalizeMsgID turns "<id>", " id " or "<id> " into "id"; "" stays "".
func normalizeMsgID(field, s string) (string, error) {
	if err := checkHeaderText(field, s); err != nil {
		return "", err
	}
	id := strings.TrimSpace(s)
	id = strings.TrimSuffix(strings.TrimPrefix(id, "<"), ">")
	if strings.ContainsAny(id, "<> \t") {
		return "", kefu.Invalid(field, "%q is not a Message-ID", s)
	}
	return id, nil
}

// references returns the References for a reply: the ancestors given,
// then the parent if it is not already last, trimmed to MaxReferences.
func references(given []string, inReplyTo string) ([]string, error) {
	var refs []string
	for _, s := range given {
		id, err := normalizeMsgID("references", s)
		if err != nil {
			return nil, err
		}
		if id != "" {
			refs = append(refs, id)
		}
	}
	if inReplyTo != "" && (len(refs) == 0 || refs[len(refs)-1] != inReplyTo) {
		refs = append(refs, inReplyTo)
	}
	if len(refs) > MaxReferences {
		// Keep the thread's root: clients that thread by it (and RFC 5322's
		// own example) rely on the first entry; the rest are the newest.
		refs = append(refs[:1], refs[len(refs)-MaxReferences+1:]...)
	}
	return refs, nil
}

// newMessageID returns "random@domain" for the sender's domain, so the ID
// is unique without revealing the host kefu runs on.
func newMessageID(addr string) (string, error) {
	domain := addr[strings.LastIndexByte(addr, '@')+1:]
	var b [16]byte
	if _, err := rand.Read(b[:]); err != nil {
		return "", kefu.Errorf(kefu.EINTERNAL, "message id: %v", err)
	}
	return hex.EncodeToString(b[:]) + "@" + domain, nil
}
