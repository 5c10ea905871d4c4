package ui

import (
	"net/http"
	"net/url"
	"strings"
	"testing"
)

// concrete fills a route's path parameters.
func concrete(path string) string {
	r := strings.NewReplacer("{id}", "1", "{mid}", "1", "{reply}", "1", "{file...}", "x/app.css", "{$}", "")
	return r.Replace(path)
}

func TestRoutes_EveryPageButSignInNeedsASession(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	anon := e.client()
	for _, rt := range e.srv.routes() {
		if rt.access == public {
			continue
		}
		var r response
		if rt.method == "GET" {
			r = anon.get(concrete(rt.path))
		} else {
			r = anon.post(concrete(rt.path), url.Values{"_csrf": {"x"}})
		}
		if rt.path == "/live" {
			wantStatus(t, rt.pattern(), r, http.StatusUnauthorized)
			continue
		}
		if r.status != http.StatusSeeOther || !strings.HasPrefix(r.location, "/login") {
			t.Errorf("%s without a session = %d → %q, want the sign-in page", rt.pattern(), r.status, r.location)
		}
	}
}

func TestRoutes_AdminPagesAreForAdminsAndRepliesForSupervisors(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	agent := e.client()
	agent.mustLogin("agent@example.com")
	for _, rt := range e.srv.routes() {
		if rt.access != admin && rt.access != supervisor {
			continue
		}
		var r response
		if rt.method == "GET" {
			r = agent.get(concrete(rt.path))
		} else {
			r = agent.post(concrete(rt.path), nil)
		}
		wantStatus(t, rt.pattern()+" as an agent", r, http.StatusForbidden)
	}
	adm := e.client()
	adm.mustLogin("admin@example.com")
	for _, p := range []string{"/admin/stores", "/admin/users", "/admin/teams", "/admin/replies", "/admin/tokens", "/admin/security", "/account"} {
		wantStatus(t, p+" as an admin", adm.get(p), http.StatusOK)
	}
	wantStatus(t, "tokens as an agent", agent.get("/admin/tokens"), http.StatusOK)
}

func TestAssets_AreContentHashedCachedForAYearAndGzipped(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	url := e.srv.assets.url("app.css")
	req, _ := http.NewRequest("GET", e.ts.URL+url, nil)
	req.Header.Set("Accept-Encoding", "gzip")
	res, err := http.DefaultTransport.RoundTrip(req)
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != 200 || res.Header.Get("Content-Encoding") != "gzip" || !strings.Contains(res.Header.Get("Cache-Control"), "immutable") ||
		res.Header.Get("Content-Type") != "text/css; charset=utf-8" {
		t.Errorf("%s: %d %v", url, res.StatusCode, res.Header)
	}
	c := e.client()
	wantStatus(t, "an unknown asset", c.get("/static/0000/nope.css"), http.StatusNotFound)
	r := c.get("/static/0000/app.css") // a page cached across a deploy
	if r.status != 200 || strings.Contains(r.header.Get("Cache-Control"), "immutable") {
		t.Errorf("a stale hash = %d %q, want the file, briefly cached", r.status, r.header.Get("Cache-Control"))
	}
}

func TestLocalPath_KeepsRedirectsOnThisSite(t *testing.T) {
	t.Parallel()
	for in, want := range map[string]string{
		"/tickets/1":           "/tickets/1",
		"/?view=mine":          "/?view=mine",
		"//evil.example/":      "/",
		"https://evil.example": "/",
		"/\\evil.example":      "/",
		"":                     "/",
		"/x\r\nSet-Cookie: a":  "/",
	} {
		if got := localPath(in, "/"); got != want {
			t.Errorf("localPath(%q) = %q, want %q", in, got, want)
		}
	}
}
