package app

import (
	"context"
	"fmt"
	"net/url"
	"strings"
	"sync"

	"kefu"
	"kefu/imap"
	"kefu/storage"
)

// mailboxSecret prefixes the store secrets that name mailboxes to poll:
// imap_support = imaps://user:password@imap.example.com:993/INBOX makes a
// mailbox "support" (see README).
const mailboxSecret = "imap_"

// ParseMailbox reads a mailbox URL: imaps:// (TLS, default port 993),
// imap:// with ?tls=starttls (default) or ?tls=none (tests only), user and
// password, and the folder as the path (default INBOX).
func ParseMailbox(storeID int64, name, raw string) (imap.Mailbox, error) {
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" || u.User == nil {
		return imap.Mailbox{}, fmt.Errorf("mailbox %s: want imaps://user:password@host:993/INBOX", name)
	}
	m := imap.Mailbox{StoreID: storeID, Name: name, Username: u.User.Username(), Folder: strings.TrimPrefix(u.Path, "/")}
	m.Password, _ = u.User.Password()
	switch u.Scheme {
	case "imaps":
		m.TLS, m.Addr = "tls", withPort(u.Host, "993")
	case "imap":
		m.TLS, m.Addr = "starttls", withPort(u.Host, "143")
		if t := u.Query().Get("tls"); t == "none" || t == "starttls" {
			m.TLS = t
		} else if t != "" {
			return imap.Mailbox{}, fmt.Errorf("mailbox %s: tls must be starttls or none, not %q", name, t)
		}
	default:
		return imap.Mailbox{}, fmt.Errorf("mailbox %s: scheme must be imaps or imap, not %q", name, u.Scheme)
	}
	return m, nil
}

func withPort(host, port string) string {
	if strings.LastIndex(host, ":") > strings.LastIndex(host, "]") {
		return host
	}
	return host + ":" + port
}

// mailboxStates keeps IMAP positions in the database, so a restart of
// kefu (or another replica) continues where polling stopped.
type mailboxStates struct{ db *storage.DB }

func (s mailboxStates) LoadState(ctx context.Context, storeID int64, mailbox string) (imap.State, error) {
	v, l, err := s.db.MailboxState(ctx, storeID, mailbox)
	return imap.State{UIDValidity: v, LastUID: l}, err
}

func (s mailboxStates) SaveState(ctx context.Context, storeID int64, mailbox string, st imap.State) error {
	return s.db.SaveMailboxState(ctx, storeID, mailbox, st.UIDValidity, st.LastUID)
}

// pollMailboxes polls every mailbox configured on a store until ctx ends.
// A bad mailbox URL is logged and skipped; the others keep flowing.
func (a *App) pollMailboxes(ctx context.Context) {
	stores, err := a.db.ListStores(kefu.SystemContext(ctx, "mail"))
	if err != nil {
		a.logger.Error("mail: list stores", "err", err)
		return
	}
	var wg sync.WaitGroup
	for _, s := range stores {
		for _, key := range s.Secrets.Names() {
			if !strings.HasPrefix(key, mailboxSecret) {
				continue
			}
			m, err := ParseMailbox(s.ID, strings.TrimPrefix(key, mailboxSecret), s.Secrets[key])
			if err != nil {
				a.logger.Error("mail: skipping mailbox", "store", s.Slug, "err", err)
				continue
			}
			p := &imap.Poller{Mailbox: m, Sink: a.pipeline, States: mailboxStates{a.db}, Logger: a.logger.With("store", s.Slug, "mailbox", m.Name)}
			wg.Add(1)
			go func() { defer wg.Done(); _ = p.Run(kefu.SystemContext(ctx, "mail")) }()
		}
	}
	wg.Wait()
}
