package app

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"kefu"
)

// A WeCom channel added through the API gets the test alert at once and,
// when ingest raises a phishing alert, the alert itself with a link to
// kefu's public URL; a removed robot's deliveries fail with its errcode.
func TestAlertsEndToEnd(t *testing.T) {
	var mu sync.Mutex
	var contents []string
	robot := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		w.Header().Set("Content-Type", "application/json")
		if r.URL.Query().Get("key") != "live" {
			_, _ = w.Write([]byte(`{"errcode":93000,"errmsg":"invalid webhook url, hint: [1]"}`))
			return
		}
		var m struct {
			Markdown struct{ Content string } `json:"markdown"`
		}
		_ = json.Unmarshal(body, &m)
		mu.Lock()
		contents = append(contents, m.Markdown.Content)
		mu.Unlock()
		_, _ = w.Write([]byte(`{"errcode":0,"errmsg":"ok"}`))
	}))
	defer robot.Close()

	e := newE2E(t, Config{PublicURL: "https://kefu.example.com/"})
	var live, removed map[string]any
	e.json(req{method: "POST", path: "/api/v1/alert-channels",
		body: `{"name":"客服群","type":"wecom","url":"` + robot.URL + `/cgi-bin/webhook/send?key=live","kinds":["suspected_phishing"]}`}, 201, &live)
	e.json(req{method: "POST", path: "/api/v1/alert-channels",
		body: `{"name":"old","type":"wecom","url":"` + robot.URL + `/cgi-bin/webhook/send?key=removed"}`}, 201, &removed)
	if live["url"] != robot.URL+"/cgi-bin/webhook/send?key=…" { // a key of four characters shows none
		t.Errorf("url = %v", live["url"])
	}

	var res map[string]any
	e.json(req{method: "POST", path: "/api/v1/alert-channels/1/test"}, 200, &res)
	if res["ok"] != true {
		t.Fatalf("test of the live robot = %v", res)
	}
	e.json(req{method: "POST", path: "/api/v1/alert-channels/2/test"}, 200, &res)
	if res["ok"] != false || res["provider_code"] != 93000.0 || res["message"] != "invalid webhook url" || res["retryable"] != false {
		t.Fatalf("test of the removed robot = %v", res)
	}
	bad := e.do(req{method: "POST", path: "/api/v1/alert-channels", body: `{"name":"x","type":"dingtalk","url":"https://oapi.dingtalk.com/robot/send?access_token=t"}`})
	if bad.status != 422 || !strings.Contains(string(bad.body), `"field":"secret"`) {
		t.Fatalf("unsigned DingTalk channel = %d %s", bad.status, bad.body)
	}

	sys := kefu.SystemContext(context.Background(), "e2e")
	if err := e.app.AlertRaiser().Phishing(sys, e.ticket); err != nil {
		t.Fatal(err)
	}
	var sent, failed struct {
		Deliveries []kefu.AlertDelivery `json:"deliveries"`
	}
	deadline := time.Now().Add(20 * time.Second)
	for {
		e.json(req{method: "GET", path: "/api/v1/alerts?status=sent"}, 200, &sent)
		e.json(req{method: "GET", path: "/api/v1/alerts?status=failed"}, 200, &failed)
		if len(sent.Deliveries) == 1 && len(failed.Deliveries) == 1 || time.Now().After(deadline) {
			break
		}
		time.Sleep(100 * time.Millisecond)
	}
	if len(sent.Deliveries) != 1 || sent.Deliveries[0].ChannelID != 1 || sent.Deliveries[0].Alert.TicketID != e.ticket.ID {
		t.Fatalf("sent = %+v", sent.Deliveries)
	}
	if len(failed.Deliveries) != 1 || failed.Deliveries[0].ProviderCode != 93000 {
		t.Fatalf("failed = %+v", failed.Deliveries)
	}
	mu.Lock()
	defer mu.Unlock()
	last := contents[len(contents)-1]
	if !strings.Contains(last, "(https://kefu.example.com/tickets/") || !strings.Contains(last, "疑似钓鱼") {
		t.Errorf("alert sent = %q", last)
	}
}
