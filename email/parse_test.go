package email

import (
	"errors"
	"strings"
	"testing"

	"kefu"
)

func TestParseAmazonRelayKeepsBuyerWordsAndFoldsBoilerplate(t *testing.T) {
	m, _ := fixture(t, "amazon_relay.eml")
	if !strings.HasPrefix(m.Text, "Hi, my earbuds still haven't arrived.") || strings.Contains(m.Text, "Resolve case") || strings.Contains(m.Text, "Begin message") {
		t.Fatalf("Text = %q", m.Text)
	}
	for _, want := range []string{"Order ID: 113-4567890-1234567", "Resolve case?", "Was this email helpful?"} {
		if !strings.Contains(m.Quoted, want) {
			t.Errorf("Quoted lacks %q", want)
		}
	}
	if m.MessageID != "0100018f3a2b-4c5d-amazon-relay-1@email.amazonses.com" {
		t.Errorf("MessageID = %q", m.MessageID)
	}
	if len(m.Headers["Authentication-Results"]) != 1 {
		t.Errorf("Authentication-Results not kept: %v", m.Headers)
	}
}

func TestParseEbayMemberMessageUnwrapped(t *testing.T) {
	m, _ := fixture(t, "ebay_member.eml")
	if m.Text != "Hello! Does the lamp come with a UK plug? My order is 12-34567-89012." {
		t.Fatalf("Text = %q", m.Text)
	}
	if !strings.Contains(m.Quoted, "Only purchases on eBay") {
		t.Errorf("footer not folded: %q", m.Quoted)
	}
}

func TestParseShopifyContactFormBody(t *testing.T) {
	m, _ := fixture(t, "shopify_contact.eml")
	if m.Text != "Bonjour, my order #1043 arrived with a cracked mug. Can I get a replacement?" {
		t.Fatalf("Text = %q", m.Text)
	}
	if m.HTML == "" {
		t.Error("HTML alternative dropped")
	}
}

func TestParseChineseReplyFoldsXieDao(t *testing.T) {
	m, _ := fixture(t, "chinese_reply.eml")
	if m.Subject != "回复：订单 240611ABCD1234 还没收到" {
		t.Errorf("Subject = %q", m.Subject)
	}
	if m.From.Name != "张伟" {
		t.Errorf("From = %+v", m.From)
	}
	if m.Text != "我的订单还没收到，请帮我查一下物流。\n谢谢！" {
		t.Errorf("Text = %q", m.Text)
	}
	if !strings.HasPrefix(m.Quoted, "在 2026年11月20日") {
		t.Errorf("Quoted = %q", m.Quoted)
	}
}

func TestParseOutlookReplyFoldsHeaderBlockAndMobileTagline(t *testing.T) {
	m, _ := fixture(t, "outlook_reply.eml")
	want := "Hi,\n\nThe parcel arrived but the blue one is the wrong size – I ordered M, got L. Can I exchange it?\n\nOlivia"
	if m.Text != want { // windows-1252 0x96 is an en dash
		t.Fatalf("Text = %q", m.Text)
	}
	if !strings.Contains(m.Quoted, "From: Acme Support") || !strings.Contains(m.Quoted, "Sent from Mail for Windows") {
		t.Errorf("Quoted = %q", m.Quoted)
	}
	if m.InReplyTo != "reply-2@acme-store.example" || len(m.References) != 2 {
		t.Errorf("threading headers: %q %q", m.InReplyTo, m.References)
	}
}

func TestParseHTMLOnlySanitisedAndTextDerived(t *testing.T) {
	m, _ := fixture(t, "html_only.eml")
	for _, bad := range []string{"<script", "alert(", "onerror", "onclick", "javascript:", "<style"} {
		if strings.Contains(m.HTML, bad) {
			t.Errorf("HTML keeps %q: %s", bad, m.HTML)
		}
	}
	// Remote images are rewritten later by the web layer, not here.
	if !strings.Contains(m.HTML, "https://tracker.example/pixel.gif") {
		t.Errorf("tracking pixel should be left for the web layer: %s", m.HTML)
	}
	if !strings.HasPrefix(m.Text, "Is the jacket true to size? I'm usually an L.") || strings.Contains(m.Text, "alert") || strings.Contains(m.Text, "color:red") {
		t.Errorf("Text = %q", m.Text)
	}
	if !strings.Contains(m.Quoted, "Thanks for your interest") {
		t.Errorf("Gmail blockquote not folded: %q", m.Quoted)
	}
}

func TestParseHeaderInjectionStripped(t *testing.T) {
	raw := rawMail([]string{
		"From: =?utf-8?q?Eve=0D=0ABcc:_victim@example.com?= <eve@example.com>",
		"To: support@acme-store.example",
		"Subject: =?utf-8?q?Hello=0D=0ABcc:_all@example.com=0A=0A<b>x</b>?=",
		"Message-ID: <a@b>",
	}, "hi\r\n")
	m, err := Parse(raw, Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkUTF8(t, m)
	if m.Subject != "Hello Bcc: all@example.com <b>x</b>" {
		t.Errorf("Subject = %q", m.Subject)
	}
	if strings.ContainsAny(m.From.Name, "\r\n") || m.From.Address != "eve@example.com" {
		t.Errorf("From = %+v", m.From)
	}
}

func TestParseRFC2231FilenameAndInlineImage(t *testing.T) {
	raw := rawMail([]string{
		"From: a@example.com", "Subject: pic", "MIME-Version: 1.0",
		`Content-Type: multipart/mixed; boundary="m"`,
	}, "--m\r\n"+
		`Content-Type: multipart/related; boundary="r"`+"\r\n\r\n"+
		"--r\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>See <img src=\"cid:img1@x\"></p>\r\n"+
		"--r\r\nContent-Type: image/png\r\nContent-ID: <img1@x>\r\nContent-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=\r\n--r--\r\n"+
		"--m\r\nContent-Type: application/pdf\r\nContent-Disposition: attachment; filename*=UTF-8''%E5%8F%91%E7%A5%A8%2E..%2F..%2Fevil.pdf\r\nContent-Transfer-Encoding: base64\r\n\r\nJVBERi0xLjQ=\r\n--m--\r\n")
	m, err := Parse(raw, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(m.Attachments) != 2 {
		t.Fatalf("attachments = %+v", m.Attachments)
	}
	img, pdf := m.Attachments[0], m.Attachments[1]
	if !img.Inline || img.ContentID != "img1@x" || string(img.Data[:4]) != "\x89PNG" {
		t.Errorf("inline image = %+v", img)
	}
	if pdf.Filename != "evil.pdf" || pdf.Inline || string(pdf.Data) != "%PDF-1.4" {
		t.Errorf("pdf = %+v (path elements must be stripped)", pdf)
	}
	if !strings.Contains(m.HTML, `src="cid:img1@x"`) || m.Text != "See" {
		t.Errorf("HTML %q Text %q", m.HTML, m.Text)
	}
}

func TestParseZipOfZipIsJustAnAttachment(t *testing.T) {
	inner := "PK\x03\x04inner.zip"
	raw := rawMail([]string{"From: a@example.com", "MIME-Version: 1.0", `Content-Type: multipart/mixed; boundary="b"`},
		"--b\r\nContent-Type: text/plain\r\n\r\nlogs attached\r\n--b\r\nContent-Type: application/zip\r\nContent-Disposition: attachment; filename=outer.zip\r\n\r\nPK\x03\x04"+inner+"\r\n--b--\r\n")
	m, err := Parse(raw, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(m.Attachments) != 1 || m.Attachments[0].Filename != "outer.zip" || !strings.Contains(string(m.Attachments[0].Data), inner) {
		t.Fatalf("attachments = %+v", m.Attachments)
	}
}

func TestParseRejectsOversizedMail(t *testing.T) {
	raw := make([]byte, 50<<20)
	copy(raw, "From: a@example.com\r\n\r\n")
	_, err := Parse(raw, Options{})
	var e *kefu.Error
	if !errors.As(err, &e) || e.Code != kefu.ETOOLARGE {
		t.Fatalf("err = %v, want ETOOLARGE", err)
	}
	if _, err := Parse([]byte("  \r\n"), Options{}); kefu.ErrorCode(err) != kefu.EINVALID {
		t.Fatalf("empty mail: err = %v", err)
	}
}

func TestParseDropsAttachmentOverLimit(t *testing.T) {
	big := strings.Repeat("QUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFB\r\n", 3000) // ~144 KB decoded
	raw := rawMail([]string{"From: a@example.com", "MIME-Version: 1.0", `Content-Type: multipart/mixed; boundary="b"`},
		"--b\r\nContent-Type: text/plain\r\n\r\nsee video\r\n--b\r\nContent-Type: video/mp4\r\nContent-Disposition: attachment; filename=unboxing.mp4\r\nContent-Transfer-Encoding: base64\r\n\r\n"+big+"--b\r\nContent-Type: image/jpeg\r\nContent-Disposition: attachment; filename=small.jpg\r\n\r\nJPEG\r\n--b--\r\n")
	m, err := Parse(raw, Options{MaxAttachmentBytes: 64 << 10})
	if err != nil {
		t.Fatal(err)
	}
	if !m.Truncated || len(m.Attachments) != 1 || m.Attachments[0].Filename != "small.jpg" || m.Text != "see video" {
		t.Fatalf("Truncated %v attachments %+v text %q", m.Truncated, m.Attachments, m.Text)
	}
	if !strings.Contains(strings.Join(m.Notes, "\n"), "unboxing.mp4") {
		t.Errorf("Notes = %v", m.Notes)
	}
}

func TestParseMalformedHeaderLinesDoNotLoseTheMail(t *testing.T) {
	raw := []byte("From MAILER-DAEMON Fri Nov 20 10:00:00 2026\nFrom: a@example.com\nthis is not a header\nSubject: still here\n\nbody\n")
	m, err := Parse(raw, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if m.Subject != "still here" || m.Text != "body" || len(m.Notes) == 0 {
		t.Fatalf("%+v", m)
	}
	m, _ = Parse([]byte("just some text\nno header\n"), Options{})
	if m.Text != "just some text\nno header" {
		t.Fatalf("headerless Text = %q", m.Text)
	}
}

func TestParseFoldingNeverEmptiesTheMessage(t *testing.T) {
	raw := rawMail([]string{"From: a@example.com"}, "> only a quote\r\n> nothing new\r\n")
	m, _ := Parse(raw, Options{})
	if m.Text != "> only a quote\n> nothing new" || m.Quoted != "" {
		t.Fatalf("Text %q Quoted %q", m.Text, m.Quoted)
	}
}

func TestParseSignatureFolded(t *testing.T) {
	raw := rawMail([]string{"From: a@example.com"}, "Where is my parcel?\r\n\r\n-- \r\nJohn Smith\r\nACME Corp\r\n")
	m, _ := Parse(raw, Options{})
	if m.Text != "Where is my parcel?" || !strings.Contains(m.Quoted, "John Smith") {
		t.Fatalf("Text %q Quoted %q", m.Text, m.Quoted)
	}
}
