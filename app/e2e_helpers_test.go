package app

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"io"
	"io/fs"
	"log/slog"
	"net/http"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib"

	"kefu"
)

// e2e is a real App — real storage, real HTTP — seeded with one admin,
// one store, one customer, one order and one ticket, plus a raw SQL
// connection to the same database for looking behind the API's back.
type e2e struct {
	t       *testing.T
	app     *App
	url     string
	dataDir string
	raw     *sql.DB
	logs    *syncBuffer

	admin     *kefu.User
	adminTok  string // admin scope
	readTok   string // tickets:read only, same admin user
	tokenID   int64  // the admin token's id
	store     *kefu.Store
	ticket    *kefu.Ticket
	order     *kefu.Order
	customer  int64
	openapi   map[string]map[string]map[string]bool // path → method → documented statuses
	client    *http.Client
	snapshots int
}

// syncBuffer is a bytes.Buffer safe for the server's goroutines.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// newE2E opens and runs an App for cfg (a temp data dir; SQLite unless
// cfg.DB says otherwise), seeds it through the App's DB and opens a raw
// connection to the same database.
func newE2E(t *testing.T, cfg Config) *e2e {
	t.Helper()
	e := &e2e{t: t, logs: &syncBuffer{}, client: &http.Client{Timeout: 60 * time.Second}}
	e.dataDir = t.TempDir()
	cfg.DataDir, cfg.Addr = e.dataDir, "127.0.0.1:0"
	a := New(cfg, slog.New(slog.NewTextHandler(e.logs, &slog.HandlerOptions{Level: slog.LevelInfo})))
	t.Cleanup(func() {
		a.Close()
		if t.Failed() {
			t.Logf("app logs (errors only):\n%s", grepLines(e.logs.String(), "level=ERROR"))
		}
	})
	ctx := context.Background()
	if err := a.Open(ctx); err != nil {
		t.Fatalf("open: %v", err)
	}
	if err := a.Listen(); err != nil {
		t.Fatalf("listen: %v", err)
	}
	e.app, e.url = a, a.URL()
	stop := start(t, a)
	t.Cleanup(func() {
		if err := stop(); err != nil {
			t.Errorf("run: %v", err)
		}
	})

	// Raw connection to the same database.
	dsn, err := ResolveDSN(cfg.DataDir, cfg.DB)
	if err != nil {
		t.Fatal(err)
	}
	if strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://") {
		e.raw, err = sql.Open("pgx", dsn)
	} else {
		e.raw, err = sql.Open("sqlite", "file:"+dsn+"?_pragma=busy_timeout(10000)")
	}
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { e.raw.Close() })

	e.seed()
	e.loadOpenAPI()
	return e
}

func (e *e2e) seed() {
	t := e.t
	t.Helper()
	db := e.app.DB()
	sys := kefu.SystemContext(context.Background(), "e2e")
	e.store = &kefu.Store{Slug: "acme-us", Platform: "amazon", Site: "US", Name: "Acme US", Timezone: "America/New_York", Currency: "USD",
		Secrets: kefu.Secrets{"webhook_secret": "whsec_e2e"}}
	if err := db.CreateStore(sys, e.store); err != nil {
		t.Fatalf("seed store: %v", err)
	}
	e.admin = &kefu.User{Email: "admin@example.com", Name: "Admin", Role: kefu.RoleAdmin, StoreIDs: []int64{}}
	if err := db.CreateUser(sys, e.admin, ""); err != nil {
		t.Fatalf("seed user: %v", err)
	}
	tok := &kefu.Token{UserID: e.admin.ID, Name: "e2e", Scopes: []string{kefu.ScopeAdmin}}
	var err error
	if e.adminTok, err = db.CreateToken(sys, tok); err != nil {
		t.Fatalf("seed token: %v", err)
	}
	e.tokenID = tok.ID
	if e.readTok, err = db.CreateToken(sys, &kefu.Token{UserID: e.admin.ID, Name: "e2e-read", Scopes: []string{kefu.ScopeTicketsRead}}); err != nil {
		t.Fatalf("seed read token: %v", err)
	}
	placed := kefu.Now().Add(-48 * time.Hour)
	e.order = &kefu.Order{StoreID: e.store.ID, Number: "114-0000001-0000001", Status: "shipped", Currency: "USD", TotalMinor: 1999,
		Items:     []kefu.OrderItem{{SKU: "SKU-1", Title: "Phone case", Quantity: 1, PriceMinor: 1999}},
		Shipments: []kefu.Shipment{{Carrier: "UPS", TrackingNumber: "1Z999AA10123456784"}},
		ChargeID:  "ch_e2e", CardLast4: "4242", PlacedAt: &placed,
		Customer: &kefu.Customer{Name: "Lin", Identities: []kefu.Identity{{Kind: kefu.IdentityEmail, Value: "lin@example.com"}}}}
	if _, err := db.UpsertOrder(sys, e.order); err != nil {
		t.Fatalf("seed order: %v", err)
	}
	e.customer = e.order.CustomerID
	e.ticket, err = db.CreateTicket(sys, &kefu.TicketCreate{StoreID: e.store.ID, Subject: "Where is my order?", Intent: "order_status",
		Tags: []string{"vip"}, OrderNumber: e.order.Number,
		Customer: &kefu.Customer{Identities: []kefu.Identity{{Kind: kefu.IdentityEmail, Value: "lin@example.com"}}},
		Message:  &kefu.Message{Text: "Hello, where is my parcel?"}})
	if err != nil {
		t.Fatalf("seed ticket: %v", err)
	}
	if e.customer == 0 || e.ticket.CustomerID != e.customer || e.ticket.OrderID != e.order.ID {
		t.Fatalf("seed: ticket %+v not linked to customer %d and order %d", e.ticket, e.customer, e.order.ID)
	}
	e.settle()
}

// settle waits until the automation worker has handled every due ticket
// event (classification, SLA clocks, rules), so that what it changes in
// the background is not taken for the doing of a test's request.
func (e *e2e) settle() {
	e.t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for {
		var n int
		if err := e.raw.QueryRow(`SELECT count(*) FROM jobs WHERE status = 'pending' AND kind IN ('automate', 'auto_reply')`).Scan(&n); err != nil {
			e.t.Fatalf("settle: %v", err)
		}
		if n == 0 {
			return
		}
		if time.Now().After(deadline) {
			e.t.Fatalf("settle: %d automation jobs still pending", n)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// loadOpenAPI reads the served API document: which statuses each
// operation documents.
func (e *e2e) loadOpenAPI() {
	t := e.t
	t.Helper()
	resp := e.do(req{method: "GET", path: "/api/v1/openapi.json", auth: "-"})
	if resp.status != http.StatusOK {
		t.Fatalf("GET /api/v1/openapi.json = %d", resp.status)
	}
	var doc struct {
		Paths map[string]map[string]json.RawMessage `json:"paths"`
	}
	if err := json.Unmarshal(resp.body, &doc); err != nil {
		t.Fatalf("openapi.json: %v", err)
	}
	e.openapi = map[string]map[string]map[string]bool{}
	for path, ops := range doc.Paths {
		for method, raw := range ops {
			var op struct {
				Responses map[string]json.RawMessage `json:"responses"`
			}
			if json.Unmarshal(raw, &op) != nil || op.Responses == nil {
				continue // "parameters" and the like
			}
			if e.openapi[path] == nil {
				e.openapi[path] = map[string]map[string]bool{}
			}
			st := map[string]bool{}
			for code := range op.Responses {
				st[code] = true
			}
			e.openapi[path][strings.ToUpper(method)] = st
		}
	}
}

// apiRoutes lists the documented authenticated operations as "METHOD /path".
func (e *e2e) apiRoutes() []string {
	var out []string
	for path, ops := range e.openapi {
		if !strings.HasPrefix(path, "/api/v1/") || path == "/api/v1/openapi.json" {
			continue
		}
		for m := range ops {
			out = append(out, m+" "+path)
		}
	}
	slices.Sort(out)
	return out
}

var pathParam = regexp.MustCompile(`\{[a-z_]+\}`)

// routeOf names the documented operation a method and raw path match, or "".
func (e *e2e) routeOf(method, rawPath string) string {
	p, _, _ := strings.Cut(rawPath, "?")
	for path, ops := range e.openapi {
		if _, ok := ops[method]; !ok {
			continue
		}
		parts := strings.Split(path, "/")
		for i, part := range parts {
			if pathParam.MatchString(part) {
				parts[i] = `[^/]+`
			} else {
				parts[i] = regexp.QuoteMeta(part)
			}
		}
		if ok, _ := regexp.MatchString("^"+strings.Join(parts, "/")+"$", p); ok {
			return method + " " + path
		}
	}
	return ""
}

// documented reports whether route documents status.
func (e *e2e) documented(route string, status int) bool {
	m, p, _ := strings.Cut(route, " ")
	return e.openapi[p][m][itoa(status)]
}

func itoa(n int) string {
	b, _ := json.Marshal(n)
	return string(b)
}

// req is one HTTP request. path is sent byte for byte (raw query and all).
type req struct {
	method string
	path   string
	body   string
	stream func() io.Reader // a body too big to hold as a string
	ctype  string           // "" means application/json when there is a body; "-" sends none
	auth   string           // "" the admin token, "-" none, "read" the read-only token, else the raw header value
}

type resp struct {
	status int
	header http.Header
	body   []byte
}

// problem is the problem+json body the API answers errors with.
type problem struct {
	Type   string `json:"type"`
	Title  string `json:"title"`
	Status int    `json:"status"`
	Detail string `json:"detail"`
	Code   string `json:"code"`
	Field  string `json:"field"`
	Line   int    `json:"line"`
}

func (e *e2e) do(r req) resp {
	e.t.Helper()
	var body io.Reader
	switch {
	case r.stream != nil:
		body = r.stream()
	case r.body != "":
		body = strings.NewReader(r.body)
	}
	hr, err := http.NewRequest(r.method, e.url, body)
	if err != nil {
		e.t.Fatalf("%s %q: %v", r.method, r.path, err)
	}
	// Send the path and query exactly as written, invalid bytes included.
	p, q, _ := strings.Cut(r.path, "?")
	hr.URL.Opaque, hr.URL.RawQuery = p, q
	switch r.auth {
	case "":
		hr.Header.Set("Authorization", "Bearer "+e.adminTok)
	case "-":
	case "read":
		hr.Header.Set("Authorization", "Bearer "+e.readTok)
	default:
		hr.Header.Set("Authorization", r.auth)
	}
	switch {
	case r.ctype == "-":
	case r.ctype != "":
		hr.Header.Set("Content-Type", r.ctype)
	case body != nil:
		hr.Header.Set("Content-Type", "application/json")
	}
	res, err := e.client.Do(hr)
	if err != nil {
		e.t.Fatalf("%s %q: %v", r.method, truncateForLog(r.path), err)
	}
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	if err != nil {
		e.t.Fatalf("%s %q: reading the answer: %v", r.method, truncateForLog(r.path), err)
	}
	return resp{status: res.StatusCode, header: res.Header, body: b}
}

// json does r and decodes a JSON answer into v, demanding status want.
func (e *e2e) json(r req, want int, v any) resp {
	e.t.Helper()
	res := e.do(r)
	if res.status != want {
		e.t.Fatalf("%s %s = %d, want %d: %s", r.method, truncateForLog(r.path), res.status, want, truncateForLog(string(res.body)))
	}
	if v != nil {
		if err := json.Unmarshal(res.body, v); err != nil {
			e.t.Fatalf("%s %s: decoding %s: %v", r.method, r.path, truncateForLog(string(res.body)), err)
		}
	}
	return res
}

func truncateForLog(s string) string {
	if len(s) > 300 {
		return s[:300] + "…"
	}
	return s
}

// snapshot is what the database holds: the row count of every table
// and fingerprints of the rows that updates touch. api_tokens.last_used_at
// is left out: using a token is not a change of data.
type snapshot map[string]int64

var snapshotQueries = []struct{ name, sql string }{
	{"tickets", `SELECT COUNT(*) FROM tickets`},
	{"messages", `SELECT COUNT(*) FROM messages`},
	{"attachments", `SELECT COUNT(*) FROM attachments`},
	{"ticket_tags", `SELECT COUNT(*) FROM ticket_tags`},
	{"orders", `SELECT COUNT(*) FROM orders`},
	{"shipments", `SELECT COUNT(*) FROM shipments`},
	{"customers", `SELECT COUNT(*) FROM customers`},
	{"customer_identities", `SELECT COUNT(*) FROM customer_identities`},
	{"stores", `SELECT COUNT(*) FROM stores`},
	{"users", `SELECT COUNT(*) FROM users`},
	{"user_stores", `SELECT COUNT(*) FROM user_stores`},
	{"api_tokens", `SELECT COUNT(*) FROM api_tokens`},
	{"audit_log", `SELECT COUNT(*) FROM audit_log`},
	{"tickets.updated_at", `SELECT COALESCE(MAX(updated_at), 0) FROM tickets`},
	{"tickets.message_count", `SELECT COALESCE(SUM(message_count), 0) FROM tickets`},
	{"orders.updated_at", `SELECT COALESCE(MAX(updated_at), 0) FROM orders`},
	{"stores.updated_at", `SELECT COALESCE(MAX(updated_at), 0) FROM stores`},
	{"users.updated_at", `SELECT COALESCE(MAX(updated_at), 0) FROM users`},
	{"customers.updated_at", `SELECT COALESCE(MAX(updated_at), 0) FROM customers`},
	{"api_tokens.revoked", `SELECT COUNT(*) FROM api_tokens WHERE revoked_at IS NOT NULL`},
	{"alert_channels", `SELECT COUNT(*) FROM alert_channels`},
	{"alert_channels.updated_at", `SELECT COALESCE(MAX(updated_at), 0) FROM alert_channels`},
	{"alert_deliveries", `SELECT COUNT(*) FROM alert_deliveries`},
}

func (e *e2e) snapshot() snapshot {
	e.t.Helper()
	e.snapshots++
	s := snapshot{}
	for _, q := range snapshotQueries {
		var n int64
		if err := e.raw.QueryRow(q.sql).Scan(&n); err != nil {
			e.t.Fatalf("snapshot %s: %v (has a table gone?)", q.name, err)
		}
		s[q.name] = n
	}
	blobs := int64(0)
	filepath.WalkDir(filepath.Join(e.dataDir, "blobs"), func(_ string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			blobs++
		}
		return nil
	})
	s["blob files"] = blobs
	return s
}

// diff names what changed from s to o.
func (s snapshot) diff(o snapshot) []string {
	var out []string
	for _, k := range slices.Sorted(func(yield func(string) bool) {
		for k := range s {
			if !yield(k) {
				return
			}
		}
	}) {
		if s[k] != o[k] {
			out = append(out, k+": "+itoa(int(s[k]))+" → "+itoa(int(o[k])))
		}
	}
	return out
}

// repeatReader yields n bytes of b repeated, without holding them.
func repeatReader(prefix string, b byte, n int64, suffix string) io.Reader {
	return io.MultiReader(strings.NewReader(prefix), io.LimitReader(byteRepeater(b), n), strings.NewReader(suffix))
}

type byteRepeater byte

func (r byteRepeater) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = byte(r)
	}
	return len(p), nil
}
