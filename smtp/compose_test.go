package smtp

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-message/mail"

	"kefu"
)

var now = time.Date(2026, 11, 3, 9, 30, 0, 0, time.UTC)

const (
	storeFrom   = "Shop Support <support@shop.example>"
	amazonBuyer = "张伟 <8k3j2h1g0f@marketplace.amazon.com>"
	chineseText = "您好，您的订单 113-1234567-1234567 已于今天发货。\n物流单号：SF1234567890。\n如有问题请随时联系我们。"
)

// part is one leaf of a parsed message.
type part struct {
	ContentType string
	Disposition string
	Filename    string
	CTE         string
	Body        []byte
}

// parseMail reads raw back with go-message, the way a mail client would.
func parseMail(t *testing.T, raw []byte) (mail.Header, []part) {
	t.Helper()
	mr, err := mail.CreateReader(bytes.NewReader(raw))
	if err != nil {
		t.Fatalf("parse: %v\n%s", err, raw)
	}
	var parts []part
	for {
		p, err := mr.NextPart()
		if err == io.EOF {
			break
		} else if err != nil {
			t.Fatalf("next part: %v", err)
		}
		body, err := io.ReadAll(p.Body)
		if err != nil {
			t.Fatal(err)
		}
		var pt part
		pt.Body = body
		switch h := p.Header.(type) {
		case *mail.InlineHeader:
			pt.ContentType, _, _ = h.ContentType()
			pt.Disposition, _, _ = h.ContentDisposition()
			pt.CTE = h.Get("Content-Transfer-Encoding")
		case *mail.AttachmentHeader:
			pt.ContentType, _, _ = h.ContentType()
			pt.Disposition, _, _ = h.ContentDisposition()
			pt.Filename, _ = h.Filename()
			pt.CTE = h.Get("Content-Transfer-Encoding")
		}
		parts = append(parts, pt)
	}
	return mr.Header, parts
}

func crlf(s string) string { return strings.ReplaceAll(s, "\n", "\r\n") }

func TestComposeThreadsChineseReplyToAmazonRelay(t *testing.T) {
	r := Reply{
		To:         []string{amazonBuyer},
		Subject:    "回复：我的订单什么时候发货？",
		Text:       chineseText,
		InReplyTo:  "<0100018f-abcd@email.amazonses.com>",
		References: []string{"<root@relay.amazon.com>"},
	}
	raw, id, err := Compose(storeFrom, r, now)
	if err != nil {
		t.Fatal(err)
	}
	for i, b := range raw {
		if b >= 0x80 {
			t.Fatalf("byte %d is not 7-bit (%#x): non-ASCII must be encoded", i, b)
		}
	}
	if !regexp.MustCompile(`^<[0-9a-f]{32}@shop\.example>$`).MatchString(id) {
		t.Errorf("Message-ID %q, want <random@shop.example>", id)
	}

	h, parts := parseMail(t, raw)
	if got := h.Get("Message-Id"); got != id {
		t.Errorf("Message-Id header %q, returned %q", got, id)
	}
	if got, _ := h.Subject(); got != r.Subject {
		t.Errorf("Subject decodes to %q", got)
	}
	if enc := h.Get("Subject"); !strings.HasPrefix(enc, "=?utf-8?b?") {
		t.Errorf("Subject not RFC 2047 B-encoded: %q", enc)
	}
	if got := h.Get("In-Reply-To"); got != "<0100018f-abcd@email.amazonses.com>" {
		t.Errorf("In-Reply-To %q", got)
	}
	if got := h.Get("References"); got != "<root@relay.amazon.com> <0100018f-abcd@email.amazonses.com>" {
		t.Errorf("References %q, want the root then the parent", got)
	}
	to, err := h.AddressList("To")
	if err != nil || len(to) != 1 || to[0].Name != "张伟" || to[0].Address != "8k3j2h1g0f@marketplace.amazon.com" {
		t.Errorf("To = %v, %v", to, err)
	}
	from, _ := h.AddressList("From")
	if len(from) != 1 || from[0].Address != "support@shop.example" {
		t.Errorf("From = %v", from)
	}
	if d, err := h.Date(); err != nil || !d.Equal(now) {
		t.Errorf("Date = %v, %v", d, err)
	}
	if h.Get("Mime-Version") != "1.0" {
		t.Errorf("MIME-Version = %q", h.Get("Mime-Version"))
	}
	if len(parts) != 1 || parts[0].ContentType != "text/plain" || parts[0].CTE != "quoted-printable" {
		t.Fatalf("parts = %+v, want one quoted-printable text/plain", parts)
	}
	if got := string(parts[0].Body); got != crlf(chineseText) {
		t.Errorf("body decodes to %q", got)
	}
}

func TestComposeEncodesThaiAndLongSubjectsWithinLineLimits(t *testing.T) {
	for _, subject := range []string{
		"สินค้าชำรุด ขอคืนเงิน",
		strings.Repeat("คำสั่งซื้อของฉันยังไม่มาถึง ", 6),
		strings.Repeat("退货退款申请", 12),
		"Plain ASCII subject",
	} {
		raw, _, err := Compose(storeFrom, Reply{To: []string{amazonBuyer}, Subject: subject, Text: "x"}, now)
		if err != nil {
			t.Fatal(err)
		}
		h, _ := parseMail(t, raw)
		if got, _ := h.Subject(); got != subject {
			t.Errorf("Subject %q decodes to %q", subject, got)
		}
		header := raw[:bytes.Index(raw, []byte("\r\n\r\n"))]
		for _, line := range strings.Split(string(header), "\r\n") {
			if len(line) > 78 {
				t.Errorf("header line of %d chars: %q", len(line), line)
			}
		}
	}
}

func TestComposeWithHTMLIsMultipartAlternative(t *testing.T) {
	raw, _, err := Compose(storeFrom, Reply{To: []string{amazonBuyer}, Subject: "发货通知",
		Text: chineseText, HTML: "<p>您好，<b>已发货</b></p>"}, now)
	if err != nil {
		t.Fatal(err)
	}
	h, parts := parseMail(t, raw)
	if ct, _, _ := h.ContentType(); ct != "multipart/alternative" {
		t.Errorf("Content-Type %q", ct)
	}
	if len(parts) != 2 || parts[0].ContentType != "text/plain" || parts[1].ContentType != "text/html" {
		t.Fatalf("parts = %+v, want text/plain then text/html", parts)
	}
	if string(parts[1].Body) != "<p>您好，<b>已发货</b></p>" || string(parts[0].Body) != crlf(chineseText) {
		t.Errorf("bodies = %q / %q", parts[0].Body, parts[1].Body)
	}
}

func TestComposeWithAttachmentsIsMultipartMixed(t *testing.T) {
	pdf := []byte("%PDF-1.7\x00\xff\xfe binary invoice")
	raw, _, err := Compose(storeFrom, Reply{
		To: []string{amazonBuyer}, Subject: "发票", Text: "请查收发票。", HTML: "<p>请查收发票。</p>",
		Attachments: []Attachment{
			{Filename: "发票-113.pdf", ContentType: "application/pdf", Data: pdf},
			{Filename: "label.png", Data: []byte{0x89, 'P', 'N', 'G'}},
		},
	}, now)
	if err != nil {
		t.Fatal(err)
	}
	h, parts := parseMail(t, raw)
	if ct, _, _ := h.ContentType(); ct != "multipart/mixed" {
		t.Errorf("Content-Type %q", ct)
	}
	if !bytes.Contains(raw, []byte("Content-Type: multipart/alternative")) {
		t.Error("text and HTML are not nested in multipart/alternative")
	}
	if len(parts) != 4 {
		t.Fatalf("%d parts, want text, html and two attachments: %+v", len(parts), parts)
	}
	a, b := parts[2], parts[3]
	if a.Disposition != "attachment" || a.Filename != "发票-113.pdf" || a.ContentType != "application/pdf" ||
		a.CTE != "base64" || !bytes.Equal(a.Body, pdf) {
		t.Errorf("first attachment = %+v", a)
	}
	if b.Filename != "label.png" || b.ContentType != "application/octet-stream" || !bytes.Equal(b.Body, []byte{0x89, 'P', 'N', 'G'}) {
		t.Errorf("second attachment = %+v", b)
	}
}

func TestComposeKeepsRootAndNewestReferences(t *testing.T) {
	var refs []string
	for i := 1; i <= 15; i++ {
		refs = append(refs, fmt.Sprintf("<m%d@x.example>", i))
	}
	raw, _, err := Compose(storeFrom, Reply{To: []string{amazonBuyer}, Subject: "s", Text: "t",
		InReplyTo: "m15@x.example", References: refs}, now)
	if err != nil {
		t.Fatal(err)
	}
	h, _ := parseMail(t, raw)
	got, err := h.MsgIDList("References")
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"m1@x.example"}
	for i := 7; i <= 15; i++ {
		want = append(want, fmt.Sprintf("m%d@x.example", i))
	}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("References = %v, want %v", got, want)
	}
	if h.Get("In-Reply-To") != "<m15@x.example>" {
		t.Errorf("In-Reply-To = %q", h.Get("In-Reply-To"))
	}
}

func TestComposeRejectsHeaderInjectionAndBadInput(t *testing.T) {
	ok := Reply{To: []string{amazonBuyer}, Subject: "s", Text: "t"}
	for _, tc := range []struct {
		name, field string
		edit        func(*Reply)
		from        string
	}{
		{"CRLF in To", "to", func(r *Reply) { r.To = []string{"a@b.example\r\nBcc: victim@x.example"} }, ""},
		{"LF in To", "to", func(r *Reply) { r.To = []string{"a@b.example\nBcc: victim@x.example"} }, ""},
		{"CRLF in Subject", "subject", func(r *Reply) { r.Subject = "hi\r\nBcc: victim@x.example" }, ""},
		{"CR in Subject", "subject", func(r *Reply) { r.Subject = "hi\rBcc: victim@x.example" }, ""},
		{"CRLF in InReplyTo", "in_reply_to", func(r *Reply) { r.InReplyTo = "<a@b>\r\nBcc: victim@x.example" }, ""},
		{"CRLF in References", "references", func(r *Reply) { r.References = []string{"<a@b>\r\nX: y"} }, ""},
		{"CRLF in attachment name", "attachments", func(r *Reply) {
			r.Attachments = []Attachment{{Filename: "a.pdf\r\nX: y", Data: []byte("x")}}
		}, ""},
		{"not an address", "to", func(r *Reply) { r.To = []string{"not an address"} }, ""},
		{"no recipient", "to", func(r *Reply) { r.To = nil }, ""},
		{"no text", "text", func(r *Reply) { r.Text = " " }, ""},
		{"spaces in InReplyTo", "in_reply_to", func(r *Reply) { r.InReplyTo = "<a b@c>" }, ""},
		{"bad From", "from", func(*Reply) {}, "support"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := ok
			tc.edit(&r)
			from := storeFrom
			if tc.from != "" {
				from = tc.from
			}
			raw, _, err := Compose(from, r, now)
			var ke *kefu.Error
			if !errors.As(err, &ke) || ke.Code != kefu.EINVALID || ke.Field != tc.field {
				t.Fatalf("err = %v, want EINVALID on %q", err, tc.field)
			}
			if raw != nil {
				t.Error("bytes returned with an error")
			}
		})
	}
}
