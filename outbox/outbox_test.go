package outbox_test

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"io"
	"log"
	"log/slog"
	"net"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/emersion/go-message/mail"
	"github.com/emersion/go-sasl"
	gosmtp "github.com/emersion/go-smtp"

	"kefu"
	"kefu/outbox"
	"kefu/smtp"
	"kefu/storage"
	"kefu/storage/storagetest"
)

const (
	smtpUser     = "support@shop.example"
	smtpPassword = "s3cret"
	buyerRelay   = "8k3j2h1g0f@marketplace.amazon.com"
	buyerMsgID   = "<buyer-1@marketplace.amazon.com>"
	chineseReply = "您好，您的包裹已于今天发出，单号 YT123456789CN。\n祝您生活愉快！"
)

// received is one mail as the test server got it.
type received struct {
	To   []string
	Data []byte
}

// mailServer is a real go-smtp server on a loopback port that requires
// AUTH PLAIN, keeps delivered mail and refuses recipients as told.
type mailServer struct {
	mu     sync.Mutex
	mail   []received
	refuse map[string]*gosmtp.SMTPError // recipient → reply to RCPT TO
}

func startMailServer(t *testing.T) (*mailServer, string) {
	t.Helper()
	ms := &mailServer{refuse: map[string]*gosmtp.SMTPError{}}
	srv := gosmtp.NewServer(ms)
	srv.Domain = "mx.test"
	srv.AllowInsecureAuth = true
	srv.ErrorLog = log.New(io.Discard, "", 0)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	go srv.Serve(ln)
	t.Cleanup(func() { srv.Close() })
	return ms, ln.Addr().String()
}

func (ms *mailServer) setRefusal(rcpt string, e *gosmtp.SMTPError) {
	ms.mu.Lock()
	defer ms.mu.Unlock()
	if e == nil {
		delete(ms.refuse, rcpt)
	} else {
		ms.refuse[rcpt] = e
	}
}

func (ms *mailServer) delivered() []received {
	ms.mu.Lock()
	defer ms.mu.Unlock()
	return append([]received(nil), ms.mail...)
}

func (ms *mailServer) NewSession(*gosmtp.Conn) (gosmtp.Session, error) {
	return &session{ms: ms}, nil
}

type session struct {
	ms     *mailServer
	authed bool
	to     []string
}

func (s *session) AuthMechanisms() []string { return []string{sasl.Plain} }

func (s *session) Auth(string) (sasl.Server, error) {
	return sasl.NewPlainServer(func(_, username, password string) error {
		if username != smtpUser || password != smtpPassword {
			return gosmtp.ErrAuthFailed
		}
		s.authed = true
		return nil
	}), nil
}

func (s *session) Mail(string, *gosmtp.MailOptions) error {
	if !s.authed {
		return gosmtp.ErrAuthRequired
	}
	return nil
}

func (s *session) Rcpt(to string, _ *gosmtp.RcptOptions) error {
	s.ms.mu.Lock()
	e := s.ms.refuse[to]
	s.ms.mu.Unlock()
	if e != nil {
		return e
	}
	s.to = append(s.to, to)
	return nil
}

func (s *session) Data(r io.Reader) error {
	data, err := io.ReadAll(r)
	if err != nil {
		return err
	}
	s.ms.mu.Lock()
	s.ms.mail = append(s.ms.mail, received{To: s.to, Data: data})
	s.ms.mu.Unlock()
	return nil
}

func (s *session) Reset()        { s.to = nil }
func (s *session) Logout() error { return nil }

// fixture is a store whose outbox sends through the test server.
type fixture struct {
	db    *storage.DB
	ms    *mailServer
	store *kefu.Store
	box   *outbox.Outbox
	blobs map[string][]byte
}

func newFixture(t *testing.T, db *storage.DB) *fixture {
	t.Helper()
	ms, addr := startMailServer(t)
	f := &fixture{db: db, ms: ms, store: storagetest.Store(t, db, "amazon-us", "amazon", nil), blobs: map[string][]byte{}}
	sender := &smtp.Sender{Server: smtp.Server{Addr: addr, TLS: "none", Username: smtpUser, Password: smtpPassword,
		From: "Shop Support <support@shop.example>", HeloName: "kefu.shop.example"}}
	f.box = &outbox.Outbox{
		Store: db,
		Senders: func(_ context.Context, storeID int64) (outbox.Sender, error) {
			if storeID != f.store.ID {
				return nil, errors.New("no smtp configured")
			}
			return sender, nil
		},
		Attachments: func(sha string) (io.ReadCloser, error) {
			b, ok := f.blobs[sha]
			if !ok {
				return nil, kefu.NotFound("attachment")
			}
			return io.NopCloser(bytes.NewReader(b)), nil
		},
		Logger: slog.New(slog.DiscardHandler),
	}
	return f
}

func ctx(t *testing.T) context.Context { return kefu.SystemContext(t.Context(), "test") }

// emailTicket is a buyer's mail through Amazon's relay as ingest stores it.
func (f *fixture) emailTicket(t *testing.T, relay string) *kefu.Ticket {
	t.Helper()
	tk, err := f.db.CreateTicket(ctx(t), &kefu.TicketCreate{
		StoreID: f.store.ID, Subject: "我的订单什么时候发货？", Channel: "email",
		Customer: &kefu.Customer{Name: "张伟", Identities: []kefu.Identity{{Kind: kefu.IdentityRelay, Value: relay}}},
		Message: &kefu.Message{Direction: kefu.DirectionInbound, Channel: "email", ExternalID: buyerMsgID,
			Text: "请问我的订单什么时候发货？"},
	})
	if err != nil {
		t.Fatalf("CreateTicket: %v", err)
	}
	return tk
}

func (f *fixture) reply(t *testing.T, ticketID int64, m *kefu.Message) *kefu.Message {
	t.Helper()
	m.Direction = kefu.DirectionOutbound
	got, err := f.db.AddMessage(ctx(t), ticketID, m)
	if err != nil {
		t.Fatalf("AddMessage: %v", err)
	}
	if got.DeliveryState != kefu.DeliveryQueued {
		t.Fatalf("reply delivery_state %q, want queued", got.DeliveryState)
	}
	return got
}

func (f *fixture) sendDue(t *testing.T) int {
	t.Helper()
	n, err := f.box.SendDue(t.Context())
	if err != nil {
		t.Fatalf("SendDue: %v", err)
	}
	return n
}

func (f *fixture) delivery(t *testing.T, messageID int64) *storage.Delivery {
	t.Helper()
	d, err := f.db.FindDelivery(ctx(t), messageID)
	if err != nil {
		t.Fatalf("FindDelivery: %v", err)
	}
	return d
}

func TestSendDueMailsChineseReplyToAmazonRelayThreadedAndRecordsMessageID(t *testing.T) {
	t.Parallel()
	storagetest.Each(t, func(t *testing.T, db *storage.DB) {
		f := newFixture(t, db)
		tk := f.emailTicket(t, buyerRelay)
		pdf := []byte("%PDF-1.7 invoice")
		sum := sha256.Sum256(pdf)
		sha := hex.EncodeToString(sum[:])
		f.blobs[sha] = pdf
		reply := f.reply(t, tk.ID, &kefu.Message{Text: chineseReply,
			Attachments: []kefu.Attachment{{Filename: "发票.pdf", ContentType: "application/pdf", Size: int64(len(pdf)), SHA256: sha}}})

		if n := f.sendDue(t); n != 1 {
			t.Fatalf("SendDue took %d replies, want 1", n)
		}
		got := f.ms.delivered()
		if len(got) != 1 || len(got[0].To) != 1 || got[0].To[0] != buyerRelay {
			t.Fatalf("server received %+v, want one mail to %s", got, buyerRelay)
		}
		mr, err := mail.CreateReader(bytes.NewReader(got[0].Data))
		if err != nil {
			t.Fatal(err)
		}
		h := mr.Header
		if subj, _ := h.Subject(); subj != "Re: 我的订单什么时候发货？" {
			t.Errorf("Subject %q", subj)
		}
		if h.Get("In-Reply-To") != buyerMsgID || h.Get("References") != buyerMsgID {
			t.Errorf("In-Reply-To %q, References %q; want %s", h.Get("In-Reply-To"), h.Get("References"), buyerMsgID)
		}
		if to, _ := h.AddressList("To"); len(to) != 1 || to[0].Name != "张伟" || to[0].Address != buyerRelay {
			t.Errorf("To %v", to)
		}
		var text string
		var attached []byte
		for {
			p, err := mr.NextPart()
			if err == io.EOF {
				break
			} else if err != nil {
				t.Fatal(err)
			}
			b, _ := io.ReadAll(p.Body)
			if _, ok := p.Header.(*mail.AttachmentHeader); ok {
				attached = b
			} else {
				text = string(b)
			}
		}
		if strings.ReplaceAll(text, "\r\n", "\n") != chineseReply || !bytes.Equal(attached, pdf) {
			t.Errorf("text %q, attachment %q", text, attached)
		}

		tkNow, err := db.FindTicketByID(ctx(t), tk.ID)
		if err != nil {
			t.Fatal(err)
		}
		sent := tkNow.Messages[len(tkNow.Messages)-1]
		if sent.ID != reply.ID || sent.DeliveryState != kefu.DeliverySent || sent.ExternalID != h.Get("Message-Id") ||
			!strings.HasSuffix(sent.ExternalID, "@shop.example>") {
			t.Errorf("sent message %+v, Message-Id %q", sent, h.Get("Message-Id"))
		}

		if n := f.sendDue(t); n != 0 || len(f.ms.delivered()) != 1 {
			t.Errorf("second SendDue took %d and the server has %d mails; want 0 and 1", n, len(f.ms.delivered()))
		}
	})
}

func TestSendDueFailsReplyForGoodOn550AndKeepsTheError(t *testing.T) {
	t.Parallel()
	storagetest.Each(t, func(t *testing.T, db *storage.DB) {
		f := newFixture(t, db)
		const gone = "gone@marketplace.amazon.com"
		f.ms.setRefusal(gone, &gosmtp.SMTPError{Code: 550, EnhancedCode: gosmtp.EnhancedCode{5, 1, 1}, Message: "No such recipient"})
		tk := f.emailTicket(t, gone)
		reply := f.reply(t, tk.ID, &kefu.Message{Text: chineseReply})

		f.sendDue(t)
		d := f.delivery(t, reply.ID)
		if d.State != kefu.DeliveryFailed || d.Attempts != 1 || !strings.Contains(d.LastError, "550") ||
			!strings.Contains(d.LastError, "No such recipient") {
			t.Errorf("delivery after 550: %+v", d)
		}
		f.ms.setRefusal(gone, nil)
		if n := f.sendDue(t); n != 0 || len(f.ms.delivered()) != 0 {
			t.Errorf("a failed reply was sent again")
		}
	})
}

func TestSendDueRetriesReplyLaterOn421ThenSendsIt(t *testing.T) {
	t.Parallel()
	storagetest.Each(t, func(t *testing.T, db *storage.DB) {
		f := newFixture(t, db)
		f.ms.setRefusal(buyerRelay, &gosmtp.SMTPError{Code: 421, EnhancedCode: gosmtp.EnhancedCode{4, 7, 0}, Message: "Try again later"})
		tk := f.emailTicket(t, buyerRelay)
		reply := f.reply(t, tk.ID, &kefu.Message{Text: chineseReply})

		before := kefu.Now()
		f.sendDue(t)
		d := f.delivery(t, reply.ID)
		if d.State != kefu.DeliveryQueued || d.Attempts != 1 || !strings.Contains(d.LastError, "421") ||
			d.NextAttemptAt == nil || !d.NextAttemptAt.After(before) {
			t.Fatalf("delivery after 421: %+v", d)
		}
		if n := f.sendDue(t); n != 0 {
			t.Errorf("a reply waiting to retry was taken at once")
		}

		// Once the retry is due and the server is back, it goes out.
		f.ms.setRefusal(buyerRelay, nil)
		past := kefu.Now().Add(-time.Second)
		if err := db.MarkFailed(ctx(t), reply.ID, errors.New("421 again"), &past); err != nil {
			t.Fatal(err)
		}
		if n := f.sendDue(t); n != 1 || len(f.ms.delivered()) != 1 {
			t.Fatalf("due retry: took %d, server has %d mails", n, len(f.ms.delivered()))
		}
		if d := f.delivery(t, reply.ID); d.State != kefu.DeliverySent {
			t.Errorf("delivery after the retry: %+v", d)
		}
	})
}

func TestSendDueWaitsForAStoreWithoutSMTPAndGivesUpAfterMaxAttempts(t *testing.T) {
	t.Parallel()
	storagetest.Each(t, func(t *testing.T, db *storage.DB) {
		f := newFixture(t, db)
		f.box.Senders = func(context.Context, int64) (outbox.Sender, error) {
			return nil, errors.New("no smtp configured")
		}
		f.box.MaxAttempts = 2
		f.box.RetryBase = time.Nanosecond // retries fall due at once
		tk := f.emailTicket(t, buyerRelay)
		reply := f.reply(t, tk.ID, &kefu.Message{Text: chineseReply})

		f.sendDue(t)
		if d := f.delivery(t, reply.ID); d.State != kefu.DeliveryQueued || d.Attempts != 1 ||
			!strings.Contains(d.LastError, "no smtp configured") {
			t.Fatalf("delivery without smtp: %+v", d)
		}
		f.sendDue(t)
		if d := f.delivery(t, reply.ID); d.State != kefu.DeliveryFailed || d.Attempts != 2 {
			t.Errorf("delivery after the last attempt: %+v", d)
		}
	})
}

func TestSendDueFailsReplyWithoutRecipientOrWithMissingAttachment(t *testing.T) {
	t.Parallel()
	storagetest.Each(t, func(t *testing.T, db *storage.DB) {
		f := newFixture(t, db)
		anon, err := db.CreateTicket(ctx(t), &kefu.TicketCreate{StoreID: f.store.ID, Subject: "notice", Channel: "email",
			Message: &kefu.Message{Direction: kefu.DirectionInbound, Channel: "email", ExternalID: "<n-1@paypal.com>", Text: "case"}})
		if err != nil {
			t.Fatal(err)
		}
		noOne := f.reply(t, anon.ID, &kefu.Message{Text: "hi"})
		tk := f.emailTicket(t, buyerRelay)
		lost := f.reply(t, tk.ID, &kefu.Message{Text: "see attached",
			Attachments: []kefu.Attachment{{Filename: "a.pdf", Size: 1, SHA256: strings.Repeat("0", 64)}}})

		f.sendDue(t)
		if d := f.delivery(t, noOne.ID); d.State != kefu.DeliveryFailed || !strings.Contains(d.LastError, "no email or relay address") {
			t.Errorf("reply without recipient: %+v", d)
		}
		if d := f.delivery(t, lost.ID); d.State != kefu.DeliveryFailed || !strings.Contains(d.LastError, "a.pdf") {
			t.Errorf("reply with a missing attachment: %+v", d)
		}
		if len(f.ms.delivered()) != 0 {
			t.Errorf("server got mail")
		}
	})
}

func TestRunSendsQueuedReplyAndStopsWithItsContext(t *testing.T) {
	t.Parallel()
	db := storagetest.OpenSQLite(t)
	f := newFixture(t, db)
	f.box.Poll = 10 * time.Millisecond
	tk := f.emailTicket(t, buyerRelay)
	c, cancel := context.WithCancel(t.Context())
	done := make(chan error, 1)
	go func() { done <- f.box.Run(c) }()
	reply := f.reply(t, tk.ID, &kefu.Message{Text: chineseReply})
	deadline := time.Now().Add(10 * time.Second)
	for f.delivery(t, reply.ID).State != kefu.DeliverySent {
		if time.Now().After(deadline) {
			t.Fatal("Run did not send the reply within 10s")
		}
		time.Sleep(10 * time.Millisecond)
	}
	cancel()
	if err := <-done; err != nil {
		t.Errorf("Run returned %v", err)
	}
	if n := len(f.ms.delivered()); n != 1 {
		t.Errorf("server got %d mails", n)
	}
}
