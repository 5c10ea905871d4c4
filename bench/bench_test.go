package bench

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"kefu"
	"kefu/storage"
)

func openDB(tb testing.TB, dir string) *storage.DB {
	tb.Helper()
	ctx := context.Background()
	db, err := storage.Open(ctx, storage.Config{DSN: filepath.Join(dir, "kefu.db"), SecretKey: make([]byte, 32)})
	if err != nil {
		tb.Fatal(err)
	}
	if err := db.Migrate(ctx); err != nil {
		db.Close()
		tb.Fatal(err)
	}
	return db
}

// testGenerator is a generator with made-up ids, for tests that need no
// database.
func testGenerator(n int) *generator {
	stores := benchStores()
	for i, s := range stores {
		s.Store.ID = int64(i + 1)
	}
	var users []*kefu.User
	for i := range agentCount + supervisorCount {
		role := kefu.RoleAgent
		if i >= agentCount {
			role = kefu.RoleSupervisor
		}
		users = append(users, &kefu.User{ID: int64(i + 1), Name: "Bench Agent", Role: role})
	}
	return newGenerator(time.Date(2026, 11, 22, 8, 0, 0, 0, time.UTC), n, stores, users)
}

// The generated data is valid, about five messages a ticket, and "refund"
// is a common but not a stop word.
func TestGeneratorIsRealistic(t *testing.T) {
	const n = 4000
	g := testGenerator(n)
	msgs, refund, orders := 0, 0, 0
	langs, intents := map[string]int{}, map[string]int{}
	for range n {
		tg, o := g.next()
		c := *tg.create
		if err := c.Validate(); err != nil {
			t.Fatalf("ticket %q: %v", c.Subject, err)
		}
		if o != nil {
			orders++
			oc := *o
			if err := oc.Validate(); err != nil {
				t.Fatalf("order %s: %v", o.Number, err)
			}
		}
		langs[c.Language]++
		intents[c.Intent]++
		all := append([]*kefu.Message{c.Message}, tg.more...)
		for _, m := range all {
			mc := *m
			if err := mc.Validate(); err != nil {
				t.Fatalf("message of %q: %v", c.Subject, err)
			}
			if !m.CreatedAt.Before(g.now) {
				t.Fatalf("message of %q is dated %v, in the future", c.Subject, m.CreatedAt)
			}
			if strings.Contains(strings.ToLower(m.Text), "refund") {
				refund++
			}
		}
		msgs += len(all)
	}
	avg := float64(msgs) / n
	share := float64(refund) / float64(msgs)
	t.Logf("%d tickets, %d orders, %d messages (%.2f a ticket), %.1f%% mention refund; languages %v",
		n, orders, msgs, avg, 100*share, langs)
	if avg < 4.3 || avg > 5.7 {
		t.Errorf("%.2f messages a ticket, want about 5", avg)
	}
	if share < 0.03 || share > 0.15 {
		t.Errorf("%.1f%% of messages mention refund, want a common word (5-10%%)", 100*share)
	}
	if len(langs) < 9 || len(intents) < 13 { // 12 intents and "" for notices
		t.Errorf("languages %v, intents %v: not varied enough", langs, intents)
	}
}

func TestGeneratorIsDeterministic(t *testing.T) {
	a, b := testGenerator(500), testGenerator(500)
	for i := range 500 {
		ta, oa := a.next()
		tb, ob := b.next()
		if !reflect.DeepEqual(ta, tb) || !reflect.DeepEqual(oa, ob) {
			t.Fatalf("ticket %d differs between two generators with the same seed", i)
		}
	}
}

// Seed and Run work end to end on real SQLite.
func TestSeedAndRun(t *testing.T) {
	db := openDB(t, t.TempDir())
	defer db.Close()
	ctx := context.Background()
	var last int
	if err := Seed(ctx, db, 300, func(done int) { last = done }); err != nil {
		t.Fatal(err)
	}
	if last != 300 {
		t.Errorf("progress ended at %d, want 300", last)
	}
	page, err := db.ListTickets(kefu.SystemContext(ctx, "test"), kefu.TicketFilter{Sort: kefu.SortCreated, Limit: 1})
	if err != nil || len(page.Tickets) != 1 {
		t.Fatalf("ListTickets = %v, %v", page, err)
	}
	results, err := Run(ctx, db, 5)
	if err != nil {
		t.Fatal(err)
	}
	if len(results) != 16 {
		t.Errorf("%d results, want 16 scenarios", len(results))
	}
	for _, r := range results {
		if r.N != 5 || r.P50 <= 0 || r.P50 > r.P95 || r.P95 > r.P99 || r.P99 > r.Max {
			t.Errorf("result %+v is inconsistent", r)
		}
	}
	var buf bytes.Buffer
	Report(&buf, db.Dialect(), results, 1<<20)
	t.Log("\n" + buf.String())
	for _, want := range []string{"| ticket page (ticket + messages) | 5 |", "Database size: 1.0 MiB", "sqlite"} {
		if !strings.Contains(buf.String(), want) {
			t.Errorf("report lacks %q:\n%s", want, buf.String())
		}
	}
}

func TestSummarize(t *testing.T) {
	var times []time.Duration
	for i := 100; i >= 1; i-- {
		times = append(times, time.Duration(i)*time.Millisecond)
	}
	r := summarize("x", times)
	if r.P50 != 50*time.Millisecond || r.P95 != 95*time.Millisecond || r.P99 != 99*time.Millisecond || r.Max != 100*time.Millisecond {
		t.Errorf("summarize = %+v", r)
	}
}

// The Go benchmarks share one seeded database, made on first use:
// go test -run XXX -bench . ./bench/
var shared struct {
	once sync.Once
	dir  string
	db   *storage.DB
	p    *params
	err  error
}

const benchTickets = 3000

func TestMain(m *testing.M) {
	code := m.Run()
	if shared.db != nil {
		shared.db.Close()
	}
	if shared.dir != "" {
		os.RemoveAll(shared.dir)
	}
	os.Exit(code)
}

func sharedDB(b *testing.B) (*storage.DB, *params) {
	shared.once.Do(func() {
		ctx := context.Background()
		if shared.dir, shared.err = os.MkdirTemp("", "kefu-bench-"); shared.err != nil {
			return
		}
		shared.db = openDB(b, shared.dir)
		if shared.err = Seed(ctx, shared.db, benchTickets, nil); shared.err != nil {
			return
		}
		shared.p, shared.err = loadParams(kefu.SystemContext(ctx, "bench"), shared.db)
	})
	if shared.err != nil {
		b.Fatal(shared.err)
	}
	return shared.db, shared.p
}

// benchScenario runs the named Run scenario with a new variant each loop.
func benchScenario(b *testing.B, name string) {
	db, p := sharedDB(b)
	ctx := kefu.SystemContext(context.Background(), "bench")
	for _, sc := range scenarios(db, p) {
		if sc.name != name {
			continue
		}
		i := 0
		for b.Loop() {
			if err := sc.run(ctx, i); err != nil {
				b.Fatal(err)
			}
			i++
		}
		return
	}
	b.Fatalf("no scenario %q", name)
}

func BenchmarkListOpen(b *testing.B)        { benchScenario(b, "list: open, newest first") }
func BenchmarkListStoreStatus(b *testing.B) { benchScenario(b, "list: store+status+intent") }
func BenchmarkListAssigneeSLA(b *testing.B) { benchScenario(b, "list: assignee+sla_due") }
func BenchmarkListTag(b *testing.B)         { benchScenario(b, "list: tag") }
func BenchmarkListCardLast4(b *testing.B)   { benchScenario(b, "list: card_last4") }
func BenchmarkSearchLatin(b *testing.B)     { benchScenario(b, "search: latin word (refund)") }
func BenchmarkSearchPhrase(b *testing.B)    { benchScenario(b, "search: latin phrase") }
func BenchmarkSearchCJK(b *testing.B)       { benchScenario(b, "search: zh 2-char (退款)") }
func BenchmarkSearchCJK4(b *testing.B)      { benchScenario(b, "search: zh 4-char") }
func BenchmarkSearchThai(b *testing.B)      { benchScenario(b, "search: thai") }
func BenchmarkSearchVietnamese(b *testing.B) {
	benchScenario(b, "search: vietnamese no diacritics (hoan tien)")
}
func BenchmarkSearchEmail(b *testing.B)       { benchScenario(b, "search: email") }
func BenchmarkSearchOrderNumber(b *testing.B) { benchScenario(b, "search: order number") }
func BenchmarkTicketPage(b *testing.B)        { benchScenario(b, "ticket page (ticket + messages)") }
