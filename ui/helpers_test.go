package ui

import (
	"context"
	"io"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"kefu"
	"kefu/storage"
	"kefu/storage/storagetest"
)

const testPassword = "correct horse battery"

// env is a UI over a real SQLite database, served by httptest.
type env struct {
	t     *testing.T
	db    *storage.DB
	srv   *Server
	ts    *httptest.Server
	store *kefu.Store
	admin *kefu.User
	agent *kefu.User
}

// seed is a migrated database with a store, an admin and an agent,
// built once per test binary: every env starts from a copy of its file,
// which saves each test the migrations and two bcrypt hashes.
var seed struct {
	once         sync.Once
	dir          string
	store        *kefu.Store
	admin, agent *kefu.User
	err          error
}

func TestMain(m *testing.M) {
	code := m.Run()
	if seed.dir != "" {
		os.RemoveAll(seed.dir)
	}
	os.Exit(code)
}

func buildTemplate() error {
	dir, err := os.MkdirTemp("", "kefu-ui-template-")
	if err != nil {
		return err
	}
	seed.dir = dir
	ctx := context.Background()
	db, err := storage.Open(ctx, storage.Config{DSN: filepath.Join(dir, "kefu.db"), SecretKey: storagetest.SecretKey})
	if err != nil {
		return err
	}
	defer db.Close()
	if err := db.Migrate(ctx); err != nil {
		return err
	}
	sys := kefu.SystemContext(ctx, "test")
	seed.store = &kefu.Store{Slug: "amazon-us", Platform: "amazon", Name: "amazon-us", Timezone: "UTC", Currency: "USD"}
	if err := db.CreateStore(sys, seed.store); err != nil {
		return err
	}
	for _, u := range []**kefu.User{&seed.admin, &seed.agent} {
		role, email := kefu.RoleAdmin, "admin@example.com"
		if u == &seed.agent {
			role, email = kefu.RoleAgent, "agent@example.com"
		}
		*u = &kefu.User{Email: email, Name: strings.Split(email, "@")[0], Role: role, Locale: "en"}
		if err := db.CreateUser(sys, *u, testPassword); err != nil {
			return err
		}
	}
	return nil
}

func newEnv(t *testing.T) *env { t.Helper(); return newEnvWith(t, nil) }

// newEnvWith is newEnv with services changed by with (nil: none).
func newEnvWith(t *testing.T, with func(*Services)) *env {
	t.Helper()
	seed.once.Do(func() { seed.err = buildTemplate() })
	if seed.err != nil {
		t.Fatalf("template database: %v", seed.err)
	}
	path := filepath.Join(t.TempDir(), "kefu.db")
	b, err := os.ReadFile(filepath.Join(seed.dir, "kefu.db"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, b, 0o600); err != nil {
		t.Fatal(err)
	}
	db, err := storage.Open(context.Background(), storage.Config{DSN: path, SecretKey: storagetest.SecretKey})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	e := &env{t: t, db: db, store: seed.store, admin: seed.admin, agent: seed.agent}
	svc := Services{Tickets: db, Orders: db, Customers: db, Stores: db, Users: db, Tokens: db, Disputes: db,
		Sessions: db, Teams: db, Replies: db, PII: db, Changes: db, Inbox: db, RuleFirings: db, SLA: db}
	if with != nil {
		with(&svc)
	}
	e.srv = New(svc, Options{PollEvery: 50 * time.Millisecond})
	e.ts = httptest.NewServer(e.srv.Handler())
	t.Cleanup(e.ts.Close)
	return e
}

func (e *env) sys() context.Context { return kefu.SystemContext(context.Background(), "test") }

func (e *env) user(email, role string) *kefu.User {
	e.t.Helper()
	u := &kefu.User{Email: email, Name: strings.Split(email, "@")[0], Role: role, Locale: "en"}
	if err := e.db.CreateUser(e.sys(), u, testPassword); err != nil {
		e.t.Fatalf("create user: %v", err)
	}
	return u
}

func (e *env) ticket(c *kefu.TicketCreate) *kefu.Ticket {
	e.t.Helper()
	if c.StoreID == 0 {
		c.StoreID = e.store.ID
	}
	t, err := e.db.CreateTicket(e.sys(), c)
	if err != nil {
		e.t.Fatalf("create ticket: %v", err)
	}
	return t
}

// client is a browser without JavaScript: a cookie jar and the CSRF token
// of the last page it read.
type client struct {
	t    *testing.T
	e    *env
	base string
	http *http.Client
	csrf string
}

func (e *env) client() *client {
	jar, _ := cookiejar.New(nil)
	return &client{t: e.t, e: e, base: e.ts.URL, http: &http.Client{Jar: jar, Timeout: 60 * time.Second,
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}}
}

var csrfField = regexp.MustCompile(`name="_csrf" value="([^"]+)"|data-csrf="([^"]+)"`)

type response struct {
	status   int
	body     string
	location string
	header   http.Header
}

func (c *client) do(req *http.Request) response {
	c.t.Helper()
	req.Header.Set("Accept-Language", "en")
	res, err := c.http.Do(req)
	if err != nil {
		c.t.Fatalf("%s %s: %v", req.Method, req.URL, err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	if m := csrfField.FindStringSubmatch(string(b)); m != nil {
		c.csrf = m[1] + m[2]
	}
	return response{status: res.StatusCode, body: string(b), location: res.Header.Get("Location"), header: res.Header}
}

func (c *client) get(path string) response {
	c.t.Helper()
	req, _ := http.NewRequest("GET", c.base+path, nil)
	return c.do(req)
}

// post sends a form with the last page's CSRF token unless form has one.
func (c *client) post(path string, form url.Values) response {
	c.t.Helper()
	if form == nil {
		form = url.Values{}
	}
	if !form.Has("_csrf") {
		form.Set("_csrf", c.csrf)
	}
	req, _ := http.NewRequest("POST", c.base+path, strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	return c.do(req)
}

// login signs in with the password; the caller handles a TOTP step.
func (c *client) login(email string) response {
	c.t.Helper()
	c.get("/login")
	return c.post("/login", url.Values{"email": {email}, "password": {testPassword}})
}

// passwordLogin signs in through the form, password and all.
func (c *client) passwordLogin(email string) {
	c.t.Helper()
	if r := c.login(email); r.status != http.StatusSeeOther || r.location != "/" {
		c.t.Fatalf("login %s = %d → %q, want 303 → /", email, r.status, r.location)
	}
	c.get("/") // pick up the session's CSRF token
}

// mustLogin gives the client a session for the user, as a sign-in would,
// without the form: bcrypt under the race detector on a busy machine
// costs seconds, and only the sign-in tests are about the form.
func (c *client) mustLogin(email string) {
	c.t.Helper()
	sys := c.e.sys()
	u, err := c.e.db.FindUserByEmail(sys, email)
	if err != nil {
		c.t.Fatalf("login %s: %v", email, err)
	}
	secret, err := c.e.db.CreateSession(sys, &kefu.Session{UserID: u.ID})
	if err != nil {
		c.t.Fatal(err)
	}
	base, _ := url.Parse(c.base)
	c.http.Jar.SetCookies(base, []*http.Cookie{{Name: sessionCookie, Value: secret, Path: "/"}})
	if r := c.get("/"); r.status != http.StatusOK {
		c.t.Fatalf("login %s: inbox = %d", email, r.status)
	}
}

func wantStatus(t *testing.T, what string, r response, want int) {
	t.Helper()
	if r.status != want {
		t.Fatalf("%s: status %d, want %d; body: %.400s", what, r.status, want, r.body)
	}
}

func strconvFormat(n int64) string { return strconv.FormatInt(n, 10) }
