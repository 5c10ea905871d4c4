package web

import (
	"net/http"
	"strconv"
	"strings"

	"kefu"
)

// ticketFilterParams are the query parameters of GET /api/v1/tickets.
var ticketFilterParams = []string{
	"status", "store", "platform", "intent", "notice_kind", "language", "currency", "priority",
	"tag", "assignee", "team", "phishing",
	"created_after", "created_before", "updated_after", "updated_before", "sla_due_before",
	"order_number", "customer", "card_last4", "payment_id", "q",
	"sort", "cursor", "limit",
}

// ticketFilterFields maps the field names of kefu.TicketFilter's errors,
// and of the service's (a bad cursor), to the query parameters they came
// from where the two differ.
var ticketFilterFields = map[string]string{
	"tags":        "tag",
	"store_id":    "store",
	"assignee_id": "assignee",
	"query":       "q",
}

// parseTicketFilter maps the query string onto a kefu.TicketFilter and
// validates it; every failure is a 400 naming the parameter. assignee=me
// means the caller, assignee=none unassigned tickets.
func parseTicketFilter(r *http.Request) (kefu.TicketFilter, error) {
	q, err := parseQuery(r, ticketFilterParams...)
	if err != nil {
		return kefu.TicketFilter{}, err
	}
	f := kefu.TicketFilter{
		Status:        q.list("status"),
		StoreID:       q.ids("store"),
		Platform:      q.list("platform"),
		Intent:        q.list("intent"),
		NoticeKind:    q.list("notice_kind"),
		Language:      q.list("language"),
		Currency:      upper(q.list("currency")),
		Priority:      q.list("priority"),
		Tags:          q.list("tag"),
		Team:          q.str("team"),
		Phishing:      q.bool("phishing"),
		CreatedAfter:  q.time("created_after"),
		CreatedBefore: q.time("created_before"),
		UpdatedAfter:  q.time("updated_after"),
		UpdatedBefore: q.time("updated_before"),
		SLADueBefore:  q.time("sla_due_before"),
		OrderNumber:   q.str("order_number"),
		Customer:      q.str("customer"),
		CardLast4:     q.str("card_last4"),
		PaymentID:     q.str("payment_id"),
		Query:         q.str("q"),
		Sort:          q.str("sort"),
		Cursor:        q.str("cursor"),
		Limit:         q.int("limit"),
	}
	if s := q.str("assignee"); s != "" {
		f.AssigneeID = parseAssignee(q, s, kefu.ActorFrom(r.Context()).UserID())
	}
	if q.err != nil {
		return kefu.TicketFilter{}, q.err
	}
	if q.values.Has("limit") && f.Limit == 0 {
		return kefu.TicketFilter{}, badRequest("limit", "limit must be between 1 and %d", kefu.MaxPageSize)
	}
	if err := f.Validate(); err != nil {
		return kefu.TicketFilter{}, badQuery(err, ticketFilterFields)
	}
	return f, nil
}

func parseAssignee(q *query, s string, me int64) *int64 {
	var id int64
	switch strings.ToLower(s) {
	case "none":
	case "me":
		if me == 0 {
			q.fail("assignee", "assignee=me needs a signed-in user")
			return nil
		}
		id = me
	default:
		n, err := strconv.ParseInt(s, 10, 64)
		if err != nil || n <= 0 {
			q.fail("assignee", "assignee must be a user id, me or none, not %q", kefu.Shorten(s, 40))
			return nil
		}
		id = n
	}
	return &id
}

func upper(ss []string) []string {
	for i, s := range ss {
		ss[i] = strings.ToUpper(s)
	}
	return ss
}
