package app

import (
	"bufio"
	"context"
	"io"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"regexp"
	"strings"
	"testing"
	"time"

	"kefu"
	"kefu/hookspec"
)

// uiClient is a browser without script against the whole App.
type uiClient struct {
	t    *testing.T
	base string
	http *http.Client
	csrf string
}

var csrfInPage = regexp.MustCompile(`name="_csrf" value="([^"]+)"`)

func (c *uiClient) do(method, path string, form url.Values, header map[string]string) (int, string, http.Header) {
	c.t.Helper()
	var body io.Reader
	if form != nil {
		if !form.Has("_csrf") {
			form.Set("_csrf", c.csrf)
		}
		body = strings.NewReader(form.Encode())
	}
	req, _ := http.NewRequest(method, c.base+path, body)
	if form != nil {
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	}
	for k, v := range header {
		req.Header.Set(k, v)
	}
	res, err := c.http.Do(req)
	if err != nil {
		c.t.Fatalf("%s %s: %v", method, path, err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	if m := csrfInPage.FindSubmatch(b); m != nil {
		c.csrf = string(m[1])
	}
	return res.StatusCode, string(b), res.Header
}

func signedIn(t *testing.T, e *e2e) *uiClient {
	t.Helper()
	pw := "correct horse battery"
	if _, err := e.app.DB().UpdateUser(kefu.SystemContext(context.Background(), "e2e"), e.admin.ID, kefu.UserUpdate{Password: &pw}); err != nil {
		t.Fatal(err)
	}
	jar, _ := cookiejar.New(nil)
	c := &uiClient{t: t, base: e.url, http: &http.Client{Jar: jar, Timeout: 30 * time.Second,
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}}
	c.do("GET", "/login", nil, nil)
	if status, _, h := c.do("POST", "/login", url.Values{"email": {e.admin.Email}, "password": {pw}}, nil); status != http.StatusSeeOther || h.Get("Location") != "/" {
		t.Fatalf("sign in: %d → %q", status, h.Get("Location"))
	}
	c.do("GET", "/", nil, nil)
	return c
}

// eachUIBackend runs fn on SQLite and, when KEFU_TEST_POSTGRES is set, on
// PostgreSQL.
func eachUIBackend(t *testing.T, fn func(t *testing.T, cfg Config)) {
	t.Run("sqlite", func(t *testing.T) { fn(t, Config{}) })
	t.Run("postgres", func(t *testing.T) { fn(t, Config{DB: postgresDSN(t), SecretKey: make([]byte, 32)}) })
}

func TestUI_MountedBesideTheAPIWhichAcceptsTheSessionWithItsCSRFToken(t *testing.T) {
	eachUIBackend(t, testUIMounted)
}

func testUIMounted(t *testing.T, cfg Config) {
	e := newE2E(t, cfg)
	anon := &uiClient{t: t, base: e.url, http: &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}}
	for _, tc := range []struct {
		path   string
		status int
		ctype  string
	}{
		{"/", http.StatusSeeOther, ""},
		{"/login", http.StatusOK, "text/html"},
		{"/api/v1/tickets", http.StatusUnauthorized, "application/problem+json"},
		{"/api/v1/nope", http.StatusNotFound, "application/problem+json"},
		{"/healthz", http.StatusOK, ""},
		{"/no-such-page", http.StatusNotFound, "text/html"},
	} {
		status, _, h := anon.do("GET", tc.path, nil, nil)
		if status != tc.status || !strings.HasPrefix(h.Get("Content-Type"), tc.ctype) {
			t.Errorf("GET %s = %d %s, want %d %s", tc.path, status, h.Get("Content-Type"), tc.status, tc.ctype)
		}
	}

	c := signedIn(t, e)
	if status, body, _ := c.do("GET", "/api/v1/tickets", nil, nil); status != http.StatusOK || !strings.Contains(body, "Where is my order?") {
		t.Errorf("API with the session cookie = %d %.200s", status, body)
	}
	patch := func(token string) int {
		req, _ := http.NewRequest("PATCH", e.url+"/api/v1/tickets/"+itoa(int(e.ticket.ID)), strings.NewReader(`{"priority":"high"}`))
		req.Header.Set("Content-Type", "application/json")
		if token != "" {
			req.Header.Set("X-CSRF-Token", token)
		}
		res, err := c.http.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		return res.StatusCode
	}
	if got := patch(""); got != http.StatusForbidden {
		t.Errorf("PATCH with the cookie but no CSRF token = %d, want 403", got)
	}
	if got := patch(c.csrf); got != http.StatusOK {
		t.Errorf("PATCH with the cookie and the page's token = %d, want 200", got)
	}
	if status, body, _ := c.do("GET", "/tickets/"+itoa(int(e.ticket.ID)), nil, nil); status != http.StatusOK || !strings.Contains(body, "114-0000001-0000001") {
		t.Errorf("ticket page = %d", status)
	}

	// A ticket made elsewhere (here: straight in the database, as another
	// replica or the CLI would) reaches the open live stream.
	req, _ := http.NewRequest("GET", e.url+"/live", nil)
	res, err := c.http.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	lines := make(chan string, 64)
	go func() {
		sc := bufio.NewScanner(res.Body)
		for sc.Scan() {
			lines <- sc.Text()
		}
		close(lines)
	}()
	time.Sleep(200 * time.Millisecond)
	tk, err := e.app.DB().CreateTicket(kefu.SystemContext(context.Background(), "e2e"), &kefu.TicketCreate{StoreID: e.store.ID, Subject: "from elsewhere", Message: &kefu.Message{Text: "hi"}})
	if err != nil {
		t.Fatal(err)
	}
	want := `"id":` + itoa(int(tk.ID)) + `,"kind":"created"`
	deadline := time.After(10 * time.Second)
	for {
		select {
		case l, ok := <-lines:
			if !ok {
				t.Fatal("the live stream ended")
			}
			if strings.Contains(l, want) {
				return
			}
		case <-deadline:
			t.Fatalf("no live event %s within 10 s", want)
		}
	}
}

func TestUI_SendTestEventReachesEachWebhookEndpoint(t *testing.T) {
	e := newE2E(t, Config{})
	sys := kefu.SystemContext(context.Background(), "e2e")
	generic, _ := hookspec.NewSecret()
	stores := map[string]*kefu.Store{
		"stripe":  {Slug: "pay", Platform: "stripe", Name: "Pay", Timezone: "UTC", Currency: "USD", Secrets: kefu.Secrets{"webhook_secret": "whsec_stripe_test"}},
		"shopee":  {Slug: "shopee-my", Platform: "shopee", Name: "Shopee", Timezone: "Asia/Kuala_Lumpur", Currency: "MYR", Secrets: kefu.Secrets{"shopee_partner_key": "partner-key"}},
		"generic": {Slug: "erp", Platform: "independent", Name: "ERP", Timezone: "UTC", Currency: "USD", Secrets: kefu.Secrets{"generic_webhook_secret": generic}},
	}
	for _, s := range stores {
		if err := e.app.DB().CreateStore(sys, s); err != nil {
			t.Fatal(err)
		}
	}
	c := signedIn(t, e)
	for source, s := range stores {
		path := "/admin/stores/" + itoa(int(s.ID))
		status, body, _ := c.do("GET", path, nil, nil)
		if status != http.StatusOK || !strings.Contains(body, e.url+"/hooks/"+source+"/"+s.Slug) {
			t.Errorf("%s: store page %d lacks its webhook URL", source, status)
		}
		status, body, _ = c.do("POST", path+"/test-event", url.Values{"source": {source}}, nil)
		if status != http.StatusOK || !strings.Contains(body, "HTTP 200") {
			t.Errorf("%s: test event = %d %s", source, status, grepLines(body, "HTTP"))
		}
	}
}

func TestUI_ShutdownDoesNotWaitForLiveStreams(t *testing.T) {
	a := mustOpenApp(t, Config{ShutdownTimeout: 10 * time.Second})
	stop := start(t, a)
	db := a.DB()
	sys := kefu.SystemContext(context.Background(), "e2e")
	u := &kefu.User{Email: "live@example.com", Role: kefu.RoleAgent}
	if err := db.CreateUser(sys, u, "correct horse battery"); err != nil {
		t.Fatal(err)
	}
	secret, err := db.CreateSession(sys, &kefu.Session{UserID: u.ID})
	if err != nil {
		t.Fatal(err)
	}
	req, _ := http.NewRequest("GET", a.URL()+"/live", nil)
	req.AddCookie(&http.Cookie{Name: "kefu_session", Value: secret})
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	if res.StatusCode != http.StatusOK {
		t.Fatalf("/live = %d", res.StatusCode)
	}
	began := time.Now()
	if err := stop(); err != nil {
		t.Fatalf("Run: %v", err)
	}
	if took := time.Since(began); took > 5*time.Second {
		t.Errorf("shutdown took %s with a live stream open", took)
	}
}
