package app

import (
	"strings"
	"testing"
)

func TestParseMailbox(t *testing.T) {
	tests := []struct {
		raw              string
		addr, tls, inbox string
		err              string
	}{
		{raw: "imaps://lin:pw@imap.example.com/INBOX", addr: "imap.example.com:993", tls: "tls", inbox: "INBOX"},
		{raw: "imaps://lin:pw@imap.example.com:1993", addr: "imap.example.com:1993", tls: "tls"},
		{raw: "imap://lin:pw@127.0.0.1:1143/Support?tls=none", addr: "127.0.0.1:1143", tls: "none", inbox: "Support"},
		{raw: "imap://lin:pw@mail.example.com", addr: "mail.example.com:143", tls: "starttls"},
		{raw: "imap://lin:pw@[::1]:1143?tls=none", addr: "[::1]:1143", tls: "none"},
		{raw: "pop3://lin:pw@mail.example.com", err: "scheme"},
		{raw: "imaps://mail.example.com", err: "want imaps://"},
		{raw: "imap://lin:pw@mail.example.com?tls=maybe", err: "tls must be"},
		{raw: "::::", err: "want imaps://"},
	}
	for _, tt := range tests {
		m, err := ParseMailbox(1, "support", tt.raw)
		if tt.err != "" {
			if err == nil || !strings.Contains(err.Error(), tt.err) {
				t.Errorf("%q: err = %v, want %q", tt.raw, err, tt.err)
			}
			if err != nil && strings.Contains(err.Error(), "pw") {
				t.Errorf("%q: the error repeats the password: %v", tt.raw, err)
			}
			continue
		}
		if err != nil || m.Addr != tt.addr || m.TLS != tt.tls || m.Folder != tt.inbox || m.Username != "lin" || m.Password != "pw" {
			t.Errorf("%q: %+v, %v; want addr %s tls %s folder %q", tt.raw, m, err, tt.addr, tt.tls, tt.inbox)
		}
	}
}
