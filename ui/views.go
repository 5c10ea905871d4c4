package ui

import (
	"context"
	"strconv"
	"strings"
	"sync"
	"time"

	"golang.org/x/sync/errgroup"

	"kefu"
)

// A view is a saved question the inbox answers: "mine", "due soon" …
// Each is a ticket filter built at request time (deadlines move).
type view struct {
	ID   string
	sort string
	make func(now time.Time, me int64) kefu.TicketFilter
}

var (
	// openStatuses are the tickets still being worked.
	openStatuses = []string{kefu.StatusNew, kefu.StatusOpen, kefu.StatusPending, kefu.StatusOnHold}
	// ourMove are the tickets waiting on the seller, whose clocks run.
	ourMove = []string{kefu.StatusNew, kefu.StatusOpen, kefu.StatusOnHold}
)

func noticeKinds() []string {
	ids := make([]string, len(kefu.NoticeKinds))
	for i, l := range kefu.NoticeKinds {
		ids[i] = l.ID
	}
	return ids
}

var views = []view{
	{"mine", kefu.SortSLADue, func(now time.Time, me int64) kefu.TicketFilter {
		return kefu.TicketFilter{AssigneeID: &me, Status: openStatuses}
	}},
	{"unassigned", kefu.SortSLADue, func(now time.Time, me int64) kefu.TicketFilter {
		var none int64
		return kefu.TicketFilter{AssigneeID: &none, Status: openStatuses}
	}},
	{"open", kefu.SortUpdated, func(now time.Time, me int64) kefu.TicketFilter {
		return kefu.TicketFilter{Status: openStatuses}
	}},
	{"due_soon", kefu.SortSLADue, func(now time.Time, me int64) kefu.TicketFilter {
		due := now.Add(soon)
		return kefu.TicketFilter{Status: ourMove, SLADueBefore: &due}
	}},
	{"breached", kefu.SortSLADue, func(now time.Time, me int64) kefu.TicketFilter {
		return kefu.TicketFilter{Status: ourMove, SLADueBefore: &now}
	}},
	{"disputes", kefu.SortSLADue, func(now time.Time, me int64) kefu.TicketFilter {
		return kefu.TicketFilter{NoticeKind: []string{"dispute_notice"}, Status: openStatuses}
	}},
	{"notices", kefu.SortUpdated, func(now time.Time, me int64) kefu.TicketFilter {
		return kefu.TicketFilter{NoticeKind: noticeKinds(), Status: openStatuses}
	}},
	{"phishing", kefu.SortUpdated, func(now time.Time, me int64) kefu.TicketFilter {
		yes := true
		return kefu.TicketFilter{Phishing: &yes, Status: openStatuses}
	}},
	{"all", kefu.SortUpdated, func(now time.Time, me int64) kefu.TicketFilter {
		return kefu.TicketFilter{}
	}},
}

func findView(id string) view {
	for _, v := range views {
		if v.ID == id {
			return v
		}
	}
	return views[2] // open
}

// countCap is where a view's count stops: "999+" says enough.
const countCap = 1000

// countTTL is how long a view's count is reused. Counts are a glance at
// the size of a queue; the rows themselves are always fresh.
const countTTL = 10 * time.Second

// countCache keeps view counts per audience: a count depends on the
// viewer's stores and, for "mine", on who they are.
type countCache struct {
	mu      sync.Mutex
	ttl     time.Duration
	entries map[string]*countEntry
}

type countEntry struct {
	n          int
	at         time.Time
	refreshing bool
}

func newCountCache(ttl time.Duration) *countCache {
	return &countCache{ttl: ttl, entries: map[string]*countEntry{}}
}

// get returns the count for key. A count seen before is returned at once;
// when it is older than the TTL it is recounted in the background for the
// next page (stale while revalidating), so only an audience's very first
// inbox after a start waits for its counts.
func (c *countCache) get(key string, fresh func(ctx context.Context) (int, error), ctx context.Context) (int, error) {
	c.mu.Lock()
	e, ok := c.entries[key]
	var stale int
	if ok {
		stale = e.n
		if c.ttl < 0 {
			ok = false
		} else if time.Since(e.at) >= c.ttl && !e.refreshing {
			e.refreshing = true
			go c.refresh(key, fresh, context.WithoutCancel(ctx))
		}
	}
	c.mu.Unlock()
	if ok {
		return stale, nil
	}
	n, err := fresh(ctx)
	if err != nil {
		return 0, err
	}
	c.store(key, n)
	return n, nil
}

func (c *countCache) refresh(key string, fresh func(ctx context.Context) (int, error), ctx context.Context) {
	ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	n, err := fresh(ctx)
	c.mu.Lock()
	defer c.mu.Unlock()
	if e := c.entries[key]; e != nil {
		e.refreshing = false
		if err == nil {
			e.n, e.at = n, time.Now()
		}
	}
}

func (c *countCache) store(key string, n int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if len(c.entries) > 10000 {
		c.entries = map[string]*countEntry{}
	}
	c.entries[key] = &countEntry{n: n, at: time.Now()}
}

// drop forgets every count, after a change the viewer expects to see
// reflected at once (a bulk action).
func (c *countCache) drop() {
	c.mu.Lock()
	c.entries = map[string]*countEntry{}
	c.mu.Unlock()
}

// viewCount is one tab of the inbox.
type viewCount struct {
	ID     string
	Count  string // "12", "999+"
	Active bool
}

// viewCounts counts every view for the viewer.
func (s *Server) viewCounts(ctx context.Context, u *kefu.User, active string, now time.Time) ([]viewCount, error) {
	scope := "all"
	if u.Role != kefu.RoleAdmin && len(u.StoreIDs) > 0 {
		parts := make([]string, len(u.StoreIDs))
		for i, id := range u.StoreIDs {
			parts[i] = strconv.FormatInt(id, 10)
		}
		scope = strings.Join(parts, ",")
	}
	out := make([]viewCount, len(views))
	// The first counts of an audience are taken side by side: the read
	// pool has the connections and each count is one indexed walk.
	g, gctx := errgroup.WithContext(ctx)
	for i, vw := range views {
		out[i] = viewCount{ID: vw.ID, Active: vw.ID == active}
		if vw.ID == "all" {
			continue
		}
		key := vw.ID + "|" + scope
		if vw.ID == "mine" {
			key += "|" + strconv.FormatInt(u.ID, 10)
		}
		f := vw.make(now, u.ID)
		g.Go(func() error {
			n, err := s.counts.get(key, func(ctx context.Context) (int, error) {
				return s.svc.Inbox.CountTickets(ctx, f, countCap)
			}, gctx)
			if err != nil {
				return err
			}
			out[i].Count = strconv.Itoa(n)
			if n >= countCap {
				out[i].Count = strconv.Itoa(countCap-1) + "+"
			}
			return nil
		})
	}
	return out, g.Wait()
}
