package storage

import (
	"context"
	"database/sql"
	"strings"
	"time"

	"kefu"
)

// OutboundMail is a queued reply with everything needed to send it as an
// email threaded under the buyer's mail.
type OutboundMail struct {
	MessageID int64
	TicketID  int64
	StoreID   int64
	Attempts  int // failed attempts so far

	To     string // the customer's relay alias, else their email address; "" when the ticket has neither
	ToName string // the customer's name, for the To header

	Subject     string // "Re: " and the ticket's subject
	Text        string
	HTML        string
	Attachments []kefu.Attachment // metadata; the bytes are in the blob store

	// InReplyTo is the Message-ID ("<id@domain>") of the latest inbound
	// email before the reply, and References the thread's Message-IDs up
	// to it, oldest first: what RFC 5322 §3.6.4 asks of a reply.
	InReplyTo  string
	References []string
}

// Delivery is the sending record of an outbound email message.
type Delivery struct {
	MessageID     int64
	State         string // kefu.DeliveryQueued, DeliverySent or DeliveryFailed
	Attempts      int
	LastError     string
	NextAttemptAt *time.Time // while queued
}

// ClaimOutbound takes up to limit queued replies on email tickets that are
// due, hiding them from other senders for lease: a sender that dies
// mid-batch leaves them to be taken again once the lease ends. The lease
// must outlast sending the whole batch, or a second replica could send a
// reply that is still on its way.
func (db *DB) ClaimOutbound(ctx context.Context, limit int, lease time.Duration) ([]*OutboundMail, error) {
	var out []*OutboundMail
	err := db.inTx(ctx, func(t *tx) error {
		// Messages are queued by addMessage, which knows nothing of the
		// outbox; their bookkeeping rows are made here, due at once. The
		// claim itself then locks outbox rows only, which is what makes
		// SKIP LOCKED and the lease exact between replicas.
		if _, err := t.exec(ctx, `INSERT INTO outbox (message_id, next_attempt_at)
			SELECT m.id, ? FROM messages m JOIN tickets tk ON tk.id = m.ticket_id
			WHERE m.delivery_state = 'queued' AND m.direction = 'outbound' AND tk.channel = 'email'
			ON CONFLICT (message_id) DO NOTHING`, ms(t.now)); err != nil {
			return err
		}
		ids, err := t.ids(ctx, db.dialect.q("claim_outbox"), ms(t.now), limit)
		if err != nil || len(ids) == 0 {
			return err
		}
		args := append([]any{ms(t.now.Add(lease))}, int64Args(ids)...)
		if _, err := t.exec(ctx, `UPDATE outbox SET next_attempt_at = ? WHERE message_id IN (`+placeholders(len(ids))+`)`, args...); err != nil {
			return err
		}
		out, err = t.outboundMails(ctx, ids)
		return err
	})
	return out, err
}

// outboundMails loads what sending needs for the given message ids.
func (t *tx) outboundMails(ctx context.Context, ids []int64) ([]*OutboundMail, error) {
	rows, err := t.query(ctx, `SELECT m.id, m.ticket_id, tk.store_id, COALESCE(tk.customer_id, 0), tk.subject, m.body_text, m.body_html, o.attempts
		FROM outbox o JOIN messages m ON m.id = o.message_id JOIN tickets tk ON tk.id = m.ticket_id
		WHERE o.message_id IN (`+placeholders(len(ids))+`) ORDER BY m.id`, int64Args(ids)...)
	if err != nil {
		return nil, err
	}
	var out []*OutboundMail
	byID := map[int64]*OutboundMail{}
	customers := map[*OutboundMail]int64{}
	for rows.Next() {
		var m OutboundMail
		var customerID int64
		if err := rows.Scan(&m.MessageID, &m.TicketID, &m.StoreID, &customerID, &m.Subject, &m.Text, &m.HTML, &m.Attempts); err != nil {
			rows.Close()
			return nil, err
		}
		m.Subject = replySubject(m.Subject)
		out = append(out, &m)
		byID[m.MessageID] = &m
		customers[&m] = customerID
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}

	rows, err = t.query(ctx, `SELECT message_id, id, filename, content_type, size, sha256, content_id FROM attachments
		WHERE message_id IN (`+placeholders(len(ids))+`) ORDER BY id`, int64Args(ids)...)
	if err != nil {
		return nil, err
	}
	for rows.Next() {
		var mid int64
		var a kefu.Attachment
		if err := rows.Scan(&mid, &a.ID, &a.Filename, &a.ContentType, &a.Size, &a.SHA256, &a.ContentID); err != nil {
			rows.Close()
			return nil, err
		}
		byID[mid].Attachments = append(byID[mid].Attachments, a)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}

	for _, m := range out {
		if id := customers[m]; id != 0 {
			if err := t.recipient(ctx, m, id); err != nil {
				return nil, err
			}
		}
		if err := t.thread(ctx, m); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// recipient addresses the reply to the customer's marketplace relay alias
// when there is one (Amazon and eBay buyers can be reached only through
// it), else to their email address; the first known of a kind wins.
func (t *tx) recipient(ctx context.Context, m *OutboundMail, customerID int64) error {
	err := t.queryRow(ctx, `SELECT c.name, i.value FROM customer_identities i JOIN customers c ON c.id = i.customer_id
		WHERE i.customer_id = ? AND i.kind IN ('relay', 'email')
		ORDER BY CASE i.kind WHEN 'relay' THEN 0 ELSE 1 END, i.id LIMIT 1`, customerID).Scan(&m.ToName, &m.To)
	if err == sql.ErrNoRows {
		return nil // the sender fails the reply: there is nobody to mail
	}
	return err
}

// thread finds the Message-IDs the reply continues: the ticket's email
// messages before it, up to the latest inbound one, which it answers.
// Sent replies are included (MarkSent records their Message-IDs), so a
// thread of several rounds keeps its whole chain.
func (t *tx) thread(ctx context.Context, m *OutboundMail) error {
	rows, err := t.query(ctx, `SELECT direction, external_id FROM messages
		WHERE ticket_id = ? AND id < ? AND channel = 'email' AND external_id IS NOT NULL ORDER BY id`, m.TicketID, m.MessageID)
	if err != nil {
		return err
	}
	defer rows.Close()
	var ids []string
	parent := -1
	for rows.Next() {
		var direction, id string
		if err := rows.Scan(&direction, &id); err != nil {
			return err
		}
		// Only well-formed IDs: one malformed value must not make the
		// whole reply unsendable.
		if !isMessageID(id) {
			continue
		}
		ids = append(ids, id)
		if direction == kefu.DirectionInbound {
			parent = len(ids) - 1
		}
	}
	if err := rows.Err(); err != nil {
		return err
	}
	if parent >= 0 {
		// References ends with the parent, as RFC 5322 builds it from the
		// parent's own References; our later replies come after it.
		m.InReplyTo, m.References = ids[parent], ids[:parent+1]
	} else {
		m.References = ids
	}
	return nil
}

// isMessageID reports whether s has the "<left@right>" form the imap and
// smtp packages store.
func isMessageID(s string) bool {
	return len(s) > 4 && s[0] == '<' && s[len(s)-1] == '>' && strings.Contains(s, "@") &&
		!strings.ContainsAny(s[1:len(s)-1], "<> \t\r\n")
}

// replySubject prefixes "Re: " unless the subject already has it.
func replySubject(s string) string {
	if len(s) >= 3 && strings.EqualFold(s[:3], "re:") {
		return s
	}
	return "Re: " + s
}

// MarkSent records that a reply was accepted by the mail server, with the
// Message-ID it went out under, so the buyer's answer threads back to it.
// Both change in one statement: a reply is never marked sent without the
// ID that identifies it. It fails with ECONFLICT when the message is no
// longer queued (already sent or given up on).
func (db *DB) MarkSent(ctx context.Context, messageID int64, externalID string) error {
	if !isMessageID(externalID) {
		return kefu.Invalid("external_id", "%q is not a Message-ID such as <id@domain>", externalID)
	}
	return db.inTx(ctx, func(t *tx) error {
		// The channel becomes email: that is how the reply was delivered,
		// and threading looks for email messages.
		res, err := t.exec(ctx, `UPDATE messages SET delivery_state = 'sent', external_id = ?, channel = 'email'
			WHERE id = ? AND delivery_state = 'queued'`, externalID, messageID)
		if err != nil {
			return err
		}
		if n, err := res.RowsAffected(); err != nil {
			return err
		} else if n == 0 {
			return kefu.Errorf(kefu.ECONFLICT, "message %d is not queued for sending", messageID)
		}
		if _, err := t.exec(ctx, `DELETE FROM outbox WHERE message_id = ?`, messageID); err != nil {
			return err
		}
		return t.audit(ctx, "message.deliver", "message", messageID,
			map[string]any{"delivery_state": kefu.DeliveryQueued},
			map[string]any{"delivery_state": kefu.DeliverySent, "external_id": externalID})
	})
}

// MarkFailed records a failed attempt with its error. With retryAt the
// reply stays queued until then; without, it failed for good: the message
// becomes delivery_state failed and the error stays for the agent to see.
func (db *DB) MarkFailed(ctx context.Context, messageID int64, sendErr error, retryAt *time.Time) error {
	msg := "unknown error"
	if sendErr != nil {
		msg = sendErr.Error()
	}
	if len(msg) > 2000 {
		msg = msg[:2000]
	}
	msg = strings.ToValidUTF8(msg, "?")
	return db.inTx(ctx, func(t *tx) error {
		next := t.now
		if retryAt != nil {
			next = *retryAt
		}
		res, err := t.exec(ctx, `UPDATE outbox SET attempts = attempts + 1, last_error = ?, next_attempt_at = ? WHERE message_id = ?`,
			msg, ms(next), messageID)
		if err != nil {
			return err
		}
		if n, err := res.RowsAffected(); err != nil {
			return err
		} else if n == 0 {
			return kefu.NotFound("queued message")
		}
		if retryAt != nil {
			return nil
		}
		if _, err := t.exec(ctx, `UPDATE messages SET delivery_state = 'failed' WHERE id = ? AND delivery_state = 'queued'`, messageID); err != nil {
			return err
		}
		return t.audit(ctx, "message.deliver", "message", messageID,
			map[string]any{"delivery_state": kefu.DeliveryQueued},
			map[string]any{"delivery_state": kefu.DeliveryFailed, "error": msg})
	})
}

// FindDelivery returns how sending an outbound message went: its state,
// the attempts and the last error.
func (db *DB) FindDelivery(ctx context.Context, messageID int64) (*Delivery, error) {
	a := kefu.ActorFrom(ctx)
	if err := a.Require(kefu.ScopeTicketsRead); err != nil {
		return nil, err
	}
	var d Delivery
	var storeID int64
	var attempts, next sql.NullInt64
	var lastError sql.NullString
	err := db.queryRow(ctx, db.reader(ctx), `SELECT m.id, m.delivery_state, tk.store_id, o.attempts, o.last_error, o.next_attempt_at
		FROM messages m JOIN tickets tk ON tk.id = m.ticket_id LEFT JOIN outbox o ON o.message_id = m.id
		WHERE m.id = ? AND m.direction = 'outbound'`, messageID).Scan(&d.MessageID, &d.State, &storeID, &attempts, &lastError, &next)
	if err != nil {
		return nil, notFound(err, "outbound message")
	}
	if !a.CanSeeStore(storeID) {
		return nil, kefu.NotFound("outbound message")
	}
	d.Attempts, d.LastError = int(attempts.Int64), lastError.String
	if d.State == kefu.DeliveryQueued && next.Valid {
		at := fromMS(next.Int64)
		d.NextAttemptAt = &at
	}
	return &d, nil
}

// ids runs a query that returns one id column.
func (t *tx) ids(ctx context.Context, query string, args ...any) ([]int64, error) {
	rows, err := t.query(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		ids = append(ids, id)
	}
	return ids, rows.Err()
}
