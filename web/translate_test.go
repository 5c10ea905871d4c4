package web

import (
	"context"
	"log/slog"
	"net/http"
	"reflect"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/prometheus/client_golang/prometheus"

	"kefu"
	"kefu/translate"
)

// echoProvider "translates" to "[target] TEXT" and counts its calls; fail,
// when set, is returned instead.
type echoProvider struct {
	calls atomic.Int32
	fail  error
}

func (p *echoProvider) Name() string { return "deepl" }

func (p *echoProvider) Translate(ctx context.Context, texts []string, source, target string) ([]translate.Translation, error) {
	p.calls.Add(1)
	if p.fail != nil {
		return nil, p.fail
	}
	if target == "ms" {
		return nil, kefu.Invalid("target", "deepl cannot translate to ms")
	}
	out := make([]translate.Translation, len(texts))
	for i, t := range texts {
		out[i] = translate.Translation{Text: "[" + target + "] " + strings.ToUpper(t), DetectedSource: "en"}
	}
	return out, nil
}

// fakeMessageTickets finds messages in the fake's tickets, whatever the
// caller's scope: the web layer must check it through TicketService.
type fakeMessageTickets struct{ f *fake }

func (m fakeMessageTickets) MessageTicketID(ctx context.Context, id int64) (int64, error) {
	m.f.mu.Lock()
	defer m.f.mu.Unlock()
	for _, t := range m.f.tickets {
		for _, msg := range t.Messages {
			if msg.ID == id {
				return t.ID, nil
			}
		}
	}
	return 0, kefu.NotFound("message")
}

// withTranslation rebuilds e's server with translation on over p.
func withTranslation(e *testEnv, p translate.Provider) {
	svc := e.fake.services()
	svc.Blobs = e.blobs
	svc.Translate = translate.NewService(p, nil, nil)
	svc.MessageTickets = fakeMessageTickets{e.fake}
	e.srv = NewServer(svc, Options{Logger: slog.New(slog.NewJSONHandler(e.logs, nil)), Registry: prometheus.NewRegistry()})
}

// seedMessage adds a buyer's message to a new ticket of store.
func (e *testEnv) seedMessage(store int64, text string) (*kefu.Ticket, *kefu.Message) {
	e.t.Helper()
	t := e.seedTicket(store, kefu.StatusOpen)
	e.fake.mu.Lock()
	defer e.fake.mu.Unlock()
	m := &kefu.Message{ID: e.fake.id(), TicketID: t.ID, Direction: kefu.DirectionInbound, Channel: "email", Text: text, CreatedAt: kefu.Now()}
	t.Messages = append(t.Messages, m)
	return t, m
}

func TestTranslationIsOffWithoutAProvider(t *testing.T) {
	e := newEnv(t)
	_, m := e.seedMessage(storeUS, "Where is my parcel?")
	for _, r := range []req{
		{method: "POST", path: "/api/v1/translate", token: tokAgent, body: `{"text":"你好","target":"en"}`},
		{method: "GET", path: "/api/v1/messages/" + itoa(m.ID) + "/translation?target=zh", token: tokAgent},
	} {
		p := wantProblem(t, e.do(r), http.StatusConflict, codeTranslationOff, "")
		if !strings.Contains(p.Detail, "KEFU_TRANSLATE_PROVIDER") || !strings.Contains(p.Detail, "翻译") {
			t.Errorf("%s %s: detail %q does not say how to turn translation on", r.method, r.path, p.Detail)
		}
	}
	// Bad input is still bad input.
	rec := e.do(req{method: "POST", path: "/api/v1/translate", token: tokAgent, body: `{"text":"你好"}`})
	wantProblem(t, rec, http.StatusUnprocessableEntity, kefu.EINVALID, "target")
	rec = e.do(req{method: "GET", path: "/api/v1/messages/" + itoa(m.ID) + "/translation", token: tokAgent})
	wantProblem(t, rec, http.StatusBadRequest, kefu.EINVALID, "target")
}

func TestTranslateTextAndCache(t *testing.T) {
	e := newEnv(t)
	p := &echoProvider{}
	withTranslation(e, p)
	var got translationJSON
	e.call("POST", "/api/v1/translate", tokAgent, map[string]string{"text": "您好，已经发货了", "target": "en-US"}, &got, http.StatusOK)
	want := translationJSON{Text: "[en] 您好，已经发货了", Source: "en", Target: "en", Provider: "deepl"}
	if got != want {
		t.Fatalf("got %+v, want %+v", got, want)
	}
	e.call("POST", "/api/v1/translate", tokAgent, map[string]string{"text": "您好，已经发货了", "source": "zh-CN", "target": "en"}, &got, http.StatusOK)
	if !got.Cached || got.Source != "zh" || p.calls.Load() != 1 {
		t.Fatalf("second call %+v after %d provider calls, want cached with the given source", got, p.calls.Load())
	}
}

func TestTranslateTextBadInput(t *testing.T) {
	e := newEnv(t)
	withTranslation(e, &echoProvider{})
	for _, tc := range []struct {
		body   string
		status int
		field  string
	}{
		{`{"text":"hi"}`, 422, "target"},
		{`{"target":"zh"}`, 422, "text"},
		{`{"text":"  ","target":"zh"}`, 422, "text"},
		{`{"text":"hi","target":"chinese"}`, 422, "target"},
		{`{"text":"hi","source":"x","target":"zh"}`, 422, "source"},
		{`{"text":"hi","target":"ms"}`, 422, "target"},
		{`{"text":"hi","target":"zh","lang":"en"}`, 400, "lang"},
		{`{"text":1,"target":"zh"}`, 400, "text"},
		{`{"text":"` + strings.Repeat("x", translate.MaxTextLen+1) + `","target":"zh"}`, 422, "text"},
	} {
		rec := e.do(req{method: "POST", path: "/api/v1/translate", token: tokAgent, body: tc.body})
		wantProblem(t, rec, tc.status, kefu.EINVALID, tc.field)
	}
	// Reading tickets is not enough to translate a draft.
	rec := e.do(req{method: "POST", path: "/api/v1/translate", token: tokAgentRead, body: `{"text":"hi","target":"zh"}`})
	wantProblem(t, rec, http.StatusForbidden, kefu.EFORBIDDEN, "")
}

func TestMessageTranslation(t *testing.T) {
	e := newEnv(t)
	p := &echoProvider{}
	withTranslation(e, p)
	_, m := e.seedMessage(storeUS, "Where is my parcel?")
	var got translationJSON
	e.call("GET", "/api/v1/messages/"+itoa(m.ID)+"/translation?target=zh-CN", tokAgentRead, nil, &got, http.StatusOK)
	want := translationJSON{MessageID: m.ID, Text: "[zh] WHERE IS MY PARCEL?", Source: "en", Target: "zh", Provider: "deepl"}
	if got != want {
		t.Fatalf("got %+v, want %+v", got, want)
	}
	e.call("GET", "/api/v1/messages/"+itoa(m.ID)+"/translation?target=zh", tokAgentRead, nil, &got, http.StatusOK)
	if !got.Cached || p.calls.Load() != 1 {
		t.Fatalf("second read %+v after %d calls", got, p.calls.Load())
	}
}

func TestMessageTranslationChecksTheTicket(t *testing.T) {
	e := newEnv(t)
	p := &echoProvider{}
	withTranslation(e, p)
	_, other := e.seedMessage(storeMY, "Barang rosak")
	// The agent sees acme-us only: a message of acme-my does not exist for them.
	rec := e.do(req{method: "GET", path: "/api/v1/messages/" + itoa(other.ID) + "/translation?target=zh", token: tokAgent})
	if p := wantProblem(t, rec, http.StatusNotFound, kefu.ENOTFOUND, ""); p.Detail != "message not found" {
		t.Errorf("detail %q", p.Detail)
	}
	rec = e.do(req{method: "GET", path: "/api/v1/messages/999999/translation?target=zh", token: tokAgent})
	wantProblem(t, rec, http.StatusNotFound, kefu.ENOTFOUND, "")
	if p.calls.Load() != 0 {
		t.Fatalf("the provider was called %d times for messages the caller cannot see", p.calls.Load())
	}
	// The admin sees every store.
	var got translationJSON
	e.call("GET", "/api/v1/messages/"+itoa(other.ID)+"/translation?target=zh", tokAdmin, nil, &got, http.StatusOK)
}

func TestMessageTranslationBadQuery(t *testing.T) {
	e := newEnv(t)
	withTranslation(e, &echoProvider{})
	_, m := e.seedMessage(storeUS, "hi")
	base := "/api/v1/messages/" + itoa(m.ID) + "/translation"
	for _, tc := range []struct{ path, field string }{
		{base, "target"},
		{base + "?target=", "target"},
		{base + "?target=klingon", "target"},
		{base + "?target=ms", "target"}, // the provider cannot: 400, as every bad GET input
		{base + "?target=zh&source=%3F%3F", "source"},
		{base + "?target=zh&target=en", "target"},
		{base + "?target=zh&lang=en", "lang"},
		{"/api/v1/messages/abc/translation?target=zh", "id"},
	} {
		wantProblem(t, e.do(req{method: "GET", path: tc.path, token: tokAgent}), http.StatusBadRequest, kefu.EINVALID, tc.field)
	}
}

// A provider's failure is a bad gateway with its reason, never a 500.
func TestTranslationProviderFailureIsBadGateway(t *testing.T) {
	e := newEnv(t)
	withTranslation(e, &echoProvider{fail: &translate.ProviderError{Provider: "deepl", Status: 456,
		Message: "the character quota is used up for this billing period"}})
	rec := e.do(req{method: "POST", path: "/api/v1/translate", token: tokAgent, body: `{"text":"你好","target":"en"}`})
	p := wantProblem(t, rec, http.StatusBadGateway, codeTranslationFailed, "")
	if !strings.Contains(p.Detail, "quota is used up") || !strings.Contains(p.Detail, "456") {
		t.Errorf("detail %q", p.Detail)
	}
	if !strings.Contains(e.logs.String(), "translation failed") {
		t.Errorf("the failure was not logged: %s", e.logs.String())
	}
}

func TestOpenAPITranslationSchemasMatchTheGoTypes(t *testing.T) {
	doc := loadOpenAPI(t)
	for name, v := range map[string]any{"TranslateRequest": translateRequest{}, "Translation": translationJSON{}} {
		var want []string
		for k := range jsonFields(reflect.TypeOf(v)) {
			want = append(want, k)
		}
		sort.Strings(want)
		if got := schemaProps(doc, doc.Components.Schemas[name]); !slices.Equal(got, want) {
			t.Errorf("schema %s has %v, Go type has %v", name, got, want)
		}
	}
	for _, code := range []string{codeTranslationOff, codeTranslationFailed} {
		if !slices.Contains(doc.Components.Schemas["ErrorCode"].Enum, code) {
			t.Errorf("ErrorCode does not list %s", code)
		}
	}
}

func itoa(n int64) string { return strconv.FormatInt(n, 10) }
