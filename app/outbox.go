package app

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/mail"
	"net/url"

	"kefu"
	"kefu/outbox"
	"kefu/smtp"
)

// SMTPSecret names the store secret that configures outgoing mail:
// smtp://user:password@host:port?from=support@shop.com&tls=starttls
const SMTPSecret = "smtp"

// runOutbox sends agents' replies on email tickets until ctx ends.
func (a *App) runOutbox(ctx context.Context) {
	o := &outbox.Outbox{
		Store:   a.db,
		Senders: a.smtpSender,
		Attachments: func(sha string) (io.ReadCloser, error) {
			return a.blobs.Open(sha)
		},
		Logger: a.logger,
	}
	_ = o.Run(ctx)
}

// smtpSender is the store's sender, read afresh for each batch so that a
// changed setting takes effect without a restart.
func (a *App) smtpSender(ctx context.Context, storeID int64) (outbox.Sender, error) {
	store, err := a.db.FindStoreByID(kefu.SystemContext(ctx, "outbox"), storeID)
	if err != nil {
		return nil, err
	}
	s, err := smtpSenderFor(store)
	if err != nil {
		return nil, err // not a typed nil in the interface
	}
	return s, nil
}

// smtpSenderFor builds a sender from the store's "smtp" secret, a URL:
//
//	smtp://user:password@host:port?from=support@shop.com&tls=starttls
//
// tls is starttls (the default, port 587), tls (implicit TLS, port 465;
// also the default of smtps://) or none (port 25; local relays only).
// User and password are optional together; special characters in them
// are percent-encoded. helo= sets the EHLO name. Errors never repeat the
// URL: it holds the password.
func smtpSenderFor(store *kefu.Store) (*smtp.Sender, error) {
	raw, ok := store.Secrets[SMTPSecret]
	if !ok || raw == "" {
		return nil, fmt.Errorf("store %s: no smtp configured (set secret %q to smtp://user:password@host:587?from=support@example.com)", store.Slug, SMTPSecret)
	}
	bad := func(format string, args ...any) error {
		return fmt.Errorf("store %s: secret %q: "+format, append([]any{store.Slug, SMTPSecret}, args...)...)
	}
	u, err := url.Parse(raw)
	if err != nil {
		var ue *url.Error
		if errors.As(err, &ue) {
			err = ue.Err // url.Error repeats the URL, password and all
		}
		return nil, bad("not a URL: %v", err)
	}
	mode := "starttls"
	switch u.Scheme {
	case "smtp":
	case "smtps":
		mode = "tls"
	default:
		return nil, bad("scheme must be smtp or smtps, not %q", u.Scheme)
	}
	if u.Opaque != "" || u.Host == "" || u.Hostname() == "" {
		return nil, bad("no host: want smtp://user:password@host:port?from=…")
	}
	if u.Path != "" && u.Path != "/" {
		return nil, bad("unexpected path %q", u.Path)
	}
	q, err := url.ParseQuery(u.RawQuery)
	if err != nil {
		return nil, bad("query: %v", err)
	}
	for k, v := range q {
		switch k {
		case "from", "tls", "helo":
			if len(v) != 1 {
				return nil, bad("%s given %d times", k, len(v))
			}
		default:
			return nil, bad("unknown parameter %q (want from, tls or helo)", k)
		}
	}
	if t := q.Get("tls"); t != "" {
		mode = t
	}
	port := u.Port()
	switch mode {
	case "starttls":
		port = cmp.Or(port, "587")
	case "tls":
		port = cmp.Or(port, "465")
	case "none":
		port = cmp.Or(port, "25")
	default:
		return nil, bad("tls must be starttls, tls or none, not %q", mode)
	}
	from := q.Get("from")
	if from == "" {
		return nil, bad("from is required, e.g. ?from=support@shop.com")
	}
	if _, err := mail.ParseAddress(from); err != nil {
		return nil, bad("from %q is not an email address: %v", from, err)
	}
	srv := smtp.Server{Addr: net.JoinHostPort(u.Hostname(), port), TLS: mode, From: from, HeloName: q.Get("helo")}
	if u.User != nil {
		srv.Username = u.User.Username()
		pass, ok := u.User.Password()
		if srv.Username == "" || !ok || pass == "" {
			return nil, bad("user and password go together: smtp://user:password@host")
		}
		srv.Password = pass
	}
	return &smtp.Sender{Server: srv}, nil
}
