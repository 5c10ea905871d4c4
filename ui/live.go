package ui

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"sort"
	"strconv"
	"sync"
	"time"

	"kefu"
)

// Live updates: one poller per process asks the database once a second
// which tickets changed (an indexed range on updated_at) and the hub
// tells every connected browser that may see them, over Server-Sent
// Events. Polling the database rather than signalling in memory is what
// makes it work with several replicas on PostgreSQL, and with changes
// made by the CLI or another process on SQLite.
//
// The same connection carries presence: who else has a ticket open and
// whether they are typing a reply. Presence lives in this process's
// memory; with several replicas, agents see the others connected to the
// same replica only (a sticky load balancer keeps a team together).

// event is one SSE message.
type event struct {
	name string
	data []byte
}

// subscriber is one open /live connection.
type subscriber struct {
	user     *kefu.User
	session  int64
	ticket   int64 // the ticket page it is on, 0 for the inbox
	replying bool
	events   chan event
	done     chan struct{}
	once     sync.Once
}

func (sub *subscriber) end() { sub.once.Do(func() { close(sub.done) }) }

// send queues an event without blocking; a browser too slow to keep up
// is told to reload instead.
func (sub *subscriber) send(e event) {
	select {
	case sub.events <- e:
	default:
		sub.end()
	}
}

type hub struct {
	mu     sync.Mutex
	subs   map[*subscriber]bool
	closed bool
}

func newHub() *hub { return &hub{subs: map[*subscriber]bool{}} }

func (h *hub) add(sub *subscriber) bool {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.closed {
		return false
	}
	h.subs[sub] = true
	return true
}

func (h *hub) remove(sub *subscriber) {
	h.mu.Lock()
	delete(h.subs, sub)
	h.mu.Unlock()
	sub.end()
}

func (h *hub) count() int {
	h.mu.Lock()
	defer h.mu.Unlock()
	return len(h.subs)
}

// close ends every stream and refuses new ones: the server is stopping.
func (h *hub) close() {
	h.mu.Lock()
	h.closed = true
	subs := h.subs
	h.subs = map[*subscriber]bool{}
	h.mu.Unlock()
	for sub := range subs {
		sub.end()
	}
}

// dropUser ends a user's streams, after they signed out everywhere.
func (h *hub) dropUser(userID int64) {
	h.mu.Lock()
	var gone []*subscriber
	for sub := range h.subs {
		if sub.user.ID == userID {
			gone = append(gone, sub)
		}
	}
	h.mu.Unlock()
	for _, sub := range gone {
		sub.end()
	}
}

// publish sends a ticket change to everyone who may see its store.
func (h *hub) publish(c kefu.TicketChange, kind string) {
	data, _ := json.Marshal(map[string]any{"id": c.TicketID, "kind": kind, "store_id": c.StoreID,
		"status": c.Status, "assignee_id": c.AssigneeID, "message_count": c.MessageCount})
	e := event{name: "ticket", data: data}
	h.mu.Lock()
	defer h.mu.Unlock()
	for sub := range h.subs {
		if (&kefu.Actor{User: sub.user}).CanSeeStore(c.StoreID) {
			sub.send(e)
		}
	}
}

// viewerOnTicket is one other person on a ticket page.
type viewerOnTicket struct {
	Name     string `json:"name"`
	Replying bool   `json:"replying"`
}

// announce tells everyone on a ticket page who else is there.
func (h *hub) announce(ticket int64) {
	h.mu.Lock()
	defer h.mu.Unlock()
	var here []*subscriber
	for sub := range h.subs {
		if sub.ticket == ticket {
			here = append(here, sub)
		}
	}
	for _, sub := range here {
		others := map[int64]viewerOnTicket{}
		for _, o := range here {
			if o.user.ID == sub.user.ID {
				continue // my other tab is not a collision
			}
			p := others[o.user.ID]
			p.Name, p.Replying = displayName(o.user), p.Replying || o.replying
			others[o.user.ID] = p
		}
		list := make([]viewerOnTicket, 0, len(others))
		for _, p := range others {
			list = append(list, p)
		}
		sort.Slice(list, func(i, j int) bool { return list[i].Name < list[j].Name })
		data, _ := json.Marshal(map[string]any{"ticket": ticket, "others": list})
		sub.send(event{name: "presence", data: data})
	}
}

// setReplying marks a session's connections on a ticket as typing a
// reply (or not) and tells the others.
func (h *hub) setReplying(session, ticket int64, replying bool) {
	h.mu.Lock()
	changed := false
	for sub := range h.subs {
		if sub.session == session && sub.ticket == ticket && sub.replying != replying {
			sub.replying, changed = replying, true
		}
	}
	h.mu.Unlock()
	if changed {
		h.announce(ticket)
	}
}

// live is the SSE stream: GET /live, or /live?ticket=ID on a ticket page.
func (s *Server) live(w http.ResponseWriter, r *http.Request) error {
	v := viewerFrom(r)
	sub := &subscriber{user: v.user, session: v.session.ID, events: make(chan event, 64), done: make(chan struct{})}
	if t := r.URL.Query().Get("ticket"); t != "" {
		id, err := strconv.ParseInt(t, 10, 64)
		if err != nil || id <= 0 {
			return errNotFound
		}
		// Only someone who may see the ticket learns who is on it.
		if _, err := s.svc.Tickets.FindTicketByID(r.Context(), id); err != nil {
			return err
		}
		sub.ticket = id
	}
	if !s.hub.add(sub) {
		return kefu.Errorf(kefu.EINTERNAL, "shutting down")
	}
	defer func() {
		s.hub.remove(sub)
		if sub.ticket != 0 {
			s.hub.announce(sub.ticket)
		}
	}()
	markCompressed(w)
	h := w.Header()
	h.Set("Content-Type", "text/event-stream")
	h.Set("Cache-Control", "no-store")
	h.Set("X-Accel-Buffering", "no") // nginx: pass events through at once
	w.WriteHeader(http.StatusOK)
	rc := http.NewResponseController(w)
	// Tell the browser to retry after 3 s when the stream drops.
	if _, err := fmt.Fprint(w, "retry: 3000\n: kefu live\n\n"); err != nil {
		return nil
	}
	_ = rc.Flush()
	if sub.ticket != 0 {
		s.hub.announce(sub.ticket)
	}
	heartbeat := time.NewTicker(25 * time.Second)
	defer heartbeat.Stop()
	for {
		select {
		case <-r.Context().Done():
			return nil
		case <-sub.done:
			// Ended by the server (shutdown, sign-out, too slow): the
			// browser reconnects, or lands on the sign-in page.
			_, _ = fmt.Fprint(w, "event: bye\ndata: {}\n\n")
			_ = rc.Flush()
			return nil
		case <-heartbeat.C:
			if _, err := fmt.Fprint(w, ": ping\n\n"); err != nil {
				return nil
			}
		case e := <-sub.events:
			if _, err := fmt.Fprintf(w, "event: %s\ndata: %s\n\n", e.name, e.data); err != nil {
				return nil
			}
		}
		_ = rc.Flush()
	}
}

// presence records that the viewer started or stopped typing a reply on a
// ticket: POST /tickets/{id}/presence with state=replying|viewing.
func (s *Server) presence(w http.ResponseWriter, r *http.Request) error {
	v := viewerFrom(r)
	id, err := pathID(r, "id")
	if err != nil {
		return err
	}
	s.hub.setReplying(v.session.ID, id, r.PostFormValue("state") == "replying")
	w.WriteHeader(http.StatusNoContent)
	return nil
}

// pollWindow is how far back each poll looks again: a transaction that
// began before the last poll but committed after it carries an older
// updated_at, and must not be missed.
const pollWindow = 5 * time.Second

// poll runs the change feed until ctx ends.
func (s *Server) poll(ctx context.Context) error {
	if s.svc.Changes == nil {
		<-ctx.Done()
		return nil
	}
	sys := kefu.SystemContext(ctx, "live")
	t := time.NewTicker(s.opts.PollEvery)
	defer t.Stop()
	p := &poller{seen: map[int64]time.Time{}, since: s.now().Add(-pollWindow)}
	for {
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
		}
		if s.hub.count() == 0 {
			// Nobody is listening: move on without asking the database.
			p.skip(s.now())
			continue
		}
		changes, err := s.svc.Changes.TicketChanges(sys, p.since, 1000)
		if err != nil {
			if ctx.Err() == nil {
				s.log.Warn("live: polling ticket changes failed", "err", err)
			}
			continue
		}
		for _, c := range p.fresh(changes, s.now()) {
			// Created within the window: new to the inbox, even when the
			// automation has already classified it (a second change).
			kind := "updated"
			if s.now().Sub(c.CreatedAt) < 2*pollWindow {
				kind = "created"
			}
			s.hub.publish(c, kind)
		}
	}
}

// poller remembers what it has already announced within the window.
type poller struct {
	since time.Time
	seen  map[int64]time.Time // ticket → updated_at announced
}

// fresh returns the changes not announced yet and moves the window on.
func (p *poller) fresh(changes []kefu.TicketChange, now time.Time) []kefu.TicketChange {
	var out []kefu.TicketChange
	latest := p.since
	for _, c := range changes {
		if at, ok := p.seen[c.TicketID]; ok && !c.UpdatedAt.After(at) {
			continue
		}
		out = append(out, c)
		p.seen[c.TicketID] = c.UpdatedAt
		if c.UpdatedAt.After(latest) {
			latest = c.UpdatedAt
		}
	}
	// A full batch means more may follow: continue from the last one seen;
	// otherwise look back one window from now.
	next := now.Add(-pollWindow)
	if len(changes) >= 1000 {
		next = latest
	}
	if next.After(p.since) {
		p.since = next
	}
	for id, at := range p.seen {
		if at.Before(p.since) {
			delete(p.seen, id)
		}
	}
	return out
}

func (p *poller) skip(now time.Time) {
	p.since = now.Add(-pollWindow)
	clear(p.seen)
}
