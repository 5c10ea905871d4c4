package kefu

import (
	"time"
)

// Ticket list orders.
const (
	SortUpdated = "updated" // most recently updated first (default)
	SortCreated = "created" // newest first
	SortSLADue  = "sla_due" // earliest deadline first, tickets without one last
)

// MaxPageSize caps one page of a list.
const MaxPageSize = 200

// TicketFilter selects tickets; every set field narrows the result. Slices
// match any of their values. Query is a full-text search over subjects and
// message bodies; with a query, results are ranked by relevance.
type TicketFilter struct {
	Status        []string
	StoreID       []int64
	Platform      []string
	Intent        []string
	NoticeKind    []string
	Language      []string
	Currency      []string
	Priority      []string
	Tags          []string // all must be present
	AssigneeID    *int64   // 0 = unassigned
	Team          string
	Phishing      *bool
	CreatedAfter  *time.Time
	CreatedBefore *time.Time
	UpdatedAfter  *time.Time
	UpdatedBefore *time.Time
	SLADueBefore  *time.Time
	OrderNumber   string
	Customer      string // an email, relay address, buyer id or phone
	CardLast4     string
	PaymentID     string // a charge, payment intent, payment ref or dispute/case id
	Query         string

	Sort   string
	Cursor string
	Limit  int
}

// Validate checks the filter and fills defaults.
func (f *TicketFilter) Validate() error {
	if f.Sort == "" {
		f.Sort = SortUpdated
	}
	switch f.Sort {
	case SortUpdated, SortCreated, SortSLADue:
	default:
		return Invalid("sort", "sort must be one of updated, created, sla_due")
	}
	if f.Limit == 0 {
		f.Limit = 50
	}
	if f.Limit < 1 || f.Limit > MaxPageSize {
		return Invalid("limit", "limit must be between 1 and %d", MaxPageSize)
	}
	for _, check := range []struct {
		field  string
		values []string
		labels []Label
	}{
		{"status", f.Status, Statuses},
		{"platform", f.Platform, Platforms},
		{"intent", f.Intent, Intents},
		{"notice_kind", f.NoticeKind, NoticeKinds},
		{"priority", f.Priority, Priorities},
	} {
		for _, v := range check.values {
			if err := checkOneOf(check.field, v, check.labels, true); err != nil {
				return err
			}
		}
	}
	for _, c := range f.Currency {
		if err := CheckCurrency("currency", c); err != nil {
			return err
		}
	}
	for _, l := range f.Language {
		if err := checkLanguage("language", l); err != nil {
			return err
		}
	}
	tags, err := NormalizeTags(f.Tags)
	if err != nil {
		return err
	}
	f.Tags = tags
	return firstErr(
		checkText("team", f.Team, MaxNameLen, false),
		checkText("order_number", f.OrderNumber, 100, false),
		checkText("customer", f.Customer, 320, false),
		checkText("card_last4", f.CardLast4, 4, false),
		checkText("payment_id", f.PaymentID, 200, false),
		checkText("q", f.Query, 500, false),
		checkText("cursor", f.Cursor, 500, false),
	)
}

// TicketPage is one page of a ticket list. NextCursor is empty on the last page.
type TicketPage struct {
	Tickets    []*Ticket `json:"tickets"`
	NextCursor string    `json:"next_cursor,omitempty"`
}
