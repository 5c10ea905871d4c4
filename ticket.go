package kefu

import (
	"context"
	"fmt"
	"time"
)

// Ticket is one after-sales case: a buyer conversation or a notice, with
// the clocks that decide when it must be answered.
type Ticket struct {
	ID                int64      `json:"id"`
	StoreID           int64      `json:"store_id"`
	CustomerID        int64      `json:"customer_id,omitempty"`
	OrderID           int64      `json:"order_id,omitempty"`
	Subject           string     `json:"subject"`
	Status            string     `json:"status"`
	Priority          string     `json:"priority"`
	Intent            string     `json:"intent,omitempty"`      // one of the 12 buyer intents
	NoticeKind        string     `json:"notice_kind,omitempty"` // or a notice kind
	Language          string     `json:"language,omitempty"`    // BCP 47 base language, e.g. en, zh, th
	Channel           string     `json:"channel"`               // email, api, shopee_chat, stripe, …
	CaseID            string     `json:"case_id,omitempty"`     // dispute or case id at the provider
	SuspectedPhishing bool       `json:"suspected_phishing"`
	Tags              []string   `json:"tags"`
	AssigneeID        int64      `json:"assignee_id,omitempty"`
	Team              string     `json:"team,omitempty"`
	Currency          string     `json:"currency,omitempty"`
	AmountMinor       int64      `json:"amount_minor,omitempty"` // money at stake, e.g. a dispute amount
	FirstResponseAt   *time.Time `json:"first_response_at,omitempty"`
	SolvedAt          *time.Time `json:"solved_at,omitempty"`
	FirstResponseDue  *time.Time `json:"first_response_due,omitempty"`
	NextResponseDue   *time.Time `json:"next_response_due,omitempty"`
	ResolutionDue     *time.Time `json:"resolution_due,omitempty"`
	LastMessageAt     time.Time  `json:"last_message_at"`
	MessageCount      int        `json:"message_count"`
	CreatedAt         time.Time  `json:"created_at"`
	UpdatedAt         time.Time  `json:"updated_at"`

	Messages []*Message `json:"messages,omitempty"`
	Hit      *SearchHit `json:"search,omitempty"`
}

// SearchHit explains why a ticket matched a full-text query. Snippet is
// HTML-escaped text with <mark> around the matches.
type SearchHit struct {
	Score     float64 `json:"score"`
	Snippet   string  `json:"snippet"`
	MessageID int64   `json:"message_id,omitempty"` // 0 when the subject matched
}

// SLADue is the earliest of the ticket's running deadlines.
func (t *Ticket) SLADue() *time.Time {
	var due *time.Time
	for _, d := range []*time.Time{t.FirstResponseDue, t.NextResponseDue, t.ResolutionDue} {
		if d != nil && (due == nil || d.Before(*due)) {
			due = d
		}
	}
	return due
}

// TicketCreate is what a new ticket starts from. The customer is matched
// by any of its identities or created; the order is linked by number
// within the store.
type TicketCreate struct {
	StoreID           int64     `json:"store_id"`
	Subject           string    `json:"subject"`
	Status            string    `json:"status,omitempty"`
	Priority          string    `json:"priority,omitempty"`
	Intent            string    `json:"intent,omitempty"`
	NoticeKind        string    `json:"notice_kind,omitempty"`
	Language          string    `json:"language,omitempty"`
	Channel           string    `json:"channel,omitempty"`
	CaseID            string    `json:"case_id,omitempty"`
	SuspectedPhishing bool      `json:"suspected_phishing,omitempty"`
	Tags              []string  `json:"tags,omitempty"`
	AssigneeID        int64     `json:"assignee_id,omitempty"`
	Team              string    `json:"team,omitempty"`
	Currency          string    `json:"currency,omitempty"`
	AmountMinor       int64     `json:"amount_minor,omitempty"`
	Customer          *Customer `json:"customer,omitempty"`
	OrderNumber       string    `json:"order_number,omitempty"`
	Message           *Message  `json:"message,omitempty"`
	// Messages continue the conversation after Message, oldest first, for
	// imports of history: the ticket keeps the status it is created with.
	Messages []*Message `json:"messages,omitempty"`
	// ReceivedAt backdates a ticket to when its first message arrived, for
	// imports and redelivered history; default now.
	ReceivedAt *time.Time `json:"received_at,omitempty"`
	// Deadlines known at creation, such as a dispute's due date.
	FirstResponseDue *time.Time `json:"first_response_due,omitempty"`
	NextResponseDue  *time.Time `json:"next_response_due,omitempty"`
	ResolutionDue    *time.Time `json:"resolution_due,omitempty"`
}

// Validate checks and normalises a new ticket.
func (c *TicketCreate) Validate() error {
	c.FirstResponseDue, c.NextResponseDue, c.ResolutionDue = Millis(c.FirstResponseDue), Millis(c.NextResponseDue), Millis(c.ResolutionDue)
	if c.Status == "" {
		c.Status = StatusNew
	}
	if c.Priority == "" {
		c.Priority = PriorityNormal
	}
	if c.Channel == "" {
		c.Channel = "api"
	}
	if c.StoreID <= 0 {
		return Invalid("store_id", "store_id is required")
	}
	if c.Intent != "" && c.NoticeKind != "" {
		return Invalid("notice_kind", "a ticket has an intent or a notice kind, not both")
	}
	tags, err := NormalizeTags(c.Tags)
	if err != nil {
		return err
	}
	c.Tags = tags
	if err := firstErr(
		checkText("subject", c.Subject, MaxSubjectLen, true),
		checkOneOf("status", c.Status, Statuses, true),
		checkOneOf("priority", c.Priority, Priorities, true),
		checkOneOf("intent", c.Intent, Intents, false),
		checkOneOf("notice_kind", c.NoticeKind, NoticeKinds, false),
		checkLanguage("language", c.Language),
		checkChannel("channel", c.Channel),
		checkText("case_id", c.CaseID, 200, false),
		checkText("team", c.Team, MaxNameLen, false),
		checkText("order_number", c.OrderNumber, 100, false),
	); err != nil {
		return err
	}
	if c.Currency != "" {
		if err := CheckCurrency("currency", c.Currency); err != nil {
			return err
		}
	}
	if c.AmountMinor < 0 {
		return Invalid("amount_minor", "amount_minor cannot be negative")
	}
	if c.AssigneeID < 0 {
		return Invalid("assignee_id", "assignee_id must be a user id, or 0 for unassigned")
	}
	if c.Customer != nil {
		if err := c.Customer.Validate(); err != nil {
			return err
		}
	}
	if len(c.Messages) > 500 {
		return Invalid("messages", "at most 500 messages in one ticket import")
	}
	// Errors name the message they are about, as the client wrote it:
	// "message.text", "messages.3.text".
	for i, m := range c.Messages {
		if m == nil {
			return Invalid(fmt.Sprintf("messages.%d", i), "a message cannot be null")
		}
	}
	first, offset := "message.", 0
	if c.Message == nil && len(c.Messages) > 0 {
		c.Message, c.Messages = c.Messages[0], c.Messages[1:]
		first, offset = "messages.0.", 1
	}
	if c.Message != nil {
		if err := c.Message.Validate(); err != nil {
			return WithFieldPrefix(first, err)
		}
	}
	for i, m := range c.Messages {
		if err := m.Validate(); err != nil {
			return WithFieldPrefix(fmt.Sprintf("messages.%d.", i+offset), err)
		}
	}
	return nil
}

// TicketUpdate changes some fields of a ticket; nil means unchanged, and
// a zero time clears a deadline.
// AssigneeID 0 unassigns. Tags replaces all tags; AddTags/RemoveTags edit.
type TicketUpdate struct {
	Subject           *string    `json:"subject,omitempty"`
	Status            *string    `json:"status,omitempty"`
	Priority          *string    `json:"priority,omitempty"`
	Intent            *string    `json:"intent,omitempty"`
	NoticeKind        *string    `json:"notice_kind,omitempty"`
	Language          *string    `json:"language,omitempty"`
	AssigneeID        *int64     `json:"assignee_id,omitempty"`
	Team              *string    `json:"team,omitempty"`
	SuspectedPhishing *bool      `json:"suspected_phishing,omitempty"`
	Tags              *[]string  `json:"tags,omitempty"`
	AddTags           []string   `json:"add_tags,omitempty"`
	RemoveTags        []string   `json:"remove_tags,omitempty"`
	OrderID           *int64     `json:"order_id,omitempty"`
	FirstResponseDue  *time.Time `json:"first_response_due,omitempty"`
	NextResponseDue   *time.Time `json:"next_response_due,omitempty"`
	ResolutionDue     *time.Time `json:"resolution_due,omitempty"`
}

// Apply applies u to t at time now and validates the result. A closed
// ticket is read-only.
func (u TicketUpdate) Apply(t *Ticket, now time.Time) error {
	if t.Status == StatusClosed {
		return Errorf(ECONFLICT, "ticket %d is closed and read-only", t.ID)
	}
	set := func(dst *string, v *string) {
		if v != nil {
			*dst = *v
		}
	}
	set(&t.Subject, u.Subject)
	set(&t.Priority, u.Priority)
	set(&t.Intent, u.Intent)
	set(&t.NoticeKind, u.NoticeKind)
	set(&t.Language, u.Language)
	set(&t.Team, u.Team)
	if u.Intent != nil && *u.Intent != "" {
		t.NoticeKind = ""
	} else if u.NoticeKind != nil && *u.NoticeKind != "" {
		t.Intent = ""
	}
	if u.Status != nil && *u.Status != t.Status {
		if err := checkOneOf("status", *u.Status, Statuses, true); err != nil {
			return err
		}
		t.Status = *u.Status
		if t.Status == StatusSolved {
			t.SolvedAt = &now
		}
	}
	if u.AssigneeID != nil {
		if *u.AssigneeID < 0 {
			return Invalid("assignee_id", "assignee_id must be a user id, or 0 to unassign")
		}
		t.AssigneeID = *u.AssigneeID
	}
	if u.OrderID != nil {
		if *u.OrderID < 0 {
			return Invalid("order_id", "order_id must be an order id, or 0 to unlink")
		}
		t.OrderID = *u.OrderID
	}
	if u.SuspectedPhishing != nil {
		t.SuspectedPhishing = *u.SuspectedPhishing
	}
	if err := u.applyTags(t); err != nil {
		return err
	}
	// A zero time clears a deadline: the SLA clock stops when an agent
	// answers or the ticket is solved.
	for dst, v := range map[**time.Time]*time.Time{&t.FirstResponseDue: u.FirstResponseDue, &t.NextResponseDue: u.NextResponseDue, &t.ResolutionDue: u.ResolutionDue} {
		if v != nil && v.IsZero() {
			*dst = nil
		} else if v != nil {
			*dst = Millis(v)
		}
	}
	return firstErr(
		checkText("subject", t.Subject, MaxSubjectLen, true),
		checkOneOf("priority", t.Priority, Priorities, true),
		checkOneOf("intent", t.Intent, Intents, false),
		checkOneOf("notice_kind", t.NoticeKind, NoticeKinds, false),
		checkLanguage("language", t.Language),
		checkText("team", t.Team, MaxNameLen, false),
	)
}

func (u TicketUpdate) applyTags(t *Ticket) error {
	if u.Tags == nil && len(u.AddTags) == 0 && len(u.RemoveTags) == 0 {
		return nil
	}
	tags := t.Tags
	if u.Tags != nil {
		tags = *u.Tags
	}
	remove, err := NormalizeTags(u.RemoveTags)
	if err != nil {
		return err
	}
	merged := append(append([]string(nil), tags...), u.AddTags...)
	kept := merged[:0]
	for _, tag := range merged {
		drop := false
		for _, r := range remove {
			drop = drop || tag == r
		}
		if !drop {
			kept = append(kept, tag)
		}
	}
	t.Tags, err = NormalizeTags(kept)
	return err
}

// TicketService manages tickets and their conversations. Every change is
// one transaction and leaves an audit entry.
type TicketService interface {
	CreateTicket(ctx context.Context, c *TicketCreate) (*Ticket, error)
	// FindTicketByID returns the ticket with its messages in order.
	FindTicketByID(ctx context.Context, id int64) (*Ticket, error)
	ListTickets(ctx context.Context, f TicketFilter) (*TicketPage, error)
	UpdateTicket(ctx context.Context, id int64, u TicketUpdate) (*Ticket, error)
	// AddMessage appends a message, note or system event to a ticket.
	AddMessage(ctx context.Context, ticketID int64, m *Message) (*Message, error)
}
