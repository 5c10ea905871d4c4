package web

import (
	"context"
	"errors"
	"net/http"
	"regexp"
	"strings"
	"testing"

	dto "github.com/prometheus/client_model/go"

	"kefu"
)

func TestRequestIDIsEchoedOrGenerated(t *testing.T) {
	e := newEnv(t)
	rec := e.do(req{method: "GET", path: "/healthz", header: map[string]string{"X-Request-Id": "lb-abc.123"}})
	if got := rec.Header().Get("X-Request-Id"); got != "lb-abc.123" {
		t.Fatalf("echoed id = %q", got)
	}
	hex32 := regexp.MustCompile(`^[0-9a-f]{32}$`)
	for _, bad := range []string{"", "two words", "evil\nlog line", strings.Repeat("a", 200)} {
		rec := e.do(req{method: "GET", path: "/api/v1/tickets/1", header: map[string]string{"X-Request-Id": bad}})
		id := rec.Header().Get("X-Request-Id")
		if !hex32.MatchString(id) {
			t.Fatalf("for %q: generated id = %q", bad, id)
		}
		if p := problemOf(t, rec); p.RequestID != id {
			t.Fatalf("problem request_id %q, header %q", p.RequestID, id)
		}
	}
}

func TestSecurityHeadersOnEveryResponse(t *testing.T) {
	e := newEnv(t)
	for _, r := range []req{
		{method: "GET", path: "/healthz"},
		{method: "GET", path: "/metrics"},
		{method: "GET", path: "/api/v1/openapi.json"},
		{method: "GET", path: "/api/v1/tickets", token: tokAdmin},
		{method: "GET", path: "/api/v1/tickets"},
		{method: "GET", path: "/nope"},
	} {
		rec := e.do(r)
		for k, v := range map[string]string{
			"X-Content-Type-Options":  "nosniff",
			"Referrer-Policy":         "no-referrer",
			"Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'",
			"Cache-Control":           "no-store",
		} {
			if got := rec.Header().Get(k); got != v {
				t.Errorf("%s %s: %s = %q, want %q", r.method, r.path, k, got, v)
			}
		}
	}
}

func TestPanicBecomesLoggedInternalProblem(t *testing.T) {
	e := newEnv(t)
	e.fake.panicIn = "ListStores"
	rec := e.do(req{method: "GET", path: "/api/v1/stores", token: tokAdmin})
	p := wantProblem(t, rec, http.StatusInternalServerError, kefu.EINTERNAL, "")
	if p.Detail != "internal error" {
		t.Fatalf("detail = %q", p.Detail)
	}
	logs := e.logs.String()
	if !strings.Contains(logs, "panic serving request") || !strings.Contains(logs, p.RequestID) || !strings.Contains(logs, "fake: ListStores") {
		t.Fatalf("panic not logged with its request id:\n%s", logs)
	}
}

func TestInternalErrorsAreLoggedButNotShown(t *testing.T) {
	e := newEnv(t)
	e.fake.failWith = errors.New(`pq: relation "stores" does not exist at 10.0.0.5:5432`)
	rec := e.do(req{method: "GET", path: "/api/v1/stores", token: tokAdmin})
	p := wantProblem(t, rec, http.StatusInternalServerError, kefu.EINTERNAL, "")
	if strings.Contains(rec.Body.String(), "relation") || strings.Contains(rec.Body.String(), "10.0.0.5") {
		t.Fatalf("internal detail leaked: %s", rec.Body)
	}
	if logs := e.logs.String(); !strings.Contains(logs, "10.0.0.5") || !strings.Contains(logs, p.RequestID) {
		t.Fatalf("internal error not logged:\n%s", logs)
	}
	// A domain error marked internal is hidden too.
	e.fake.failWith = kefu.Errorf(kefu.EINTERNAL, "disk full on /var/lib/kefu")
	rec = e.do(req{method: "GET", path: "/api/v1/stores", token: tokAdmin})
	wantProblem(t, rec, http.StatusInternalServerError, kefu.EINTERNAL, "")
	if strings.Contains(rec.Body.String(), "disk") {
		t.Fatalf("internal detail leaked: %s", rec.Body)
	}
}

func TestErrorCodesMapToStatuses(t *testing.T) {
	// A rule broken by a body is 422; through a GET, which has no body,
	// the same error is about a query parameter and is 400.
	if got := statusOf(kefu.EINVALID); got != 422 {
		t.Errorf("code invalid = %d, want 422", got)
	}
	for code, status := range map[string]int{
		kefu.EINVALID: 400, kefu.ENOTFOUND: 404, kefu.ECONFLICT: 409, kefu.EUNAUTHORIZED: 401,
		kefu.EFORBIDDEN: 403, kefu.ETOOLARGE: 413, kefu.EINTERNAL: 500, "something_new": 500,
	} {
		e := newEnv(t)
		e.fake.failWith = &kefu.Error{Code: code, Message: "m", Field: "f"}
		rec := e.do(req{method: "GET", path: "/api/v1/stores", token: tokAdmin})
		if rec.Code != status {
			t.Errorf("code %s = %d, want %d", code, rec.Code, status)
		}
		p := problemOf(t, rec)
		if status < 500 && (p.Field != "f" || p.Detail != "m") {
			t.Errorf("code %s: problem %+v", code, p)
		}
		if status == 401 && rec.Header().Get("WWW-Authenticate") == "" {
			t.Errorf("401 without WWW-Authenticate")
		}
	}
}

func TestAccessLogNamesTheRoutePattern(t *testing.T) {
	e := newEnv(t)
	e.do(req{method: "GET", path: "/api/v1/tickets/12345", token: tokAdmin, header: map[string]string{"X-Request-Id": "req-1"}})
	logs := e.logs.String()
	for _, want := range []string{`"msg":"http request"`, `"method":"GET"`, `"route":"/api/v1/tickets/{id}"`, `"status":404`, `"request_id":"req-1"`, `"duration":`} {
		if !strings.Contains(logs, want) {
			t.Errorf("access log lacks %s:\n%s", want, logs)
		}
	}
	if strings.Contains(logs, "12345") {
		t.Errorf("access log has the raw path:\n%s", logs)
	}
}

func TestMetricsAreLabelledByRoutePattern(t *testing.T) {
	e := newEnv(t)
	for _, id := range []string{"1", "2", "3"} {
		e.do(req{method: "GET", path: "/api/v1/tickets/" + id, token: tokAdmin})
	}
	e.do(req{method: "GET", path: "/random/path/1"})
	e.do(req{method: "BREW", path: "/api/v1/tickets"})
	families, err := e.reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	counts := map[string]float64{}
	histograms := 0
	for _, f := range families {
		for _, m := range f.GetMetric() {
			labels := labelString(m)
			switch f.GetName() {
			case "kefu_http_requests_total":
				counts[labels] = m.GetCounter().GetValue()
			case "kefu_http_request_duration_seconds":
				histograms += int(m.GetHistogram().GetSampleCount())
			}
		}
	}
	for labels, want := range map[string]float64{
		"code=404,method=GET,route=/api/v1/tickets/{id}": 3,
		"code=404,method=GET,route=unmatched":            1,
		"code=405,method=OTHER,route=unmatched":          1,
	} {
		if counts[labels] != want {
			t.Errorf("requests{%s} = %v, want %v; all: %v", labels, counts[labels], want, counts)
		}
	}
	if histograms != 5 {
		t.Errorf("duration samples = %d, want 5", histograms)
	}
	rec := e.do(req{method: "GET", path: "/metrics"})
	if rec.Code != http.StatusOK || !strings.Contains(rec.Body.String(), `kefu_http_requests_total{code="404",method="GET",route="/api/v1/tickets/{id}"} 3`) {
		t.Fatalf("/metrics = %d\n%s", rec.Code, rec.Body)
	}
}

func labelString(m *dto.Metric) string {
	var parts []string
	for _, l := range m.GetLabel() {
		parts = append(parts, l.GetName()+"="+l.GetValue())
	}
	return strings.Join(parts, ",")
}

func TestTwoServersMayShareARegistry(t *testing.T) {
	e := newEnv(t)
	other := NewServer(e.fake.services(), Options{Registry: e.reg})
	if other.metrics.requests != e.srv.metrics.requests {
		t.Fatal("second server did not reuse the registered collectors")
	}
}

func TestHealthAndReadiness(t *testing.T) {
	e := newEnv(t)
	if rec := e.do(req{method: "GET", path: "/healthz"}); rec.Code != 200 || rec.Body.String() != "ok\n" {
		t.Fatalf("/healthz = %d %q", rec.Code, rec.Body)
	}
	if rec := e.do(req{method: "GET", path: "/readyz"}); rec.Code != 200 {
		t.Fatalf("/readyz without a check = %d", rec.Code)
	}
	svc := e.fake.services()
	svc.Ready = func(ctx context.Context) error { return errors.New("dial tcp 10.0.0.5:5432: connection refused") }
	e.srv = NewServer(svc, Options{Registry: e.reg})
	rec := e.do(req{method: "GET", path: "/readyz"})
	wantProblem(t, rec, http.StatusServiceUnavailable, kefu.EINTERNAL, "")
	if strings.Contains(rec.Body.String(), "10.0.0.5") {
		t.Fatalf("/readyz leaks: %s", rec.Body)
	}
	svc.Ready = func(ctx context.Context) error { return nil }
	e.srv = NewServer(svc, Options{Registry: e.reg})
	if rec := e.do(req{method: "GET", path: "/readyz"}); rec.Code != 200 {
		t.Fatalf("/readyz = %d", rec.Code)
	}
}

// sessionStub stands in for the browser session cookie authenticator.
type sessionStub struct{ actor *kefu.Actor }

func (s sessionStub) Authenticate(r *http.Request) (*kefu.Actor, error) {
	if c, err := r.Cookie("kefu_session"); err == nil && c.Value == "good" {
		return s.actor, nil
	}
	return nil, nil
}

func TestSessionAuthenticatorHook(t *testing.T) {
	e := newEnv(t)
	svc := e.fake.services()
	e.srv = NewServer(svc, Options{Registry: e.reg, Session: sessionStub{&kefu.Actor{User: e.fake.users[userViewer]}}})
	rec := e.do(req{method: "GET", path: "/api/v1/tickets", header: map[string]string{"Cookie": "kefu_session=good"}})
	if rec.Code != http.StatusOK {
		t.Fatalf("session request = %d %s", rec.Code, rec.Body)
	}
	rec = e.do(req{method: "GET", path: "/api/v1/tickets", header: map[string]string{"Cookie": "kefu_session=bad"}})
	wantProblem(t, rec, http.StatusUnauthorized, kefu.EUNAUTHORIZED, "")
	// A viewer's session still cannot write.
	rec = e.do(req{method: "PATCH", path: "/api/v1/tickets/1", body: "{}", header: map[string]string{"Cookie": "kefu_session=good"}})
	wantProblem(t, rec, http.StatusForbidden, kefu.EFORBIDDEN, "")
}
