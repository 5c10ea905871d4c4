// Package outbox sends agents' replies on email tickets. A reply is queued
// in the database as it is written (delivery_state "queued"); Run takes
// due replies, sends each through its store's SMTP server threaded under
// the buyer's mail, and records the outcome: sent with the new Message-ID,
// retried later after a transient error, or failed for good.
//
// Exactly once is not possible over SMTP, which has no idempotency key:
// if the process dies after the server accepted a mail but before MarkSent
// committed, the reply is sent again once its lease ends. The window is one
// database write; MarkSent runs even while shutting down, so at most that
// one duplicate is possible. Sending twice was judged better than losing
// the reply.
package outbox

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"net/mail"
	"time"

	gosmtp "github.com/emersion/go-smtp"

	"kefu"
	"kefu/smtp"
	"kefu/storage"
)

// Store is the durable queue of outbound mail.
type Store interface {
	ClaimOutbound(ctx context.Context, limit int, lease time.Duration) ([]*storage.OutboundMail, error)
	MarkSent(ctx context.Context, messageID int64, externalID string) error
	MarkFailed(ctx context.Context, messageID int64, sendErr error, retryAt *time.Time) error
}

// Sender delivers one reply and returns its Message-ID; *smtp.Sender is one.
type Sender interface {
	Send(ctx context.Context, r smtp.Reply) (messageID string, err error)
}

// MaxAttachmentBytes bounds the attachments of one reply: mail relays
// refuse bigger messages (Amazon's takes 10 MB after base64's third more).
const MaxAttachmentBytes = 7 << 20

// Outbox sends queued replies. Store and Senders are required.
type Outbox struct {
	Store Store
	// Senders returns the store's SMTP sender, or an error when it has
	// none configured; the reply then waits and is retried.
	Senders func(ctx context.Context, storeID int64) (Sender, error)
	// Attachments opens an attachment's bytes by SHA-256; nil fails
	// replies that have attachments.
	Attachments func(sha256 string) (io.ReadCloser, error)
	Logger      *slog.Logger

	Poll        time.Duration // how often to look for due replies (default 5s)
	Batch       int           // replies per claim (default 5)
	SendTimeout time.Duration // per reply (default 2m)
	MaxAttempts int           // attempts before a reply fails for good (default 12)
	RetryBase   time.Duration // first retry delay, doubling up to 2h (default 1m): about 10h in all
}

func (o *Outbox) defaults() {
	if o.Logger == nil {
		o.Logger = slog.Default()
	}
	if o.Poll <= 0 {
		o.Poll = 5 * time.Second
	}
	if o.Batch <= 0 {
		o.Batch = 5
	}
	if o.SendTimeout <= 0 {
		o.SendTimeout = 2 * time.Minute
	}
	if o.MaxAttempts <= 0 {
		o.MaxAttempts = 12
	}
	if o.RetryBase <= 0 {
		o.RetryBase = time.Minute
	}
}

// Run sends due replies until ctx ends, then returns nil. It is safe to
// run in every replica: claims are leased.
func (o *Outbox) Run(ctx context.Context) error {
	o.defaults()
	t := time.NewTimer(0)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
		}
		n, err := o.SendDue(ctx)
		if err != nil && ctx.Err() == nil {
			o.Logger.Warn("outbox: sending failed", "err", err)
		}
		wait := o.Poll
		if err == nil && n == o.Batch {
			wait = 0 // more may be due
		}
		t.Reset(wait)
	}
}

// SendDue claims one batch of due replies and sends them, returning how
// many it took. A reply's failure is recorded on it, not returned; the
// error is about the queue itself (the database).
func (o *Outbox) SendDue(ctx context.Context) (int, error) {
	o.defaults()
	ctx = kefu.SystemContext(ctx, "outbox")
	// The lease outlasts sending the whole batch, so no other replica
	// takes a reply that is still being sent.
	lease := time.Duration(o.Batch)*o.SendTimeout + time.Minute
	mails, err := o.Store.ClaimOutbound(ctx, o.Batch, lease)
	if err != nil {
		return 0, err
	}
	senders := map[int64]senderOrErr{}
	for _, m := range mails {
		if ctx.Err() != nil {
			// Shutting down: the lease returns the rest to the queue.
			return len(mails), ctx.Err()
		}
		if err := o.send(ctx, m, senders); err != nil {
			return len(mails), err
		}
	}
	return len(mails), nil
}

type senderOrErr struct {
	s   Sender
	err error
}

// send delivers one reply and records the outcome; the error returned is
// only a failure to record it.
func (o *Outbox) send(ctx context.Context, m *storage.OutboundMail, senders map[int64]senderOrErr) error {
	log := o.Logger.With("message_id", m.MessageID, "ticket_id", m.TicketID, "store_id", m.StoreID)
	se, ok := senders[m.StoreID]
	if !ok {
		se.s, se.err = o.Senders(ctx, m.StoreID)
		if se.err == nil && se.s == nil {
			se.err = errors.New("no smtp configured")
		}
		senders[m.StoreID] = se
	}
	if se.err != nil {
		// A missing or broken SMTP setting is fixed by an admin, not by
		// the reply: retry, so replies go out once it is configured.
		return o.fail(ctx, log, m, fmt.Errorf("store %d: %w", m.StoreID, se.err), false)
	}
	r, err := o.reply(m)
	if err != nil {
		return o.fail(ctx, log, m, err, permanent(err))
	}
	sctx, cancel := context.WithTimeout(ctx, o.SendTimeout)
	id, err := se.s.Send(sctx, r)
	cancel()
	if err != nil {
		if ctx.Err() != nil {
			// Interrupted, not refused: leave it to the lease. The server
			// may have taken it already; see the package comment.
			return ctx.Err()
		}
		return o.fail(ctx, log, m, err, permanent(err))
	}
	// The server has the mail: record it even if ctx ends now, since a
	// reply left queued is sent again.
	mctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 30*time.Second)
	defer cancel()
	if err := o.Store.MarkSent(mctx, m.MessageID, id); err != nil {
		log.Error("outbox: reply sent but not recorded; it may be sent again", "smtp_message_id", id, "err", err)
		return err
	}
	log.Info("outbox: reply sent", "to", m.To, "smtp_message_id", id)
	return nil
}

// fail records a failed attempt: retried with backoff, or failed for good
// when the error is permanent or the attempts are used up.
func (o *Outbox) fail(ctx context.Context, log *slog.Logger, m *storage.OutboundMail, sendErr error, permanent bool) error {
	var retryAt *time.Time
	if !permanent && m.Attempts+1 < o.MaxAttempts {
		t := kefu.Now().Add(backoff(o.RetryBase, m.Attempts+1))
		retryAt = &t
	}
	if retryAt != nil {
		log.Warn("outbox: reply not sent; will retry", "attempt", m.Attempts+1, "retry_at", *retryAt, "err", sendErr)
	} else {
		log.Error("outbox: reply failed for good", "attempt", m.Attempts+1, "err", sendErr)
	}
	return o.Store.MarkFailed(ctx, m.MessageID, sendErr, retryAt)
}

// reply turns a claimed mail into what the smtp package sends.
func (o *Outbox) reply(m *storage.OutboundMail) (smtp.Reply, error) {
	if m.To == "" {
		return smtp.Reply{}, kefu.Invalid("to", "the ticket's customer has no email or relay address to reply to")
	}
	to := (&mail.Address{Name: m.ToName, Address: m.To}).String()
	r := smtp.Reply{To: []string{to}, Subject: m.Subject, Text: m.Text, HTML: m.HTML,
		InReplyTo: m.InReplyTo, References: m.References}
	var total int64
	for _, a := range m.Attachments {
		if o.Attachments == nil {
			return smtp.Reply{}, kefu.Errorf(kefu.EINTERNAL, "attachment %q: no attachment store", a.Filename)
		}
		data, err := o.readAttachment(a, MaxAttachmentBytes-total)
		if err != nil {
			return smtp.Reply{}, err
		}
		total += int64(len(data))
		r.Attachments = append(r.Attachments, smtp.Attachment{Filename: a.Filename, ContentType: a.ContentType, Data: data})
	}
	return r, nil
}

func (o *Outbox) readAttachment(a kefu.Attachment, room int64) ([]byte, error) {
	f, err := o.Attachments(a.SHA256)
	if err != nil {
		return nil, fmt.Errorf("attachment %q: %w", a.Filename, err)
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, room+1))
	if err != nil {
		return nil, fmt.Errorf("attachment %q: %w", a.Filename, err)
	}
	if int64(len(data)) > room {
		return nil, kefu.Invalid("attachments", "attachments are larger than %d MB, more than mail relays accept", MaxAttachmentBytes>>20)
	}
	return data, nil
}

// permanent reports whether sending err can never succeed, so retrying
// would only delay telling the agent. SMTP says so with 5xx codes (RFC 5321
// §4.2.1), except for authentication (530, 534, 535, 538): a wrong store
// password is fixed by an admin, after which the reply should go out.
// A reply kefu itself cannot render (a bad address, a missing attachment)
// is permanent too. Anything else — 4xx, network, TLS — is transient.
func permanent(err error) bool {
	var se *gosmtp.SMTPError
	if errors.As(err, &se) {
		switch se.Code {
		case 530, 534, 535, 538:
			return false
		}
		return se.Code >= 500 && se.Code < 600
	}
	switch kefu.ErrorCode(err) {
	case kefu.EINVALID, kefu.ENOTFOUND:
		return true
	}
	return false
}

// backoff is the wait before attempt n+1: exponential from base, capped at
// two hours, with jitter so that replies failing together do not retry in
// step against a struggling server.
func backoff(base time.Duration, attempt int) time.Duration {
	d := min(base<<min(attempt-1, 20), 2*time.Hour)
	return d/2 + time.Duration(rand.Int64N(int64(d/2)+1))
}
