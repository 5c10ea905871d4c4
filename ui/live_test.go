package ui

import (
	"bufio"
	"context"
	"encoding/json"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"kefu"
)

func TestPoller_AnnouncesEachChangeOnceAndLooksBackAWindow(t *testing.T) {
	t.Parallel()
	now := time.Now().UTC()
	p := &poller{seen: map[int64]time.Time{}, since: now.Add(-pollWindow)}
	a := kefu.TicketChange{TicketID: 1, UpdatedAt: now.Add(-2 * time.Second)}
	b := kefu.TicketChange{TicketID: 2, UpdatedAt: now.Add(-time.Second)}
	if got := p.fresh([]kefu.TicketChange{a, b}, now); len(got) != 2 {
		t.Fatalf("first poll announced %d changes, want 2", len(got))
	}
	if !p.since.Equal(now.Add(-pollWindow)) {
		t.Errorf("since = %v, want one window back", p.since)
	}
	// The same rows come back within the window: nothing new.
	if got := p.fresh([]kefu.TicketChange{a, b}, now.Add(time.Second)); len(got) != 0 {
		t.Errorf("a repeated row was announced again: %+v", got)
	}
	// A late commit with an older time is still caught, and a ticket that
	// changed again is announced again.
	late := kefu.TicketChange{TicketID: 3, UpdatedAt: now.Add(-3 * time.Second)}
	b2 := b
	b2.UpdatedAt = now.Add(time.Second)
	got := p.fresh([]kefu.TicketChange{late, a, b2}, now.Add(2*time.Second))
	if len(got) != 2 || got[0].TicketID != 3 || got[1].TicketID != 2 {
		t.Errorf("third poll = %+v, want the late ticket 3 and ticket 2 again", got)
	}
	// Rows older than the window are forgotten.
	p.fresh(nil, now.Add(time.Minute))
	if len(p.seen) != 0 {
		t.Errorf("seen keeps %d rows older than the window", len(p.seen))
	}
}

// stream opens /live for a signed-in client and returns its events.
func stream(t *testing.T, ctx context.Context, e *env, c *client, query string) <-chan [2]string {
	t.Helper()
	req, _ := http.NewRequestWithContext(ctx, "GET", e.ts.URL+"/live"+query, nil)
	u, _ := url.Parse(e.ts.URL)
	for _, ck := range c.http.Jar.Cookies(u) {
		req.AddCookie(ck)
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	if res.StatusCode != http.StatusOK || res.Header.Get("Content-Type") != "text/event-stream" {
		t.Fatalf("/live = %d %s", res.StatusCode, res.Header.Get("Content-Type"))
	}
	out := make(chan [2]string, 32)
	go func() {
		defer res.Body.Close()
		defer close(out)
		sc := bufio.NewScanner(res.Body)
		var name string
		for sc.Scan() {
			line := sc.Text()
			if v, ok := strings.CutPrefix(line, "event: "); ok {
				name = v
			} else if v, ok := strings.CutPrefix(line, "data: "); ok {
				out <- [2]string{name, v}
			}
		}
	}()
	return out
}

func next(t *testing.T, events <-chan [2]string, name string) map[string]any {
	t.Helper()
	timeout := time.After(5 * time.Second)
	for {
		select {
		case ev, ok := <-events:
			if !ok {
				t.Fatalf("stream ended before a %s event", name)
			}
			if ev[0] != name {
				continue
			}
			var v map[string]any
			if err := json.Unmarshal([]byte(ev[1]), &v); err != nil {
				t.Fatal(err)
			}
			return v
		case <-timeout:
			t.Fatalf("no %s event within 5 s", name)
		}
	}
}

func TestLive_ANewTicketReachesTheInboxStreamOfThoseWhoSeeItsStore(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	other := &kefu.Store{Slug: "other", Platform: "ebay", Name: "Other", Timezone: "UTC", Currency: "USD"}
	if err := e.db.CreateStore(e.sys(), other); err != nil {
		t.Fatal(err)
	}
	scoped := &kefu.User{Email: "scoped@example.com", Role: kefu.RoleAgent, StoreIDs: []int64{other.ID}}
	if err := e.db.CreateUser(e.sys(), scoped, testPassword); err != nil {
		t.Fatal(err)
	}
	hourAgo := time.Now().Add(-time.Hour)
	old := e.ticket(&kefu.TicketCreate{Subject: "from an hour ago", ReceivedAt: &hourAgo, Message: &kefu.Message{Text: "hi"}})
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go e.srv.Run(ctx)
	agent, outsider := e.client(), e.client()
	agent.mustLogin("agent@example.com")
	outsider.mustLogin("scoped@example.com")
	events := stream(t, ctx, e, agent, "")
	outside := stream(t, ctx, e, outsider, "")
	time.Sleep(100 * time.Millisecond)

	tk := e.ticket(&kefu.TicketCreate{Subject: "fresh from a webhook", Message: &kefu.Message{Text: "hi"}})
	ev := next(t, events, "ticket")
	if ev["id"].(float64) != float64(tk.ID) || ev["kind"] != "created" {
		t.Errorf("event = %v, want ticket %d created", ev, tk.ID)
	}
	if _, err := e.db.AddMessage(e.sys(), old.ID, &kefu.Message{Text: "again"}); err != nil {
		t.Fatal(err)
	}
	ev = next(t, events, "ticket")
	if ev["id"].(float64) != float64(old.ID) || ev["kind"] != "updated" || ev["message_count"].(float64) != 2 {
		t.Errorf("event after a message on an older ticket = %v", ev)
	}
	mine := e.ticket(&kefu.TicketCreate{StoreID: other.ID, Subject: "theirs", Message: &kefu.Message{Text: "x"}})
	if ev := next(t, outside, "ticket"); ev["id"].(float64) != float64(mine.ID) {
		t.Errorf("a store-scoped agent was told about ticket %v, not only their store's %d", ev["id"], mine.ID)
	}

	e.srv.CloseStreams()
	next(t, events, "bye")
}

func TestLive_PresenceWarnsOfAnotherAgentOnTheTicket(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	tk := e.ticket(&kefu.TicketCreate{Subject: "busy", Message: &kefu.Message{Text: "hi"}})
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	agent, admin := e.client(), e.client()
	agent.mustLogin("agent@example.com")
	admin.mustLogin("admin@example.com")
	q := "?ticket=" + itoa(tk.ID)
	first := stream(t, ctx, e, agent, q)
	if ev := next(t, first, "presence"); len(ev["others"].([]any)) != 0 {
		t.Errorf("alone on the ticket, presence = %v", ev)
	}
	second := stream(t, ctx, e, admin, q)
	ev := next(t, first, "presence")
	others := ev["others"].([]any)
	if len(others) != 1 || others[0].(map[string]any)["name"] != "admin" || others[0].(map[string]any)["replying"] != false {
		t.Errorf("presence for the agent = %v, want admin viewing", ev)
	}
	admin.get("/tickets/" + itoa(tk.ID))
	wantStatus(t, "presence post", admin.post("/tickets/"+itoa(tk.ID)+"/presence", url.Values{"state": {"replying"}}), http.StatusNoContent)
	ev = next(t, first, "presence")
	if others := ev["others"].([]any); len(others) != 1 || others[0].(map[string]any)["replying"] != true {
		t.Errorf("presence after the admin typed = %v, want replying", ev)
	}
	_ = second
}
