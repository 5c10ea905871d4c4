package imap

import (
	"context"
	"crypto/tls"
	"fmt"
	"net"
	"time"

	"github.com/emersion/go-imap/v2/imapclient"
)

const dialTimeout = 30 * time.Second

// connect dials, waits for the greeting and logs in. The returned stop func
// logs out and closes; until it is called, ending ctx closes the connection,
// which is how a blocked IMAP command (the client takes no context) gets
// unblocked on shutdown.
func (p *Poller) connect(ctx context.Context) (c *imapclient.Client, stop func(), err error) {
	m := p.Mailbox
	host, _, err := net.SplitHostPort(m.Addr)
	if err != nil {
		return nil, nil, fmt.Errorf("imap: address %q: %w", m.Addr, err)
	}
	d := &net.Dialer{Timeout: dialTimeout}
	tlsConfig := &tls.Config{ServerName: host, MinVersion: tls.VersionTLS12}

	var conn net.Conn
	switch m.TLS {
	case "tls":
		tlsConfig.NextProtos = []string{"imap"}
		conn, err = (&tls.Dialer{NetDialer: d, Config: tlsConfig}).DialContext(ctx, "tcp", m.Addr)
	case "starttls", "none":
		conn, err = d.DialContext(ctx, "tcp", m.Addr)
	default:
		return nil, nil, fmt.Errorf("imap: unknown TLS mode %q (want tls, starttls or none)", m.TLS)
	}
	if err != nil {
		return nil, nil, fmt.Errorf("imap: dial %s: %w", m.Addr, err)
	}
	unwatch := context.AfterFunc(ctx, func() { conn.Close() })
	fail := func(err error) (*imapclient.Client, func(), error) {
		unwatch()
		conn.Close()
		return nil, nil, err
	}

	if m.TLS == "starttls" {
		c, err = imapclient.NewStartTLS(conn, &imapclient.Options{TLSConfig: tlsConfig})
		if err != nil {
			return fail(fmt.Errorf("imap: starttls %s: %w", m.Addr, err))
		}
	} else {
		c = imapclient.New(conn, nil)
	}
	if err := c.WaitGreeting(); err != nil {
		return fail(fmt.Errorf("imap: greeting from %s: %w", m.Addr, err))
	}
	if err := c.Login(m.Username, m.Password).Wait(); err != nil {
		return fail(fmt.Errorf("imap: login as %q: %w", m.Username, err))
	}
	stop = func() {
		unwatch()
		// Best effort: the server drops the session anyway when we close.
		_ = c.Logout().Wait()
		_ = c.Close()
	}
	return c, stop, nil
}

// closed reports whether the connection is gone, after which continuing
// with the next message would only produce the same error again.
func closed(c *imapclient.Client) bool {
	select {
	case <-c.Closed():
		return true
	default:
		return false
	}
}
