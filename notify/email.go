package notify

import (
	"context"
	"errors"
	"net/mail"
	"strings"
	"time"

	gosmtp "github.com/emersion/go-smtp"

	"kefu"
	"kefu/smtp"
)

// MailSender sends one mail; *smtp.Sender is one.
type MailSender interface {
	Send(ctx context.Context, r smtp.Reply) (messageID string, err error)
}

// MailSenders returns the SMTP sender of an email channel: its own SMTP
// URL (the channel's secret) or its store's. The app wires it, because
// the app already knows how to read kefu's smtp:// settings.
type MailSenders func(ctx context.Context, ch *kefu.AlertChannel) (MailSender, error)

// Email sends alerts as plain-text mail through kefu's smtp package, to
// the recipients in the channel's URL. Mail servers have no common rate
// limit; the dispatcher keeps a mailbox to 30 alerts a minute.
type Email struct {
	Senders MailSenders
	Now     func() time.Time
}

// Send mails the alert and classifies the server's answer.
func (e *Email) Send(ctx context.Context, ch *kefu.AlertChannel, a *kefu.Alert) *kefu.AlertSendResult {
	if e.Senders == nil {
		return &kefu.AlertSendResult{Retryable: true, Message: "email alerts are not configured on this server"}
	}
	s, err := e.Senders(ctx, ch)
	if err != nil {
		// A missing or broken SMTP setting is fixed by an admin; the
		// alert waits for it like a reply in the outbox does.
		return &kefu.AlertSendResult{Retryable: true, Message: err.Error()}
	}
	list, err := mail.ParseAddressList(ch.URL)
	if err != nil || len(list) == 0 {
		return &kefu.AlertSendResult{Message: "the channel's recipients cannot be parsed"}
	}
	r := emailReply(newMessage(a))
	for _, addr := range list {
		r.To = append(r.To, addr.String())
	}
	if _, err := s.Send(ctx, r); err != nil {
		return emailFailure(err)
	}
	return &kefu.AlertSendResult{OK: true, Message: "ok"}
}

func emailReply(m *message) smtp.Reply {
	var b strings.Builder
	b.WriteString(m.severity + plainText(m.title) + "\n\n")
	for _, line := range m.lines {
		b.WriteString(plainText(line) + "\n")
	}
	if m.url != "" {
		b.WriteString("\n" + m.linkLabel + ": " + m.url + "\n")
	}
	b.WriteString("\n-- \nkefu 客服\n")
	return smtp.Reply{Subject: truncateBytes("[kefu] "+m.severity+plainText(m.title), 300), Text: b.String()}
}

// emailFailure classifies a refused mail as the outbox does: SMTP 5xx is
// for good except authentication (fixed by an admin), anything else —
// 4xx, network, TLS — is tried again.
func emailFailure(err error) *kefu.AlertSendResult {
	r := &kefu.AlertSendResult{Message: err.Error(), Retryable: true}
	var se *gosmtp.SMTPError
	switch {
	case errors.As(err, &se):
		r.ProviderCode = se.Code
		switch se.Code {
		case 530, 534, 535, 538:
		default:
			r.Retryable = se.Code < 500 || se.Code >= 600
		}
	case kefu.ErrorCode(err) == kefu.EINVALID:
		r.Retryable = false
	}
	return r
}
