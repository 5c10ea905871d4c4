package storage_test

import (
	"slices"
	"strings"
	"testing"
	"time"

	"kefu"
	"kefu/storage"
)

func TestTickets_CreateLinksCustomerAndOrderAndStoresTheFirstMessage(t *testing.T) {
	t.Parallel()
	eachBackend(t, func(t *testing.T, db *storage.DB) {
		ctx := sysCtx(t)
		s := mustCreateStore(t, db, "amazon-us", "amazon", "USD")
		agent := mustCreateUser(t, db, "ana@example.com", kefu.RoleAgent)
		_, err := db.UpsertOrder(ctx, &kefu.Order{StoreID: s.ID, Number: "112-3456789-1234567", Currency: "USD", TotalMinor: 4999})
		must(t, err, "UpsertOrder")
		order := findOrderByNumber(t, db, s.ID, "112-3456789-1234567")

		before := kefu.Now()
		c := &kefu.TicketCreate{
			StoreID: s.ID, Subject: "Package never arrived", Intent: "not_received", Language: "en",
			Channel: "email", Tags: []string{"VIP", " refund ", "vip"}, AssigneeID: agent.ID, Team: "amazon-team",
			Currency: "USD", AmountMinor: 4999, CaseID: "A2Z-123",
			Customer:    &kefu.Customer{Name: "Lin Wei", Identities: []kefu.Identity{{Kind: kefu.IdentityEmail, Value: "Lin.Wei@Example.com"}}},
			OrderNumber: "112-3456789-1234567",
			Message: &kefu.Message{Direction: kefu.DirectionInbound, Channel: "email", ExternalID: "<abc@mail.example.com>",
				AuthorName: "Lin Wei", Text: "My order 112-3456789-1234567 never arrived.",
				Attachments: []kefu.Attachment{{Filename: "label.pdf", ContentType: "application/pdf", Size: 20480, SHA256: sha(0xab)}}},
		}
		tk, err := db.CreateTicket(ctx, c)
		must(t, err, "CreateTicket")
		after := kefu.Now()

		if tk.Status != kefu.StatusNew || tk.Priority != kefu.PriorityNormal {
			t.Errorf("defaults: status %q priority %q, want new/normal", tk.Status, tk.Priority)
		}
		if tk.OrderID != order.ID {
			t.Errorf("OrderID = %d, want the order with that number (%d)", tk.OrderID, order.ID)
		}
		cust, err := db.FindCustomerByIdentity(ctx, kefu.Identity{Kind: kefu.IdentityEmail, Value: "lin.wei@example.com"})
		must(t, err, "FindCustomerByIdentity")
		if tk.CustomerID != cust.ID {
			t.Errorf("CustomerID = %d, want %d", tk.CustomerID, cust.ID)
		}
		if tk.CreatedAt.Before(before) || tk.CreatedAt.After(after) {
			t.Errorf("CreatedAt %v not within the call [%v, %v]", tk.CreatedAt, before, after)
		}

		got := mustFindTicket(t, db, tk.ID)
		if got.Subject != "Package never arrived" || got.Intent != "not_received" || got.Language != "en" ||
			got.Channel != "email" || got.AssigneeID != agent.ID || got.Team != "amazon-team" || got.Currency != "USD" ||
			got.AmountMinor != 4999 || got.CaseID != "A2Z-123" || got.StoreID != s.ID || got.OrderID != order.ID || got.CustomerID != cust.ID {
			t.Errorf("FindTicketByID = %+v", got)
		}
		if !slices.Equal(got.Tags, []string{"vip", "refund"}) {
			t.Errorf("Tags = %q, want normalised [vip refund]", got.Tags)
		}
		if got.MessageCount != 1 || len(got.Messages) != 1 {
			t.Fatalf("MessageCount %d, %d messages; want 1", got.MessageCount, len(got.Messages))
		}
		m := got.Messages[0]
		if m.ID == 0 || m.TicketID != tk.ID || m.Direction != kefu.DirectionInbound || m.ExternalID != "<abc@mail.example.com>" ||
			m.AuthorName != "Lin Wei" || m.Text != "My order 112-3456789-1234567 never arrived." {
			t.Errorf("first message = %+v", m)
		}
		if !got.LastMessageAt.Equal(m.CreatedAt) {
			t.Errorf("LastMessageAt %v, want the first message's time %v", got.LastMessageAt, m.CreatedAt)
		}
		if len(m.Attachments) != 1 {
			t.Fatalf("attachments = %+v, want 1", m.Attachments)
		}
		if a := m.Attachments[0]; a.ID == 0 || a.Filename != "label.pdf" || a.ContentType != "application/pdf" || a.Size != 20480 || a.SHA256 != sha(0xab) {
			t.Errorf("attachment = %+v", a)
		}
	})
}

// The first message is part of the creation, not a reply: a ticket
// created pending or solved (an import, a notice filed as solved) keeps
// the status it was created with.
func TestTickets_CreateKeepsTheRequestedStatusWithAnInboundFirstMessage(t *testing.T) {
	t.Parallel()
	eachBackend(t, func(t *testing.T, db *storage.DB) {
		s := mustCreateStore(t, db, "s", "amazon", "USD")
		for _, status := range []string{kefu.StatusNew, kefu.StatusOpen, kefu.StatusPending, kefu.StatusOnHold, kefu.StatusSolved, kefu.StatusClosed} {
			c := newTicket(s.ID, "created "+status, "first message from the buyer")
			c.Status = status
			tk := mustCreateTicket(t, db, c)
			if got := mustFindTicket(t, db, tk.ID); got.Status != status {
				t.Errorf("created with status %q, stored %q", status, got.Status)
			}
		}
	})
}

func TestTickets_MessagesComeBackInOrderWithAttachments(t *testing.T) {
	t.Parallel()
	eachBackend(t, func(t *testing.T, db *storage.DB) {
		ctx := sysCtx(t)
		s := mustCreateStore(t, db, "s", "shopify", "EUR")
		tk := mustCreateTicket(t, db, newTicket(s.ID, "Broken mug", "It arrived broken."))
		texts := []string{"It arrived broken.", "Sorry! Could you send a photo?", "Here it is.", "Internal: approve refund"}
		adds := []*kefu.Message{
			{Direction: kefu.DirectionOutbound, Channel: "email", Text: texts[1]},
			{Direction: kefu.DirectionInbound, Channel: "email", Text: texts[2], Attachments: []kefu.Attachment{
				{Filename: "photo1.jpg", ContentType: "image/jpeg", Size: 1234, SHA256: sha(1)},
				{Filename: "photo2.png", ContentType: "image/png", Size: 5678, SHA256: sha(2), ContentID: "img2@x"},
			}},
			{Direction: kefu.DirectionNote, Channel: "api", Text: texts[3]},
		}
		for _, m := range adds {
			added, err := db.AddMessage(ctx, tk.ID, m)
			must(t, err, "AddMessage")
			if added.ID == 0 || added.TicketID != tk.ID || added.CreatedAt.IsZero() {
				t.Errorf("AddMessage returned %+v", added)
			}
		}
		got := mustFindTicket(t, db, tk.ID)
		var gotTexts []string
		for _, m := range got.Messages {
			gotTexts = append(gotTexts, m.Text)
		}
		if !slices.Equal(gotTexts, texts) {
			t.Errorf("messages = %q, want in order %q", gotTexts, texts)
		}
		if got.MessageCount != len(got.Messages) {
			t.Errorf("MessageCount = %d, but %d messages", got.MessageCount, len(got.Messages))
		}
		if len(got.Messages) == 4 {
			att := got.Messages[2].Attachments
			if len(att) != 2 || att[0].Filename != "photo1.jpg" || att[1].Filename != "photo2.png" || att[1].ContentID != "img2@x" || att[1].Size != 5678 {
				t.Errorf("attachments of message 3 = %+v", att)
			}
			if len(got.Messages[1].Attachments) != 0 {
				t.Errorf("message 2 has attachments %+v", got.Messages[1].Attachments)
			}
		}
	})
}

func TestTickets_UpdateChangesStatusPriorityAssigneeAndTags(t *testing.T) {
	t.Parallel()
	eachBackend(t, func(t *testing.T, db *storage.DB) {
		ctx := sysCtx(t)
		s := mustCreateStore(t, db, "s", "amazon", "USD")
		agent := mustCreateUser(t, db, "bo@example.com", kefu.RoleAgent)
		c := newTicket(s.ID, "Refund please", "I want my money back")
		c.Tags = []string{"refund"}
		tk := mustCreateTicket(t, db, c)

		status, prio, unassigned := kefu.StatusOpen, "urgent", int64(0)
		steps := []struct {
			name  string
			u     kefu.TicketUpdate
			check func(t *testing.T, got *kefu.Ticket)
		}{
			{"status and priority", kefu.TicketUpdate{Status: &status, Priority: &prio}, func(t *testing.T, got *kefu.Ticket) {
				if got.Status != "open" || got.Priority != "urgent" {
					t.Errorf("status/priority = %s/%s", got.Status, got.Priority)
				}
			}},
			{"assign", kefu.TicketUpdate{AssigneeID: &agent.ID}, func(t *testing.T, got *kefu.Ticket) {
				if got.AssigneeID != agent.ID {
					t.Errorf("AssigneeID = %d, want %d", got.AssigneeID, agent.ID)
				}
			}},
			{"add tags", kefu.TicketUpdate{AddTags: []string{"VIP", "chargeback-risk"}}, func(t *testing.T, got *kefu.Ticket) {
				if !slices.Equal(got.Tags, []string{"refund", "vip", "chargeback-risk"}) {
					t.Errorf("Tags = %q", got.Tags)
				}
			}},
			{"remove a tag", kefu.TicketUpdate{RemoveTags: []string{"REFUND"}}, func(t *testing.T, got *kefu.Ticket) {
				if !slices.Equal(got.Tags, []string{"vip", "chargeback-risk"}) {
					t.Errorf("Tags = %q", got.Tags)
				}
			}},
			{"replace tags", kefu.TicketUpdate{Tags: &[]string{"escalated"}}, func(t *testing.T, got *kefu.Ticket) {
				if !slices.Equal(got.Tags, []string{"escalated"}) {
					t.Errorf("Tags = %q", got.Tags)
				}
			}},
			{"unassign", kefu.TicketUpdate{AssigneeID: &unassigned}, func(t *testing.T, got *kefu.Ticket) {
				if got.AssigneeID != 0 {
					t.Errorf("AssigneeID = %d, want 0", got.AssigneeID)
				}
			}},
		}
		prev := tk.UpdatedAt
		for _, st := range steps {
			t.Run(st.name, func(t *testing.T) {
				ret, err := db.UpdateTicket(ctx, tk.ID, st.u)
				must(t, err, "UpdateTicket")
				st.check(t, ret)
				got := mustFindTicket(t, db, tk.ID)
				st.check(t, got)
				if got.UpdatedAt.Before(prev) {
					t.Errorf("UpdatedAt went backwards: %v → %v", prev, got.UpdatedAt)
				}
				prev = got.UpdatedAt
			})
		}
		// Tags are filterable after edits, not only displayed.
		page := listAll(t, ctx, db, kefu.TicketFilter{Tags: []string{"escalated"}})
		if len(page) != 1 {
			t.Errorf("filter by the replaced tag finds %d tickets, want 1", len(page))
		}
		if n := len(listAll(t, ctx, db, kefu.TicketFilter{Tags: []string{"vip"}})); n != 0 {
			t.Errorf("filter by a removed tag finds %d tickets, want 0", n)
		}
	})
}

func TestTickets_SolvingSetsSolvedAtAndClosedTicketsAreReadOnly(t *testing.T) {
	t.Parallel()
	eachBackend(t, func(t *testing.T, db *storage.DB) {
		ctx := sysCtx(t)
		s := mustCreateStore(t, db, "s", "amazon", "USD")
		tk := mustCreateTicket(t, db, newTicket(s.ID, "Done soon", "hello"))
		solved, closed := kefu.StatusSolved, kefu.StatusClosed
		got, err := db.UpdateTicket(ctx, tk.ID, kefu.TicketUpdate{Status: &solved})
		must(t, err, "solve")
		if got.SolvedAt == nil {
			t.Error("solving did not set SolvedAt")
		}
		_, err = db.UpdateTicket(ctx, tk.ID, kefu.TicketUpdate{Status: &closed})
		must(t, err, "close")

		prio, open := "high", kefu.StatusOpen
		for name, u := range map[string]kefu.TicketUpdate{
			"priority": {Priority: &prio},
			"reopen":   {Status: &open},
			"tags":     {AddTags: []string{"late"}},
		} {
			_, err := db.UpdateTicket(ctx, tk.ID, u)
			if kefu.ErrorCode(err) != kefu.ECONFLICT {
				t.Errorf("update %s of a closed ticket: code %q (%v), want conflict", name, kefu.ErrorCode(err), err)
			}
		}
		_, err = db.AddMessage(ctx, tk.ID, &kefu.Message{Direction: kefu.DirectionInbound, Text: "hello again"})
		wantCode(t, err, kefu.ECONFLICT)
		after := mustFindTicket(t, db, tk.ID)
		if after.MessageCount != 1 {
			t.Errorf("a message was added to a closed ticket: count %d", after.MessageCount)
		}
		if after.Status != kefu.StatusClosed || after.Priority != kefu.PriorityNormal || len(after.Tags) != 0 {
			t.Errorf("closed ticket changed: %+v", after)
		}
	})
}

func TestTickets_InboundReplyReopensPendingAndSolvedTickets(t *testing.T) {
	t.Parallel()
	tests := []struct {
		from      string
		direction string
		want      string
	}{
		{kefu.StatusPending, kefu.DirectionInbound, kefu.StatusOpen},
		{kefu.StatusSolved, kefu.DirectionInbound, kefu.StatusOpen},
		// An internal note is not the buyer writing back.
		{kefu.StatusSolved, kefu.DirectionNote, kefu.StatusSolved},
		{kefu.StatusPending, kefu.DirectionNote, kefu.StatusPending},
	}
	eachBackend(t, func(t *testing.T, db *storage.DB) {
		ctx := sysCtx(t)
		s := mustCreateStore(t, db, "s", "ebay", "USD")
		for _, tt := range tests {
			t.Run(tt.from+" + "+tt.direction, func(t *testing.T) {
				tk := mustCreateTicket(t, db, newTicket(s.ID, "Question", "first"))
				_, err := db.UpdateTicket(ctx, tk.ID, kefu.TicketUpdate{Status: &tt.from})
				must(t, err, "UpdateTicket")
				_, err = db.AddMessage(ctx, tk.ID, &kefu.Message{Direction: tt.direction, Channel: "email", Text: "any news?"})
				must(t, err, "AddMessage")
				if got := mustFindTicket(t, db, tk.ID); got.Status != tt.want {
					t.Errorf("status after a %s message on a %s ticket = %q, want %q", tt.direction, tt.from, got.Status, tt.want)
				}
			})
		}
	})
}

func TestTickets_FirstHumanOutboundReplySetsFirstResponseAtOnce(t *testing.T) {
	t.Parallel()
	eachBackend(t, func(t *testing.T, db *storage.DB) {
		ctx := sysCtx(t)
		s := mustCreateStore(t, db, "s", "amazon", "USD")
		tk := mustCreateTicket(t, db, newTicket(s.ID, "Where is it", "Where is my order?"))
		add := func(m *kefu.Message) *kefu.Message {
			t.Helper()
			got, err := db.AddMessage(ctx, tk.ID, m)
			must(t, err, "AddMessage "+m.Text)
			return got
		}
		notYet := func(after string) {
			t.Helper()
			if got := mustFindTicket(t, db, tk.ID); got.FirstResponseAt != nil {
				t.Errorf("FirstResponseAt set to %v after %s", got.FirstResponseAt, after)
			}
		}
		add(&kefu.Message{Direction: kefu.DirectionNote, Text: "check the carrier"})
		notYet("an internal note")
		add(&kefu.Message{Direction: kefu.DirectionOutbound, Channel: "email", Text: "We received your message.", Automated: true})
		notYet("an automated reply")
		add(&kefu.Message{Direction: kefu.DirectionSystem, Text: "SLA policy applied"})
		notYet("a system event")
		add(&kefu.Message{Direction: kefu.DirectionInbound, Channel: "email", Text: "Hello??"})
		notYet("another buyer message")

		before := kefu.Now()
		add(&kefu.Message{Direction: kefu.DirectionOutbound, Channel: "email", Text: "It ships tomorrow."})
		after := kefu.Now()
		first := mustFindTicket(t, db, tk.ID).FirstResponseAt
		if first == nil {
			t.Fatal("the first human outbound reply did not set FirstResponseAt")
		}
		if first.Before(before) || first.After(after) {
			t.Errorf("FirstResponseAt %v not within the reply [%v, %v]", first, before, after)
		}
		time.Sleep(5 * time.Millisecond)
		add(&kefu.Message{Direction: kefu.DirectionOutbound, Channel: "email", Text: "Tracking: 1Z999"})
		if again := mustFindTicket(t, db, tk.ID).FirstResponseAt; again == nil || !again.Equal(*first) {
			t.Errorf("a second reply moved FirstResponseAt from %v to %v", first, again)
		}
	})
}

func TestTickets_MessageCountAndLastMessageAtFollowMessages(t *testing.T) {
	t.Parallel()
	eachBackend(t, func(t *testing.T, db *storage.DB) {
		ctx := sysCtx(t)
		s := mustCreateStore(t, db, "s", "amazon", "USD")
		tk := mustCreateTicket(t, db, newTicket(s.ID, "Count me", "one"))
		if tk.MessageCount != 1 {
			t.Errorf("new ticket MessageCount = %d, want 1", tk.MessageCount)
		}
		var last *kefu.Message
		for i, text := range []string{"two", "three", "four"} {
			time.Sleep(2 * time.Millisecond)
			m, err := db.AddMessage(ctx, tk.ID, &kefu.Message{Direction: kefu.DirectionInbound, Channel: "email", Text: text})
			must(t, err, "AddMessage")
			last = m
			got := mustFindTicket(t, db, tk.ID)
			if got.MessageCount != i+2 || len(got.Messages) != i+2 {
				t.Errorf("after %d messages: MessageCount %d, %d messages", i+2, got.MessageCount, len(got.Messages))
			}
			if !got.LastMessageAt.Equal(m.CreatedAt) {
				t.Errorf("LastMessageAt = %v, want the newest message's %v", got.LastMessageAt, m.CreatedAt)
			}
		}
		// The list shows the same counters as the ticket page.
		for _, lt := range listAll(t, ctx, db, kefu.TicketFilter{}) {
			if lt.ID == tk.ID && (lt.MessageCount != 4 || !lt.LastMessageAt.Equal(last.CreatedAt)) {
				t.Errorf("listed ticket MessageCount %d LastMessageAt %v", lt.MessageCount, lt.LastMessageAt)
			}
		}
	})
}

func TestTickets_StoredHTMLIsSanitised(t *testing.T) {
	t.Parallel()
	const evil = `<p onclick="steal()">Hi <b>there</b></p><script>alert(document.cookie)</script>` +
		`<img src="x" onerror="alert(1)"><a href="javascript:alert(2)">click</a><iframe src="https://evil.example"></iframe>`
	eachBackendRaw(t, func(t *testing.T, db *storage.DB, be *backend) {
		ctx := sysCtx(t)
		s := mustCreateStore(t, db, "s", "shopify", "USD")
		c := newTicket(s.ID, "HTML mail", "")
		c.Message.Text = ""
		c.Message.HTML = evil
		tk := mustCreateTicket(t, db, c)
		_, err := db.AddMessage(ctx, tk.ID, &kefu.Message{Direction: kefu.DirectionInbound, Channel: "email", Text: "alt", HTML: evil})
		must(t, err, "AddMessage")
		must(t, db.AddMessages(ctx, []*kefu.Message{{TicketID: tk.ID, Direction: kefu.DirectionInbound, Channel: "email", HTML: evil}}), "AddMessages")

		got := mustFindTicket(t, db, tk.ID)
		if len(got.Messages) != 3 {
			t.Fatalf("%d messages, want 3", len(got.Messages))
		}
		for i, m := range got.Messages {
			lower := strings.ToLower(m.HTML)
			for _, bad := range []string{"<script", "onerror", "onclick", "javascript:", "<iframe"} {
				if strings.Contains(lower, bad) {
					t.Errorf("message %d HTML keeps %q: %s", i+1, bad, m.HTML)
				}
			}
			if !strings.Contains(m.HTML, "<b>there</b>") {
				t.Errorf("message %d lost harmless formatting: %s", i+1, m.HTML)
			}
		}
		if got.Messages[0].Text == "" || strings.Contains(got.Messages[0].Text, "<") {
			t.Errorf("text derived from HTML = %q", got.Messages[0].Text)
		}
		raw := strings.ToLower(be.rowText(t, `SELECT body_html FROM messages`))
		if strings.Contains(raw, "<script") || strings.Contains(raw, "onerror") {
			t.Errorf("unsanitised HTML reached the messages table: %s", raw)
		}
	})
}

func TestTickets_InvalidInputIsRefusedAndNothingIsWritten(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name  string
		edit  func(c *kefu.TicketCreate)
		field string
	}{
		{"invalid UTF-8 subject", func(c *kefu.TicketCreate) { c.Subject = "refund \xff\xfe please" }, "subject"},
		{"NUL in subject", func(c *kefu.TicketCreate) { c.Subject = "refund\x00please" }, "subject"},
		{"empty subject", func(c *kefu.TicketCreate) { c.Subject = "   " }, "subject"},
		{"subject too long", func(c *kefu.TicketCreate) { c.Subject = strings.Repeat("退", 200) }, "subject"},
		{"unknown status", func(c *kefu.TicketCreate) { c.Status = "archived" }, "status"},
		{"intent and notice kind", func(c *kefu.TicketCreate) { c.Intent, c.NoticeKind = "refund_request", "dispute_notice" }, "notice_kind"},
		{"unknown intent", func(c *kefu.TicketCreate) { c.Intent = "angry" }, "intent"},
		{"bad tag", func(c *kefu.TicketCreate) { c.Tags = []string{"a,b"} }, "tags"},
		{"invalid UTF-8 message", func(c *kefu.TicketCreate) { c.Message.Text = "bad \xc3\x28" }, "message.text"},
		{"NUL in message", func(c *kefu.TicketCreate) { c.Message.Text = "a\x00b" }, "message.text"},
		{"bad attachment hash", func(c *kefu.TicketCreate) {
			c.Message.Attachments = []kefu.Attachment{{Filename: "a.txt", SHA256: "XYZ"}}
		}, "message.attachments"},
		{"bad customer email", func(c *kefu.TicketCreate) {
			c.Customer = &kefu.Customer{Identities: []kefu.Identity{{Kind: kefu.IdentityEmail, Value: "not an address"}}}
		}, "identities"},
	}
	eachBackendRaw(t, func(t *testing.T, db *storage.DB, be *backend) {
		s := mustCreateStore(t, db, "s", "amazon", "USD")
		mustCreateTicket(t, db, newTicket(s.ID, "existing", "already here"))
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				c := newTicket(s.ID, "Refund", "please refund")
				c.Customer = &kefu.Customer{Identities: []kefu.Identity{{Kind: kefu.IdentityEmail, Value: "newbuyer@example.com"}}}
				tt.edit(c)
				_, err := db.CreateTicket(sysCtx(t), c)
				wantInvalid(t, err, tt.field)
				if n := countTickets(t, db); n != 1 {
					t.Errorf("ticket count = %d after a refused create, want 1", n)
				}
				if n := be.count(t, `SELECT count(*) FROM messages`); n != 1 {
					t.Errorf("message rows = %d after a refused create, want 1", n)
				}
				if n := be.count(t, `SELECT count(*) FROM customers`); n != 0 {
					t.Errorf("customer rows = %d after a refused create, want 0", n)
				}
			})
		}
	})
}

func TestTickets_InvalidUpdateOrMessageChangesNothing(t *testing.T) {
	t.Parallel()
	eachBackend(t, func(t *testing.T, db *storage.DB) {
		ctx := sysCtx(t)
		s := mustCreateStore(t, db, "s", "amazon", "USD")
		tk := mustCreateTicket(t, db, newTicket(s.ID, "Original", "hello"))
		badSubject, badStatus, badPrio, neg := "x\x00y", "archived", "whenever", int64(-3)
		for _, tt := range []struct {
			u     kefu.TicketUpdate
			field string
		}{
			{kefu.TicketUpdate{Subject: &badSubject}, "subject"},
			{kefu.TicketUpdate{Status: &badStatus}, "status"},
			{kefu.TicketUpdate{Priority: &badPrio}, "priority"},
			{kefu.TicketUpdate{AssigneeID: &neg}, "assignee_id"},
			{kefu.TicketUpdate{AddTags: []string{""}}, "tags"},
		} {
			_, err := db.UpdateTicket(ctx, tk.ID, tt.u)
			wantInvalid(t, err, tt.field)
		}
		_, err := db.AddMessage(ctx, tk.ID, &kefu.Message{Direction: "sideways", Text: "x"})
		wantInvalid(t, err, "direction")
		_, err = db.AddMessage(ctx, tk.ID, &kefu.Message{Text: "\xff"})
		wantInvalid(t, err, "text")
		got := mustFindTicket(t, db, tk.ID)
		if got.Subject != "Original" || got.Status != kefu.StatusNew || got.MessageCount != 1 || len(got.Messages) != 1 {
			t.Errorf("refused changes left %+v", got)
		}
	})
}

func TestTickets_UnknownTicketIsNotFound(t *testing.T) {
	t.Parallel()
	eachBackend(t, func(t *testing.T, db *storage.DB) {
		ctx := sysCtx(t)
		const missing = 1 << 40
		_, err := db.FindTicketByID(ctx, missing)
		wantCode(t, err, kefu.ENOTFOUND)
		open := kefu.StatusOpen
		_, err = db.UpdateTicket(ctx, missing, kefu.TicketUpdate{Status: &open})
		wantCode(t, err, kefu.ENOTFOUND)
		_, err = db.AddMessage(ctx, missing, &kefu.Message{Text: "hello"})
		wantCode(t, err, kefu.ENOTFOUND)
	})
}

func TestTickets_CreateInAStoreThatDoesNotExistIsRefusedNotInternal(t *testing.T) {
	t.Parallel()
	eachBackend(t, func(t *testing.T, db *storage.DB) {
		_, err := db.CreateTicket(sysCtx(t), newTicket(987654, "Lost", "which store?"))
		wantCodeIn(t, err, kefu.ENOTFOUND, kefu.EINVALID)
	})
}

func TestTickets_SQLLookingTextIsStoredVerbatim(t *testing.T) {
	t.Parallel()
	const (
		subject = "'; DROP TABLE tickets; --"
		text    = `Robert'); DROP TABLE messages;-- "quoted" \backslash\ $1 ? %s ;`
		team    = `team" OR 1=1 --`
	)
	eachBackend(t, func(t *testing.T, db *storage.DB) {
		ctx := sysCtx(t)
		s := mustCreateStore(t, db, "s", "amazon", "USD")
		c := newTicket(s.ID, subject, text)
		c.Team = team
		c.Tags = []string{"it's", `a"b`}
		tk := mustCreateTicket(t, db, c)
		_, err := db.AddMessage(ctx, tk.ID, &kefu.Message{Text: "' OR '1'='1"})
		must(t, err, "AddMessage")

		got := mustFindTicket(t, db, tk.ID)
		if got.Subject != subject || got.Team != team || len(got.Messages) != 2 || got.Messages[0].Text != text || got.Messages[1].Text != "' OR '1'='1" {
			t.Errorf("round trip changed the text: subject %q team %q messages %+v", got.Subject, got.Team, got.Messages)
		}
		if !slices.Equal(got.Tags, []string{"it's", `a"b`}) {
			t.Errorf("tags = %q", got.Tags)
		}
		if n := len(listAll(t, ctx, db, kefu.TicketFilter{Team: team})); n != 1 {
			t.Errorf("filter by an SQL-looking team finds %d tickets, want 1", n)
		}
		if n := len(listAll(t, ctx, db, kefu.TicketFilter{Tags: []string{"it's"}})); n != 1 {
			t.Errorf("filter by tag it's finds %d tickets, want 1", n)
		}
		if n := countTickets(t, db); n != 1 {
			t.Errorf("ticket count = %d, want 1", n)
		}
	})
}

func TestTickets_BatchCreateAndAddMessages(t *testing.T) {
	t.Parallel()
	eachBackend(t, func(t *testing.T, db *storage.DB) {
		ctx := sysCtx(t)
		s := mustCreateStore(t, db, "s", "amazon", "USD")
		var cs []*kefu.TicketCreate
		for i := range 25 {
			c := newTicket(s.ID, "batch ticket", "body")
			c.Customer = &kefu.Customer{Identities: []kefu.Identity{{Kind: kefu.IdentityEmail, Value: "same@example.com"}}}
			if i%2 == 0 {
				c.Tags = []string{"even"}
			}
			cs = append(cs, c)
		}
		ids, err := db.CreateTickets(ctx, cs)
		must(t, err, "CreateTickets")
		if len(ids) != 25 {
			t.Fatalf("CreateTickets returned %d ids, want 25", len(ids))
		}
		var ms []*kefu.Message
		for _, id := range ids {
			ms = append(ms, &kefu.Message{TicketID: id, Direction: kefu.DirectionOutbound, Channel: "email", Text: "reply"})
		}
		must(t, db.AddMessages(ctx, ms), "AddMessages")

		all := listAll(t, ctx, db, kefu.TicketFilter{})
		if len(all) != 25 {
			t.Errorf("%d tickets listed, want 25", len(all))
		}
		customers := map[int64]bool{}
		for _, id := range ids {
			got := mustFindTicket(t, db, id)
			if got.MessageCount != 2 || len(got.Messages) != 2 || got.FirstResponseAt == nil {
				t.Errorf("ticket %d after AddMessages: count %d, %d messages, first response %v", id, got.MessageCount, len(got.Messages), got.FirstResponseAt)
			}
			customers[got.CustomerID] = true
		}
		if len(customers) != 1 || customers[0] {
			t.Errorf("25 tickets of one buyer have customers %v, want one", customers)
		}
		if n := len(listAll(t, ctx, db, kefu.TicketFilter{Tags: []string{"even"}})); n != 13 {
			t.Errorf("tag filter over a batch = %d, want 13", n)
		}
		// A message for an unknown ticket fails the batch.
		err = db.AddMessages(ctx, []*kefu.Message{{TicketID: ids[0], Text: "ok"}, {TicketID: 1 << 40, Text: "orphan"}})
		if err == nil {
			t.Error("AddMessages with an unknown ticket succeeded")
		}
		if got := mustFindTicket(t, db, ids[0]); got.MessageCount != 2 {
			t.Errorf("a failed batch left ticket %d with %d messages, want 2", ids[0], got.MessageCount)
		}
	})
}
