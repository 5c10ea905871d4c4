package imap

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/emersion/go-message"
	"github.com/emersion/go-message/mail"
	"github.com/emersion/go-message/textproto"

	"kefu/ingest"
)

// Event types this package produces.
const (
	TypeEmail         = "email"
	TypeEmailTooLarge = "email.too_large"
)

// event builds the pipeline event for one fetched message. For a message
// over MaxMessageBytes, raw is its header only: enough to thread it and to
// tell the agent who wrote, about what, and that it must be read in the
// mailbox itself.
func (p *Poller) event(uidValidity uint32, meta messageMeta, raw []byte, tooLarge bool) *ingest.Event {
	name := p.Mailbox.Name
	ev := &ingest.Event{
		Source:       ingest.SourceEmail,
		StoreID:      p.Mailbox.StoreID,
		ExternalID:   ExternalID(raw, name),
		Type:         TypeEmail,
		ReceivedAt:   meta.date.UTC(),
		Verification: fmt.Sprintf("imap uidvalidity=%d uid=%d", uidValidity, meta.uid),
		Headers:      map[string]string{"Mailbox": name, "Uid": strconv.FormatUint(uint64(meta.uid), 10)},
		Payload:      raw,
	}
	if meta.date.IsZero() {
		ev.ReceivedAt = time.Now().UTC()
	}
	if tooLarge {
		ev.Type = TypeEmailTooLarge
		ev.Headers["Size"] = strconv.FormatInt(meta.size, 10)
	}
	return ev
}

// ExternalID is the pipeline's dedupe key for a mail seen in a mailbox:
// its normalised Message-ID, or, for mail without one, the SHA-256 of the
// bytes, followed by "|" and the mailbox name. The mailbox is part of the
// key because the same mail copied to two stores' mailboxes is news to both.
func ExternalID(raw []byte, mailbox string) string {
	if id := MessageID(raw); id != "" {
		return id + "|" + mailbox
	}
	sum := sha256.Sum256(raw)
	return "sha256:" + hex.EncodeToString(sum[:]) + "|" + mailbox
}

// MessageID returns the message's Message-ID in its canonical "<id>" form —
// the form In-Reply-To and References carry, so replies match it as is —
// or "" when the header is missing or empty.
func MessageID(raw []byte) string {
	th, err := textproto.ReadHeader(bufio.NewReader(bytes.NewReader(raw)))
	if err != nil && th.Len() == 0 {
		return ""
	}
	h := mail.Header{Header: message.Header{Header: th}}
	id, err := h.MessageID()
	if err != nil || id == "" {
		// Malformed (bare, or with stray spaces): keep what is there,
		// minus the folding and brackets that vary between relays.
		id = strings.Join(strings.Fields(h.Get("Message-Id")), "")
		id = strings.TrimSuffix(strings.TrimPrefix(id, "<"), ">")
	}
	if id == "" {
		return ""
	}
	return "<" + id + ">"
}
