package web

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"kefu"
	"kefu/blob"
)

// Seeded data: two stores, three users, tokens with known secrets.
const (
	storeUS = 1 // acme-us, Amazon US
	storeMY = 2 // acme-my, Shopee MY

	userAdmin  = 11
	userAgent  = 12 // sees storeUS only
	userViewer = 13

	tokAdmin     = "tok-admin"     // admin user, scope admin
	tokAgent     = "tok-agent"     // agent, tickets and orders read/write
	tokAgentRead = "tok-agent-ro"  // agent, tickets:read only
	tokViewer    = "tok-viewer"    // viewer, tickets:read orders:read
	tokExpired   = "tok-expired"   // admin, expired
	tokRevoked   = "tok-revoked"   // admin, revoked
	tokAdminExp  = "tok-admin-exp" // admin, scope admin, expires in an hour
)

type testEnv struct {
	t     testing.TB
	fake  *fake
	srv   *Server
	reg   *prometheus.Registry
	blobs *blob.Store
	logs  *syncBuffer
}

// syncBuffer is a bytes.Buffer safe for the logger and the test to share.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}
func (s *syncBuffer) String() string { s.mu.Lock(); defer s.mu.Unlock(); return s.b.String() }

func newEnv(t testing.TB) *testEnv {
	t.Helper()
	f := newFake()
	now := kefu.Now()
	f.stores[storeUS] = &kefu.Store{ID: storeUS, Slug: "acme-us", Platform: "amazon", Site: "US", Name: "Acme US",
		Timezone: "America/New_York", Currency: "USD", Secrets: kefu.Secrets{"sp_api_refresh_token": "Atzr|very-secret"}, CreatedAt: now, UpdatedAt: now}
	f.stores[storeMY] = &kefu.Store{ID: storeMY, Slug: "acme-my", Platform: "shopee", Site: "MY", Name: "Acme MY",
		Timezone: "Asia/Kuala_Lumpur", Currency: "MYR", CreatedAt: now, UpdatedAt: now}
	f.users[userAdmin] = &kefu.User{ID: userAdmin, Email: "boss@example.com", Name: "Boss", Role: kefu.RoleAdmin, Locale: "en", Timezone: "UTC"}
	f.users[userAgent] = &kefu.User{ID: userAgent, Email: "lin@example.com", Name: "Lin", Role: kefu.RoleAgent, StoreIDs: []int64{storeUS}, Locale: "zh-CN", Timezone: "Asia/Shanghai"}
	f.users[userViewer] = &kefu.User{ID: userViewer, Email: "view@example.com", Name: "Viewer", Role: kefu.RoleViewer, Locale: "en", Timezone: "UTC"}
	past, soon := now.Add(-time.Hour), now.Add(time.Hour)
	seed := []struct {
		secret string
		user   int64
		scopes []string
		exp    *time.Time
		rev    *time.Time
	}{
		{tokAdmin, userAdmin, []string{kefu.ScopeAdmin}, nil, nil},
		{tokAgent, userAgent, []string{kefu.ScopeTicketsRead, kefu.ScopeTicketsWrite, kefu.ScopeOrdersRead, kefu.ScopeOrdersWrite}, nil, nil},
		{tokAgentRead, userAgent, []string{kefu.ScopeTicketsRead}, nil, nil},
		{tokViewer, userViewer, []string{kefu.ScopeTicketsRead, kefu.ScopeOrdersRead}, nil, nil},
		{tokExpired, userAdmin, []string{kefu.ScopeAdmin}, &past, nil},
		{tokRevoked, userAdmin, []string{kefu.ScopeAdmin}, nil, &past},
		{tokAdminExp, userAdmin, []string{kefu.ScopeAdmin}, &soon, nil},
	}
	for i, s := range seed {
		id := int64(21 + i)
		f.tokens[id] = &kefu.Token{ID: id, UserID: s.user, Name: s.secret, Prefix: s.secret[:5], Scopes: s.scopes, ExpiresAt: s.exp, RevokedAt: s.rev, CreatedAt: now}
		f.secrets[s.secret] = id
	}

	blobs, err := blob.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	svc := f.services()
	svc.Blobs = blobs
	logs := &syncBuffer{}
	reg := prometheus.NewRegistry()
	srv := NewServer(svc, Options{Logger: slog.New(slog.NewJSONHandler(logs, nil)), Registry: reg})
	return &testEnv{t: t, fake: f, srv: srv, reg: reg, blobs: blobs, logs: logs}
}

// req describes one request; zero fields take defaults.
type req struct {
	method, path string
	token        string
	ctype        string // default application/json when there is a body
	body         string
	header       map[string]string
}

func (e *testEnv) do(r req) *httptest.ResponseRecorder {
	e.t.Helper()
	var body io.Reader
	if r.body != "" {
		body = strings.NewReader(r.body)
	}
	hr := httptest.NewRequest(r.method, r.path, body)
	if r.token != "" {
		hr.Header.Set("Authorization", "Bearer "+r.token)
	}
	ct := r.ctype
	if ct == "" && r.body != "" {
		ct = "application/json"
	}
	if ct != "-" && ct != "" {
		hr.Header.Set("Content-Type", ct)
	}
	for k, v := range r.header {
		hr.Header.Set(k, v)
	}
	rec := httptest.NewRecorder()
	e.srv.Handler().ServeHTTP(rec, hr)
	return rec
}

// call sends v as JSON and decodes a 2xx answer into out.
func (e *testEnv) call(method, path, token string, v, out any, wantStatus int) *httptest.ResponseRecorder {
	e.t.Helper()
	var body string
	if v != nil {
		b, err := json.Marshal(v)
		if err != nil {
			e.t.Fatal(err)
		}
		body = string(b)
	}
	rec := e.do(req{method: method, path: path, token: token, body: body})
	if rec.Code != wantStatus {
		e.t.Fatalf("%s %s = %d, want %d: %s", method, path, rec.Code, wantStatus, rec.Body.String())
	}
	if out != nil {
		if err := json.Unmarshal(rec.Body.Bytes(), out); err != nil {
			e.t.Fatalf("%s %s: decoding %s: %v", method, path, rec.Body.String(), err)
		}
	}
	return rec
}

// problemOf decodes a problem+json answer, failing if it is not one.
func problemOf(t *testing.T, rec *httptest.ResponseRecorder) problem {
	t.Helper()
	if ct := rec.Header().Get("Content-Type"); ct != "application/problem+json" {
		t.Fatalf("Content-Type = %q, want application/problem+json; body %s", ct, rec.Body.String())
	}
	var p problem
	dec := json.NewDecoder(rec.Body)
	dec.DisallowUnknownFields()
	if err := dec.Decode(&p); err != nil {
		t.Fatalf("problem body: %v", err)
	}
	if p.Status != rec.Code || p.Title != http.StatusText(rec.Code) || p.Type != problemType(p.Code) || p.RequestID == "" {
		t.Fatalf("inconsistent problem %+v for status %d", p, rec.Code)
	}
	return p
}

// wantProblem checks status, code and field of a problem answer.
func wantProblem(t *testing.T, rec *httptest.ResponseRecorder, status int, code, field string) problem {
	t.Helper()
	if rec.Code != status {
		t.Fatalf("status = %d, want %d: %s", rec.Code, status, rec.Body.String())
	}
	p := problemOf(t, rec)
	if p.Code != code {
		t.Errorf("code = %q, want %q (%s)", p.Code, code, p.Detail)
	}
	if field != "*" && p.Field != field {
		t.Errorf("field = %q, want %q (%s)", p.Field, field, p.Detail)
	}
	return p
}

// seedTicket creates a ticket in store through the fake directly.
func (e *testEnv) seedTicket(store int64, status string) *kefu.Ticket {
	e.t.Helper()
	now := kefu.Now()
	e.fake.mu.Lock()
	defer e.fake.mu.Unlock()
	t := &kefu.Ticket{ID: e.fake.id(), StoreID: store, Subject: "Where is my parcel?", Status: status, Priority: "normal",
		Channel: "email", Tags: []string{}, LastMessageAt: now, CreatedAt: now, UpdatedAt: now}
	e.fake.tickets[t.ID] = t
	return t
}

func sha256hex(s string) string {
	h := sha256.Sum256([]byte(s))
	return hex.EncodeToString(h[:])
}

func mustJSON(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err)
	}
	return string(b)
}

func mustUnmarshal(t *testing.T, b []byte, v any) {
	t.Helper()
	if err := json.Unmarshal(b, v); err != nil {
		t.Fatalf("decoding %s: %v", b, err)
	}
}
