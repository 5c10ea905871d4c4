package storage

import (
	"context"
	"database/sql"
	"time"

	"kefu"
)

// AddMessage appends a message, note or system event to a ticket.
func (db *DB) AddMessage(ctx context.Context, ticketID int64, m *kefu.Message) (*kefu.Message, error) {
	m.TicketID = ticketID
	err := db.AddMessages(ctx, []*kefu.Message{m})
	return m, err
}

// AddMessages appends messages (each with TicketID set) in one transaction.
func (db *DB) AddMessages(ctx context.Context, ms []*kefu.Message) error {
	a := kefu.ActorFrom(ctx)
	if err := a.Require(kefu.ScopeTicketsWrite); err != nil {
		return err
	}
	for _, m := range ms {
		if err := m.Validate(); err != nil {
			return err
		}
	}
	return db.inTx(ctx, func(tx *tx) error {
		for _, m := range ms {
			t, err := db.lockTicket(ctx, tx, a, m.TicketID)
			if err != nil {
				return err
			}
			if t.Status == kefu.StatusClosed {
				return kefu.Errorf(kefu.ECONFLICT, "ticket %d is closed and read-only", t.ID)
			}
			if _, err := tx.addMessage(ctx, t, m); err != nil {
				return err
			}
		}
		return nil
	})
}

// addMessage stores a validated message and moves the ticket along: a
// buyer reply reopens a pending or solved ticket (taxonomy.md), the first
// human reply sets the first response time.
func (tx *tx) addMessage(ctx context.Context, t *kefu.Ticket, m *kefu.Message) (*kefu.Message, error) {
	if err := tx.guardReply(ctx, t, m); err != nil {
		return nil, err
	}
	tx.prepareMessage(ctx, t, m, false)
	if err := tx.insertMessage(ctx, t, m); err != nil {
		return nil, err
	}
	switch {
	case m.Direction == kefu.DirectionInbound:
		if err := tx.automate(ctx, t.ID, kefu.Automation{Event: kefu.EventBuyerMessage, MessageID: m.ID}); err != nil {
			return nil, err
		}
	case m.Direction == kefu.DirectionOutbound && !m.Automated:
		if err := tx.automate(ctx, t.ID, kefu.Automation{Event: kefu.EventAgentReply, MessageID: m.ID}); err != nil {
			return nil, err
		}
	}
	// A person answered: delayed auto-replies must not follow (rulefirings.go).
	if m.Direction == kefu.DirectionOutbound && !m.Automated {
		if err := tx.cancelAutoReplies(ctx, t.ID); err != nil {
			return nil, err
		}
	}
	before := *t
	applyMessage(t, m, false)
	if _, err := tx.exec(ctx, `UPDATE tickets SET status = ?, first_response_at = ?, message_count = ?, last_message_at = ?, updated_at = ? WHERE id = ?`,
		t.Status, msOrNil(t.FirstResponseAt), t.MessageCount, ms(t.LastMessageAt), ms(t.UpdatedAt), t.ID); err != nil {
		return nil, err
	}
	if before.Status != t.Status || before.FirstResponseAt != t.FirstResponseAt {
		return m, tx.audit(ctx, "ticket.update", "ticket", t.ID,
			map[string]any{"status": before.Status, "first_response_at": before.FirstResponseAt},
			map[string]any{"status": t.Status, "first_response_at": t.FirstResponseAt})
	}
	return m, nil
}

// prepareMessage fills in what a message takes from its ticket and the
// clock. A history message (part of a ticket as it is created) was sent
// long ago and never goes out again.
func (tx *tx) prepareMessage(ctx context.Context, t *kefu.Ticket, m *kefu.Message, history bool) {
	m.TicketID = t.ID
	if m.AuthorUserID == 0 && m.Direction != kefu.DirectionInbound {
		m.AuthorUserID = kefu.ActorFrom(ctx).UserID()
	}
	if m.CreatedAt.IsZero() || m.CreatedAt.After(tx.now) {
		m.CreatedAt = tx.now
	}
	m.CreatedAt = m.CreatedAt.UTC().Truncate(time.Millisecond)
	// A live reply on an email ticket goes out through the outbox
	// (storage/outbox.go).
	if m.Direction == kefu.DirectionOutbound && t.Channel == "email" && m.DeliveryState == "" && !history {
		m.DeliveryState = kefu.DeliveryQueued
	}
}

// applyMessage moves the ticket in memory as message m does. History moves
// no status.
func applyMessage(t *kefu.Ticket, m *kefu.Message, history bool) {
	switch m.Direction {
	case kefu.DirectionInbound:
		if !history && (t.Status == kefu.StatusPending || t.Status == kefu.StatusSolved) {
			t.Status = kefu.StatusOpen
		}
	case kefu.DirectionOutbound:
		if !m.Automated && t.FirstResponseAt == nil {
			at := m.CreatedAt
			t.FirstResponseAt = &at
		}
		if !m.Automated && !history && t.Status == kefu.StatusNew {
			t.Status = kefu.StatusOpen
		}
	}
	t.MessageCount++
	if m.CreatedAt.After(t.LastMessageAt) || t.MessageCount == 1 {
		t.LastMessageAt = m.CreatedAt
	}
	if m.CreatedAt.After(t.UpdatedAt) {
		t.UpdatedAt = m.CreatedAt
	}
}

// insertMessage writes a prepared message, its attachments, its audit
// entry and (at commit) its index row.
func (tx *tx) insertMessage(ctx context.Context, t *kefu.Ticket, m *kefu.Message) error {
	m.TicketID = t.ID
	var err error
	m.ID, err = tx.insert(ctx, `INSERT INTO messages (ticket_id, direction, channel, external_id, author_user_id, author_name,
		body_text, body_html, delivery_state, automated, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		t.ID, m.Direction, m.Channel, strOrNil(m.ExternalID), idOrNil(m.AuthorUserID), m.AuthorName,
		m.Text, m.HTML, m.DeliveryState, m.Automated, ms(m.CreatedAt))
	if isForeignKeyViolation(err) {
		return kefu.Invalid("author_user_id", "author_user_id refers to no user")
	} else if err != nil {
		return err
	}
	for i := range m.Attachments {
		att := &m.Attachments[i]
		if att.ContentType == "" {
			att.ContentType = "application/octet-stream"
		}
		att.ID, err = tx.insert(ctx, `INSERT INTO attachments (message_id, filename, content_type, size, sha256, content_id) VALUES (?, ?, ?, ?, ?, ?)`,
			m.ID, att.Filename, att.ContentType, att.Size, att.SHA256, att.ContentID)
		if err != nil {
			return err
		}
	}
	tx.indexLater("index_message", m.ID, m.Text)
	return tx.audit(ctx, "message.create", "message", m.ID, nil, messageAudit(m))
}

// messageAudit records what happened without copying the whole body into
// the audit log; the message itself is the record of its content.
func messageAudit(m *kefu.Message) map[string]any {
	return map[string]any{"ticket_id": m.TicketID, "direction": m.Direction, "channel": m.Channel,
		"external_id": m.ExternalID, "author_user_id": m.AuthorUserID, "text_bytes": len(m.Text),
		"attachments": len(m.Attachments), "automated": m.Automated}
}

const messageColumns = `id, ticket_id, direction, channel, external_id, author_user_id, author_name, body_text, body_html,
	delivery_state, automated, created_at`

func (db *DB) ticketMessages(ctx context.Context, q queryer, ticketID int64) ([]*kefu.Message, error) {
	rows, err := db.query(ctx, q, `SELECT `+messageColumns+` FROM messages WHERE ticket_id = ? ORDER BY id`, ticketID)
	if err != nil {
		return nil, err
	}
	var msgs []*kefu.Message
	byID := map[int64]*kefu.Message{}
	for rows.Next() {
		m, err := scanMessage(rows)
		if err != nil {
			rows.Close()
			return nil, err
		}
		msgs = append(msgs, m)
		byID[m.ID] = m
	}
	rows.Close()
	if err := rows.Err(); err != nil || len(msgs) == 0 {
		return msgs, err
	}
	rows, err = db.query(ctx, q, `SELECT a.id, a.message_id, a.filename, a.content_type, a.size, a.sha256, a.content_id
		FROM attachments a JOIN messages m ON m.id = a.message_id WHERE m.ticket_id = ? ORDER BY a.id`, ticketID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var att kefu.Attachment
		var mid int64
		if err := rows.Scan(&att.ID, &mid, &att.Filename, &att.ContentType, &att.Size, &att.SHA256, &att.ContentID); err != nil {
			return nil, err
		}
		byID[mid].Attachments = append(byID[mid].Attachments, att)
	}
	return msgs, rows.Err()
}

func scanMessage(row scanner) (*kefu.Message, error) {
	var m kefu.Message
	var ext sql.NullString
	var author sql.NullInt64
	var created int64
	if err := row.Scan(&m.ID, &m.TicketID, &m.Direction, &m.Channel, &ext, &author, &m.AuthorName, &m.Text, &m.HTML,
		&m.DeliveryState, &m.Automated, &created); err != nil {
		return nil, err
	}
	m.ExternalID, m.AuthorUserID, m.CreatedAt = ext.String, author.Int64, fromMS(created)
	return &m, nil
}
