package ui

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"kefu"
)

// BenchmarkRenderInbox renders an inbox page of 50 rows from memory: the
// template's share of an inbox request.
func BenchmarkRenderInbox(b *testing.B) { benchRender(b, 50) }

func BenchmarkRenderInboxEmpty(b *testing.B) { benchRender(b, 0) }

func benchRender(b *testing.B, rows int) {
	s := New(Services{Inbox: noBuyers{}}, Options{})
	u := &kefu.User{ID: 1, Name: "Lin", Role: kefu.RoleAgent}
	v := &viewer{user: u, session: &kefu.Session{ID: 1}, csrf: "token", lang: s.i18n.catalogs["zh-CN"], loc: time.UTC}
	r := httptest.NewRequest("GET", "/?view=open", nil)
	r = r.WithContext(withViewer(r.Context(), v))
	page := benchInboxPage(s, r, rows)
	b.ReportAllocs()
	for b.Loop() {
		w := httptest.NewRecorder()
		if err := s.render(w, r, http.StatusOK, "inbox", page); err != nil {
			b.Fatal(err)
		}
		io.Discard.Write(w.Body.Bytes())
	}
}

func benchInboxPage(s *Server, r *http.Request, rows int) *inboxPage {
	b := s.base(r, "Inbox", "inbox")
	q := parseInbox(r, 1)
	page := &inboxPage{base: b, Query: q, Languages: buyerLanguages}
	for i := range 10 {
		page.Stores = append(page.Stores, &kefu.Store{ID: int64(i + 1), Name: "Lumora Amazon US", Platform: "amazon", Timezone: "America/New_York"})
		page.Assignees = append(page.Assignees, &kefu.User{ID: int64(i + 1), Name: "刘洋 Liu Yang"})
	}
	for _, v := range views {
		page.Counts = append(page.Counts, viewCount{ID: v.ID, Count: "123"})
	}
	due := b.Now.Add(3 * time.Hour)
	var tickets []*kefu.Ticket
	for i := range rows {
		tickets = append(tickets, &kefu.Ticket{ID: int64(1000 + i), StoreID: 1, Subject: "Refund for the missing charger, order 113-1234567-1234567",
			Status: "open", Intent: "refund_request", Language: "en", Tags: []string{"vip", "repeat-buyer"}, AssigneeID: 2,
			CreatedAt: b.Now.Add(-time.Hour), FirstResponseDue: &due})
	}
	page.Rows, _ = s.rows(r.Context(), viewerFrom(r), tickets, page.Stores, page.Assignees, b)
	page.formOptions()
	return page
}

// noBuyers is an Inbox with no customers, for rendering from memory.
type noBuyers struct{ Inbox }

func (noBuyers) FindCustomers(context.Context, []int64) (map[int64]*kefu.Customer, error) {
	return map[int64]*kefu.Customer{}, nil
}
