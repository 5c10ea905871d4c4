package smtp

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"net"
	"time"

	"github.com/emersion/go-sasl"
	gosmtp "github.com/emersion/go-smtp"
)

const dialTimeout = 30 * time.Second

// Server is a store's outgoing mail server.
type Server struct {
	Addr     string // host:port
	TLS      string // "tls" (implicit, port 465), "starttls" (587) or "none" (tests, local relays)
	Username string // empty: no AUTH
	Password string
	From     string // the store's support address, e.g. "Shop Support <support@shop.example>"
	HeloName string // default "localhost"
}

// Sender sends replies through Server.
type Sender struct {
	Server Server
	// Dial opens the TCP connection; nil uses net.Dialer. Tests and
	// proxies plug in here.
	Dial func(ctx context.Context, network, addr string) (net.Conn, error)
	Now  func() time.Time // nil uses time.Now
}

// Send composes r and delivers it, returning the Message-ID ("<id@domain>")
// to record on the sent message so the buyer's answer threads back to it.
// Invalid input is a *kefu.Error (EINVALID) and nothing is sent; a server
// refusal wraps the *go-smtp.SMTPError, whose text carries the SMTP code.
func (s *Sender) Send(ctx context.Context, r Reply) (messageID string, err error) {
	now := time.Now
	if s.Now != nil {
		now = s.Now
	}
	msg, err := compose(s.Server.From, r, now())
	if err != nil {
		return "", err
	}

	c, unwatch, err := s.connect(ctx)
	if err != nil {
		return "", err
	}
	defer unwatch()
	defer c.Close()

	if s.Server.Username != "" {
		if err := s.authenticate(c); err != nil {
			return "", err
		}
	}
	if err := c.Mail(msg.from, nil); err != nil {
		return "", fmt.Errorf("smtp: MAIL FROM <%s>: %w", msg.from, err)
	}
	for _, rcpt := range msg.rcpts {
		if err := c.Rcpt(rcpt, nil); err != nil {
			return "", fmt.Errorf("smtp: RCPT TO <%s>: %w", rcpt, err)
		}
	}
	w, err := c.Data()
	if err != nil {
		return "", fmt.Errorf("smtp: DATA: %w", err)
	}
	if _, err := w.Write(msg.raw); err != nil {
		w.Close()
		return "", fmt.Errorf("smtp: DATA: %w", err)
	}
	if err := w.Close(); err != nil {
		return "", fmt.Errorf("smtp: message refused: %w", err)
	}
	// The server has taken responsibility for the mail; a failed QUIT
	// must not make the caller send it twice.
	_ = c.Quit()
	return msg.messageID, nil
}

// connect dials and says hello, over TLS when configured. Until unwatch
// is called, ending ctx closes the connection, unblocking whatever command
// is waiting (the client takes no context).
func (s *Sender) connect(ctx context.Context) (c *gosmtp.Client, unwatch func() bool, err error) {
	srv := s.Server
	host, _, err := net.SplitHostPort(srv.Addr)
	if err != nil {
		return nil, nil, fmt.Errorf("smtp: address %q: %w", srv.Addr, err)
	}
	if srv.TLS != "tls" && srv.TLS != "starttls" && srv.TLS != "none" {
		return nil, nil, fmt.Errorf("smtp: unknown TLS mode %q (want tls, starttls or none)", srv.TLS)
	}
	dial := s.Dial
	if dial == nil {
		dial = (&net.Dialer{Timeout: dialTimeout}).DialContext
	}
	conn, err := dial(ctx, "tcp", srv.Addr)
	if err != nil {
		return nil, nil, fmt.Errorf("smtp: dial %s: %w", srv.Addr, err)
	}
	unwatch = context.AfterFunc(ctx, func() { conn.Close() })
	fail := func(err error) (*gosmtp.Client, func() bool, error) {
		unwatch()
		conn.Close()
		return nil, nil, err
	}

	tlsConfig := &tls.Config{ServerName: host, MinVersion: tls.VersionTLS12}
	switch srv.TLS {
	case "tls":
		tc := tls.Client(conn, tlsConfig)
		if err := tc.HandshakeContext(ctx); err != nil {
			return fail(fmt.Errorf("smtp: TLS handshake with %s: %w", srv.Addr, err))
		}
		c = gosmtp.NewClient(tc)
	case "starttls":
		if c, err = gosmtp.NewClientStartTLS(conn, tlsConfig); err != nil {
			return fail(fmt.Errorf("smtp: STARTTLS with %s: %w", srv.Addr, err))
		}
	default:
		c = gosmtp.NewClient(conn)
	}
	helo := srv.HeloName
	if helo == "" {
		helo = "localhost"
	}
	// After STARTTLS this is the second EHLO, the one that counts; the
	// first, in clear, introduced us as "localhost".
	if err := c.Hello(helo); err != nil {
		return fail(fmt.Errorf("smtp: EHLO: %w", err))
	}
	return c, unwatch, nil
}

// authenticate logs in with AUTH PLAIN. Over a plaintext connection it
// refuses unless the server is on this machine: the password would
// otherwise cross the network in the clear (net/smtp's PlainAuth rule).
func (s *Sender) authenticate(c *gosmtp.Client) error {
	srv := s.Server
	if srv.TLS == "none" && !isLoopback(srv.Addr) {
		return errors.New("smtp: refusing to send the password without TLS to a remote server")
	}
	if err := c.Auth(sasl.NewPlainClient("", srv.Username, srv.Password)); err != nil {
		return fmt.Errorf("smtp: authentication as %q failed: %w", srv.Username, err)
	}
	return nil
}

func isLoopback(addr string) bool {
	host, _, _ := net.SplitHostPort(addr)
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}
