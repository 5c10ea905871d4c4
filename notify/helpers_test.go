package notify

import (
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"sync"
	"testing"
	"time"

	"kefu"
)

// request is one call a test robot received.
type request struct {
	Method string
	Path   string
	Query  url.Values
	Raw    string // the raw query, to check how values were encoded
	Header http.Header
	Body   []byte
}

// robot is a local webhook server standing in for a provider. answer
// decides each reply; every request is kept.
type robot struct {
	*httptest.Server
	mu   sync.Mutex
	reqs []request
}

func newRobot(t *testing.T, answer func(w http.ResponseWriter, r request)) *robot {
	t.Helper()
	rb := &robot{}
	rb.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, hr *http.Request) {
		body, _ := io.ReadAll(hr.Body)
		r := request{Method: hr.Method, Path: hr.URL.Path, Query: hr.URL.Query(), Raw: hr.URL.RawQuery, Header: hr.Header.Clone(), Body: body}
		rb.mu.Lock()
		rb.reqs = append(rb.reqs, r)
		rb.mu.Unlock()
		answer(w, r)
	}))
	t.Cleanup(rb.Close)
	return rb
}

func (rb *robot) requests() []request {
	rb.mu.Lock()
	defer rb.mu.Unlock()
	return append([]request(nil), rb.reqs...)
}

func (rb *robot) last(t *testing.T) request {
	t.Helper()
	reqs := rb.requests()
	if len(reqs) == 0 {
		t.Fatal("the robot received nothing")
	}
	return reqs[len(reqs)-1]
}

// replyJSON answers with status and v as JSON.
func replyJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

func decode(t *testing.T, b []byte, v any) {
	t.Helper()
	if err := json.Unmarshal(b, v); err != nil {
		t.Fatalf("request body %s: %v", b, err)
	}
}

// hostileSubject is what a buyer or phisher might put in a subject to
// make an alert link elsewhere, mention everyone or fake formatting.
const hostileSubject = "Refund [click here](https://evil.example/login) **now** <@zhangsan> @all <!channel> <font color=\"info\">ok</font> # x"

const ticketLink = "http://kefu.test/tickets/42"

func testAlert() *kefu.Alert {
	return &kefu.Alert{Kind: kefu.AlertSuspectedPhishing, Severity: kefu.SeverityWarning, StoreID: 1, TicketID: 42,
		Title: "疑似钓鱼 Suspected phishing: " + hostileSubject, Text: "买家 Buyer: 张伟 <zw@mail.example>\n" + hostileSubject, URL: ticketLink}
}

// fixedClock is a clock tests move by hand.
type fixedClock struct {
	mu sync.Mutex
	t  time.Time
}

func newClock(t time.Time) *fixedClock { return &fixedClock{t: t} }

func (c *fixedClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *fixedClock) Add(d time.Duration) {
	c.mu.Lock()
	c.t = c.t.Add(d)
	c.mu.Unlock()
}
