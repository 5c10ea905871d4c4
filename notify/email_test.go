package notify

import (
	"context"
	"errors"
	"io"
	"log"
	"net"
	"strings"
	"sync"
	"testing"
	"time"

	gomail "github.com/emersion/go-message/mail"
	gosmtp "github.com/emersion/go-smtp"

	"kefu"
	"kefu/smtp"
)

// mailServer is an in-process SMTP server that keeps what it receives
// and refuses the recipients listed in refuse with their code.
type mailServer struct {
	mu     sync.Mutex
	mails  []receivedMail
	refuse map[string]int
}

type receivedMail struct {
	From string
	To   []string
	Data string
}

func (s *mailServer) received() []receivedMail {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]receivedMail(nil), s.mails...)
}

func (s *mailServer) NewSession(*gosmtp.Conn) (gosmtp.Session, error) { return &mailSession{s: s}, nil }

type mailSession struct {
	s   *mailServer
	cur receivedMail
}

func (m *mailSession) Mail(from string, _ *gosmtp.MailOptions) error {
	m.cur = receivedMail{From: from}
	return nil
}

func (m *mailSession) Rcpt(to string, _ *gosmtp.RcptOptions) error {
	if code := m.s.refuse[to]; code != 0 {
		return &gosmtp.SMTPError{Code: code, Message: "refused"}
	}
	m.cur.To = append(m.cur.To, to)
	return nil
}

func (m *mailSession) Data(r io.Reader) error {
	b, err := io.ReadAll(r)
	if err != nil {
		return err
	}
	m.cur.Data = string(b)
	m.s.mu.Lock()
	m.s.mails = append(m.s.mails, m.cur)
	m.s.mu.Unlock()
	return nil
}

func (m *mailSession) Reset()        { m.cur = receivedMail{} }
func (m *mailSession) Logout() error { return nil }

func startMailServer(t *testing.T, refuse map[string]int) (string, *mailServer) {
	t.Helper()
	be := &mailServer{refuse: refuse}
	srv := gosmtp.NewServer(be)
	srv.Domain = "mx.test"
	srv.ErrorLog = log.New(io.Discard, "", 0)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	go srv.Serve(ln)
	t.Cleanup(func() { srv.Close() })
	return ln.Addr().String(), be
}

func emailSender(addr string) *Email {
	return &Email{Now: time.Now, Senders: func(ctx context.Context, ch *kefu.AlertChannel) (MailSender, error) {
		return &smtp.Sender{Server: smtp.Server{Addr: addr, TLS: "none", From: "kefu alerts <alerts@kefu.test>"}}, nil
	}}
}

func TestEmail_SendsAPlainTextAlertToEveryRecipient(t *testing.T) {
	addr, srv := startMailServer(t, nil)
	ch := &kefu.AlertChannel{ID: 5, Type: kefu.AlertChannelEmail, URL: "ops@shop.test, 客服主管 <lead@shop.test>", Enabled: true}
	if res := emailSender(addr).Send(context.Background(), ch, testAlert()); !res.OK {
		t.Fatalf("result = %+v", res)
	}
	mails := srv.received()
	if len(mails) != 1 {
		t.Fatalf("%d mails received", len(mails))
	}
	got := mails[0]
	if got.From != "alerts@kefu.test" || strings.Join(got.To, ",") != "ops@shop.test,lead@shop.test" {
		t.Fatalf("envelope %s → %v", got.From, got.To)
	}
	mr, err := gomail.CreateReader(strings.NewReader(got.Data))
	if err != nil {
		t.Fatal(err)
	}
	if subject, _ := mr.Header.Subject(); !strings.HasPrefix(subject, "[kefu] 【注意 Warning】疑似钓鱼") || strings.Contains(subject, "evil.example") {
		t.Errorf("subject = %q", subject)
	}
	part, err := mr.NextPart()
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(part.Body)
	text := string(body)
	if !strings.Contains(text, "查看工单 Open ticket: "+ticketLink) || strings.Contains(text, "evil.example") || strings.Contains(text, "https://evil") {
		t.Errorf("body = %q", text)
	}
}

func TestEmail_RefusalsDecideRetry(t *testing.T) {
	addr, _ := startMailServer(t, map[string]int{"gone@shop.test": 550, "busy@shop.test": 451})
	for _, tc := range []struct {
		to        string
		code      int
		retryable bool
	}{{"gone@shop.test", 550, false}, {"busy@shop.test", 451, true}} {
		ch := &kefu.AlertChannel{ID: 5, Type: kefu.AlertChannelEmail, URL: tc.to, Enabled: true}
		res := emailSender(addr).Send(context.Background(), ch, testAlert())
		if res.OK || res.ProviderCode != tc.code || res.Retryable != tc.retryable {
			t.Errorf("%s: %+v", tc.to, res)
		}
	}
	ch := &kefu.AlertChannel{ID: 5, Type: kefu.AlertChannelEmail, URL: "ops@shop.test", Enabled: true}
	broken := &Email{Senders: func(context.Context, *kefu.AlertChannel) (MailSender, error) {
		return nil, errors.New("store acme: no smtp configured")
	}}
	if res := broken.Send(context.Background(), ch, testAlert()); res.OK || !res.Retryable {
		t.Errorf("missing SMTP setting: %+v", res)
	}
}
