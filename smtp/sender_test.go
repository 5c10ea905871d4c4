package smtp

import (
	"bytes"
	"context"
	"errors"
	"net"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	gosmtp "github.com/emersion/go-smtp"

	"kefu"
)

func newSender(addr string) *Sender {
	return &Sender{
		Server: Server{Addr: addr, TLS: "none", Username: testUser, Password: testPassword,
			From: storeFrom, HeloName: "kefu.shop.example"},
		Now: func() time.Time { return now },
	}
}

func TestSendDeliversChineseReplyThreadedToAmazonRelay(t *testing.T) {
	addr, be := startServer(t)
	s := newSender(addr)
	pdf := []byte("%PDF-1.7 invoice")
	r := Reply{
		To:          []string{amazonBuyer},
		Subject:     "回复：我的订单什么时候发货？",
		Text:        chineseText,
		HTML:        "<p>您好，已发货。</p>",
		InReplyTo:   "0100018f-abcd@email.amazonses.com",
		References:  []string{"<root@relay.amazon.com>", "<0100018f-abcd@email.amazonses.com>"},
		Attachments: []Attachment{{Filename: "发票.pdf", ContentType: "application/pdf", Data: pdf}},
	}
	id, err := s.Send(context.Background(), r)
	if err != nil {
		t.Fatal(err)
	}
	got := be.delivered()
	if len(got) != 1 {
		t.Fatalf("server got %d mails, want 1", len(got))
	}
	m := got[0]
	if m.From != "support@shop.example" || len(m.To) != 1 || m.To[0] != "8k3j2h1g0f@marketplace.amazon.com" {
		t.Errorf("envelope %s → %v", m.From, m.To)
	}
	// What was sent is exactly what Compose renders for archiving.
	want, _, _ := Compose(storeFrom, r, now)
	if len(m.Data) != len(want) {
		t.Errorf("sent %d bytes, Compose renders %d", len(m.Data), len(want))
	}

	h, parts := parseMail(t, m.Data)
	if h.Get("Message-Id") != id {
		t.Errorf("Message-Id %q, Send returned %q", h.Get("Message-Id"), id)
	}
	if got, _ := h.Subject(); got != r.Subject {
		t.Errorf("Subject %q", got)
	}
	if h.Get("In-Reply-To") != "<0100018f-abcd@email.amazonses.com>" ||
		h.Get("References") != "<root@relay.amazon.com> <0100018f-abcd@email.amazonses.com>" {
		t.Errorf("In-Reply-To %q, References %q", h.Get("In-Reply-To"), h.Get("References"))
	}
	if len(parts) != 3 || string(parts[0].Body) != crlf(chineseText) ||
		string(parts[1].Body) != "<p>您好，已发货。</p>" ||
		parts[2].Filename != "发票.pdf" || !bytes.Equal(parts[2].Body, pdf) {
		t.Errorf("parts = %+v", parts)
	}
}

func TestSendWithWrongPasswordFailsClearlyAndSendsNothing(t *testing.T) {
	addr, be := startServer(t)
	s := newSender(addr)
	s.Server.Password = "wrong"
	_, err := s.Send(context.Background(), Reply{To: []string{amazonBuyer}, Subject: "s", Text: "t"})
	var se *gosmtp.SMTPError
	if err == nil || !strings.Contains(err.Error(), "authentication as \"support@shop.example\" failed") ||
		!errors.As(err, &se) || se.Code != 535 {
		t.Fatalf("err = %v, want an authentication failure carrying SMTP 535", err)
	}
	if n := len(be.delivered()); n != 0 {
		t.Errorf("%d mails delivered", n)
	}
}

func TestSendWithHeaderInjectionIsInvalidAndNeverConnects(t *testing.T) {
	var dials atomic.Int32
	s := newSender("127.0.0.1:1")
	s.Dial = func(ctx context.Context, network, addr string) (net.Conn, error) {
		dials.Add(1)
		return nil, errors.New("must not dial")
	}
	_, err := s.Send(context.Background(), Reply{To: []string{amazonBuyer},
		Subject: "退款\r\nBcc: everyone@competitor.example", Text: "t"})
	if kefu.ErrorCode(err) != kefu.EINVALID || kefu.ErrorField(err) != "subject" {
		t.Fatalf("err = %v, want EINVALID on subject", err)
	}
	if dials.Load() != 0 {
		t.Error("Send connected to the server for an invalid reply")
	}
}

func TestSendRejectedRecipientReportsSMTPCode(t *testing.T) {
	addr, be := startServer(t)
	_, err := newSender(addr).Send(context.Background(),
		Reply{To: []string{amazonBuyer, rejectedRcpt}, Subject: "s", Text: "t"})
	var se *gosmtp.SMTPError
	if err == nil || !strings.Contains(err.Error(), "550") || !strings.Contains(err.Error(), rejectedRcpt) ||
		!errors.As(err, &se) || se.Code != 550 {
		t.Fatalf("err = %v, want the recipient and SMTP 550", err)
	}
	if n := len(be.delivered()); n != 0 {
		t.Errorf("%d mails delivered although a recipient was refused", n)
	}
}

func TestSendRefusesPasswordInClearToRemoteServer(t *testing.T) {
	addr, be := startServer(t)
	s := newSender("mail.shop.example:25")
	s.Dial = func(ctx context.Context, network, _ string) (net.Conn, error) {
		return (&net.Dialer{}).DialContext(ctx, network, addr)
	}
	_, err := s.Send(context.Background(), Reply{To: []string{amazonBuyer}, Subject: "s", Text: "t"})
	if err == nil || !strings.Contains(err.Error(), "without TLS") {
		t.Fatalf("err = %v, want a refusal to send the password in clear", err)
	}
	if n := len(be.delivered()); n != 0 {
		t.Errorf("%d mails delivered", n)
	}
}

func TestSendUnknownTLSModeIsAnError(t *testing.T) {
	s := newSender("127.0.0.1:25")
	s.Server.TLS = "ssl"
	if _, err := s.Send(context.Background(), Reply{To: []string{amazonBuyer}, Subject: "s", Text: "t"}); err == nil ||
		!strings.Contains(err.Error(), "unknown TLS mode") {
		t.Fatalf("err = %v", err)
	}
}
