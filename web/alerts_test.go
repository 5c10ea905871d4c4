package web

import (
	"context"
	"io"
	"log/slog"
	"net/http"
	"reflect"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"

	"kefu"
)

// fakeAlerts keeps channels in memory with the domain's validation.
type fakeAlerts struct {
	mu         sync.Mutex
	channels   map[int64]*kefu.AlertChannel
	deliveries []*kefu.AlertDelivery
	nextID     int64
	lastFilter kefu.AlertDeliveryFilter
}

func (f *fakeAlerts) admin(ctx context.Context) error {
	return kefu.ActorFrom(ctx).Require(kefu.ScopeAdmin)
}

func (f *fakeAlerts) CreateAlertChannel(ctx context.Context, c *kefu.AlertChannel) error {
	if err := f.admin(ctx); err != nil {
		return err
	}
	if err := c.Validate(); err != nil {
		return err
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	f.nextID++
	c.ID, c.CreatedAt, c.UpdatedAt = f.nextID, kefu.Now(), kefu.Now()
	cp := *c
	f.channels[c.ID] = &cp
	return nil
}

func (f *fakeAlerts) FindAlertChannel(ctx context.Context, id int64) (*kefu.AlertChannel, error) {
	if err := f.admin(ctx); err != nil {
		return nil, err
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	c, ok := f.channels[id]
	if !ok {
		return nil, kefu.NotFound("alert channel")
	}
	cp := *c
	return &cp, nil
}

func (f *fakeAlerts) ListAlertChannels(ctx context.Context) ([]*kefu.AlertChannel, error) {
	if err := f.admin(ctx); err != nil {
		return nil, err
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	out := []*kefu.AlertChannel{}
	for _, c := range f.channels {
		cp := *c
		out = append(out, &cp)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out, nil
}

func (f *fakeAlerts) UpdateAlertChannel(ctx context.Context, id int64, u kefu.AlertChannelUpdate) (*kefu.AlertChannel, error) {
	c, err := f.FindAlertChannel(ctx, id)
	if err != nil {
		return nil, err
	}
	if err := u.Apply(c); err != nil {
		return nil, err
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	f.channels[id] = c
	return c, nil
}

func (f *fakeAlerts) DeleteAlertChannel(ctx context.Context, id int64) error {
	if _, err := f.FindAlertChannel(ctx, id); err != nil {
		return err
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	delete(f.channels, id)
	return nil
}

func (f *fakeAlerts) RaiseAlert(ctx context.Context, a *kefu.Alert) (int, error) { return 0, nil }

func (f *fakeAlerts) ListAlertDeliveries(ctx context.Context, fl kefu.AlertDeliveryFilter) ([]*kefu.AlertDelivery, error) {
	if err := f.admin(ctx); err != nil {
		return nil, err
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	f.lastFilter = fl
	var out []*kefu.AlertDelivery
	for _, d := range f.deliveries {
		if fl.Status == "" || d.Status == fl.Status {
			out = append(out, d)
		}
	}
	if len(out) > fl.Limit {
		out = out[:fl.Limit]
	}
	return out, nil
}

// TestChannel answers as a WeCom robot with a removed key would.
func (f *fakeAlerts) TestChannel(ctx context.Context, id int64) (*kefu.AlertSendResult, error) {
	if _, err := f.FindAlertChannel(ctx, id); err != nil {
		return nil, err
	}
	return &kefu.AlertSendResult{Status: 200, ProviderCode: 93000, Message: "invalid webhook url"}, nil
}

func newAlertEnv(t *testing.T) (*testEnv, *fakeAlerts) {
	t.Helper()
	e := newEnv(t)
	fa := &fakeAlerts{channels: map[int64]*kefu.AlertChannel{}}
	svc := e.fake.services()
	svc.Blobs, svc.Alerts, svc.AlertTest = e.blobs, fa, fa
	e.srv = NewServer(svc, Options{Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	return e, fa
}

const wecomHook = "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=693axxx6-7aoc-4bc4"

func TestAlertChannels_CreateShowsTheURLRedactedAndNeverTheSecret(t *testing.T) {
	e, _ := newAlertEnv(t)
	var got map[string]any
	rec := e.call("POST", "/api/v1/alert-channels", tokAdmin, map[string]any{
		"name": "钉钉告警群", "type": "dingtalk", "url": "https://oapi.dingtalk.com/robot/send?access_token=abcdef123456",
		"secret": "SECsupersecret", "kinds": []string{"dispute_new"}, "mentions": []string{"13800000000"},
	}, &got, http.StatusCreated)
	if loc := rec.Header().Get("Location"); loc != "/api/v1/alert-channels/1" {
		t.Errorf("Location = %q", loc)
	}
	body := rec.Body.String()
	if strings.Contains(body, "SECsupersecret") || strings.Contains(body, "abcdef123456") || strings.Contains(body, `"secret"`) {
		t.Fatalf("a credential leaked: %s", body)
	}
	if got["url"] != "https://oapi.dingtalk.com/robot/send?access_token=abcd…" || got["secret_set"] != true || got["enabled"] != true {
		t.Fatalf("channel = %v", got)
	}
	var list alertChannelList
	e.call("GET", "/api/v1/alert-channels", tokAdmin, nil, &list, http.StatusOK)
	if len(list.Channels) != 1 || list.Channels[0].URL != got["url"] {
		t.Fatalf("list = %+v", list)
	}
}

func TestAlertChannels_BadInputNamesTheField(t *testing.T) {
	e, _ := newAlertEnv(t)
	for _, tc := range []struct {
		name   string
		body   string
		status int
		field  string
	}{
		{"unknown type", `{"name":"x","type":"telegram","url":"https://api.telegram.org/bot1/sendMessage"}`, 422, "type"},
		{"plain http", `{"name":"x","type":"wecom","url":"http://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k"}`, 422, "url"},
		{"foreign host", `{"name":"x","type":"slack","url":"https://hooks.slack.com.evil.example/services/T/B/X"}`, 422, "url"},
		{"unsigned dingtalk", `{"name":"x","type":"dingtalk","url":"https://oapi.dingtalk.com/robot/send?access_token=t"}`, 422, "secret"},
		{"unsigned feishu", `{"name":"x","type":"feishu","url":"https://open.feishu.cn/open-apis/bot/v2/hook/abc"}`, 422, "secret"},
		{"unknown kind", `{"name":"x","type":"wecom","url":"` + wecomHook + `","kinds":["lunch"]}`, 422, "kinds"},
		{"mention markup", `{"name":"x","type":"slack","url":"https://hooks.slack.com/services/T0/B0/X0","mentions":["<!channel>"]}`, 422, "mentions"},
		{"unknown field", `{"name":"x","type":"wecom","url":"` + wecomHook + `","token":"x"}`, 400, "token"},
		{"wrong type", `{"name":"x","type":"wecom","url":"` + wecomHook + `","store_id":"one"}`, 400, "store_id"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rec := e.do(req{method: "POST", path: "/api/v1/alert-channels", token: tokAdmin, body: tc.body})
			wantProblem(t, rec, tc.status, kefu.EINVALID, tc.field)
		})
	}
}

func TestAlertChannels_UpdateDeleteAndTest(t *testing.T) {
	e, _ := newAlertEnv(t)
	var ch alertChannelJSON
	e.call("POST", "/api/v1/alert-channels", tokAdmin, map[string]any{"name": "ops", "type": "wecom", "url": wecomHook}, &ch, http.StatusCreated)

	rec := e.do(req{method: "PATCH", path: "/api/v1/alert-channels/1", token: tokAdmin, body: `{"url":"` + ch.URL + `"}`})
	p := wantProblem(t, rec, 422, kefu.EINVALID, "url")
	if !strings.Contains(p.Detail, "redacted") {
		t.Errorf("detail = %q", p.Detail)
	}
	var upd map[string]any
	e.call("PATCH", "/api/v1/alert-channels/1", tokAdmin, map[string]any{"enabled": false, "kinds": []string{"daily_digest"}}, &upd, http.StatusOK)
	if upd["enabled"] != false || !reflect.DeepEqual(upd["kinds"], []any{"daily_digest"}) {
		t.Fatalf("update = %v", upd)
	}

	var res map[string]any
	e.call("POST", "/api/v1/alert-channels/1/test", tokAdmin, nil, &res, http.StatusOK)
	if res["ok"] != false || res["status"] != 200.0 || res["provider_code"] != 93000.0 || res["message"] != "invalid webhook url" {
		t.Fatalf("test = %v", res)
	}
	wantProblem(t, e.do(req{method: "POST", path: "/api/v1/alert-channels/9/test", token: tokAdmin}), 404, kefu.ENOTFOUND, "")

	if rec := e.do(req{method: "DELETE", path: "/api/v1/alert-channels/1", token: tokAdmin}); rec.Code != http.StatusNoContent {
		t.Fatalf("DELETE = %d %s", rec.Code, rec.Body)
	}
	wantProblem(t, e.do(req{method: "DELETE", path: "/api/v1/alert-channels/1", token: tokAdmin}), 404, kefu.ENOTFOUND, "")
	// Agents see nothing of alert channels.
	wantProblem(t, e.do(req{method: "GET", path: "/api/v1/alert-channels", token: tokAgent}), 403, kefu.EFORBIDDEN, "")
}

func TestListAlerts_FiltersAndPages(t *testing.T) {
	e, fa := newAlertEnv(t)
	for i := range 3 {
		fa.deliveries = append(fa.deliveries, &kefu.AlertDelivery{ID: int64(10 - i), ChannelID: 1, ChannelType: "wecom", Status: kefu.AlertFailed,
			Alert: kefu.Alert{Kind: kefu.AlertRiskFlag, Severity: "warning", Title: "risk"}, LastError: "HTTP 200, code 93000: invalid webhook url", ProviderCode: 93000})
	}
	var page alertDeliveryList
	e.call("GET", "/api/v1/alerts?status=failed&kind=risk_flag&channel=1&limit=2", tokAdmin, nil, &page, http.StatusOK)
	if len(page.Deliveries) != 2 || page.NextBeforeID != 9 || page.Deliveries[0].ProviderCode != 93000 {
		t.Fatalf("page = %+v", page)
	}
	if f := fa.lastFilter; f.Status != "failed" || f.Kind != "risk_flag" || f.ChannelID != 1 || f.Limit != 2 {
		t.Errorf("filter = %+v", f)
	}
	for q, field := range map[string]string{"status=lost": "status", "kind=lunch": "kind", "limit=0": "limit", "limit=500": "limit",
		"channel=abc": "channel", "colour=red": "colour"} {
		wantProblem(t, e.do(req{method: "GET", path: "/api/v1/alerts?" + q, token: tokAdmin}), 400, kefu.EINVALID, field)
	}
}

// The schemas of the alert endpoints list exactly the Go types' fields.
func TestOpenAPI_AlertSchemasMatchTheGoTypes(t *testing.T) {
	doc := loadOpenAPI(t)
	for name, v := range map[string]any{
		"AlertChannel":       alertChannelJSON{},
		"AlertChannelList":   alertChannelList{},
		"AlertChannelCreate": alertChannelCreateRequest{},
		"AlertChannelUpdate": kefu.AlertChannelUpdate{},
		"Alert":              kefu.Alert{},
		"AlertDelivery":      kefu.AlertDelivery{},
		"AlertDeliveryList":  alertDeliveryList{},
		"AlertSendResult":    kefu.AlertSendResult{},
	} {
		sc, ok := doc.Components.Schemas[name]
		if !ok {
			t.Errorf("schema %s is missing", name)
			continue
		}
		var want []string
		for k := range jsonFields(reflect.TypeOf(v)) {
			want = append(want, k)
		}
		sort.Strings(want)
		if got := schemaProps(doc, sc); !slices.Equal(got, want) {
			t.Errorf("schema %s has %v, Go type has %v", name, got, want)
		}
	}
}
