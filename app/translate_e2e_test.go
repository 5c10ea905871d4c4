package app

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"

	"kefu"
	"kefu/translate"
)

// fakeDeepL answers like DeepL's /v2/translate: "[TARGET] text", or the
// status in fail.
func fakeDeepL(t *testing.T, calls *atomic.Int32, fail *atomic.Int32) *httptest.Server {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		calls.Add(1)
		if r.URL.Path != "/v2/translate" || r.Header.Get("Authorization") != "DeepL-Auth-Key test-key:fx" {
			t.Errorf("request %s %s auth %q", r.Method, r.URL.Path, r.Header.Get("Authorization"))
		}
		if code := fail.Load(); code != 0 {
			w.WriteHeader(int(code))
			_, _ = io.WriteString(w, `{"message":"Quota Exceeded"}`)
			return
		}
		var req struct {
			Text       []string `json:"text"`
			TargetLang string   `json:"target_lang"`
		}
		if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
			t.Errorf("body: %v", err)
		}
		var out struct {
			Translations []map[string]string `json:"translations"`
		}
		for _, s := range req.Text {
			out.Translations = append(out.Translations, map[string]string{"detected_source_language": "EN", "text": "[" + req.TargetLang + "] " + s})
		}
		w.Header().Set("Content-Type", "application/json")
		_ = json.NewEncoder(w).Encode(out)
	}))
	t.Cleanup(srv.Close)
	return srv
}

func TestE2ETranslationThroughTheAPI(t *testing.T) {
	var calls, fail atomic.Int32
	srv := fakeDeepL(t, &calls, &fail)
	e := newE2E(t, Config{Translate: translate.Config{Provider: "deepl", DeepLKey: "test-key:fx", BaseURL: srv.URL}})
	tk, err := e.app.DB().FindTicketByID(kefu.SystemContext(context.Background(), "test"), e.ticket.ID)
	if err != nil {
		t.Fatal(err)
	}
	path := "/api/v1/messages/" + itoa(int(tk.Messages[0].ID)) + "/translation?target=zh"

	var got map[string]any
	e.json(req{method: "GET", path: path, auth: "read"}, http.StatusOK, &got)
	if got["text"] != "[ZH-HANS] Hello, where is my parcel?" || got["source"] != "en" || got["target"] != "zh" ||
		got["provider"] != "deepl" || got["cached"] != false || got["message_id"] != float64(tk.Messages[0].ID) {
		t.Fatalf("translation = %v", got)
	}
	// Again: from the cache, and kept in the database.
	e.json(req{method: "GET", path: path, auth: "read"}, http.StatusOK, &got)
	if got["cached"] != true || calls.Load() != 1 {
		t.Fatalf("second read %v after %d provider calls", got, calls.Load())
	}
	var rows int
	if err := e.raw.QueryRow(`SELECT count(*) FROM translations WHERE provider = 'deepl' AND target = 'zh'`).Scan(&rows); err != nil || rows != 1 {
		t.Fatalf("translations rows = %d, %v", rows, err)
	}

	// An agent's draft, written in Chinese, goes out in Thai.
	e.json(req{method: "POST", path: "/api/v1/translate", body: `{"text":"您好，包裹已经寄出。","target":"th"}`}, http.StatusOK, &got)
	if got["text"] != "[TH] 您好，包裹已经寄出。" || got["target"] != "th" {
		t.Fatalf("draft translation = %v", got)
	}

	// The provider's failure is a 502 with its reason.
	fail.Store(456)
	res := e.do(req{method: "POST", path: "/api/v1/translate", body: `{"text":"new text","target":"en"}`})
	var p problem
	if err := json.Unmarshal(res.body, &p); err != nil || res.status != http.StatusBadGateway || p.Code != "translation_failed" || !strings.Contains(p.Detail, "quota") {
		t.Fatalf("provider failure = %d %s", res.status, res.body)
	}
}

func TestOpenRefusesAProviderWithoutItsKey(t *testing.T) {
	a := New(Config{DataDir: t.TempDir(), Translate: translate.Config{Provider: "google"}}, nil)
	defer a.Close()
	var ce *ConfigError
	if err := a.Open(context.Background()); !errors.As(err, &ce) || ce.Setting != "KEFU_GOOGLE_TRANSLATE_KEY" {
		t.Fatalf("Open = %v, want a ConfigError naming KEFU_GOOGLE_TRANSLATE_KEY", err)
	}
}

func TestCheckTranslate(t *testing.T) {
	for _, tc := range []struct {
		cfg     translate.Config
		setting string // "" means accepted
	}{
		{translate.Config{}, ""},
		{translate.Config{Provider: "deepl", DeepLKey: "k"}, ""},
		{translate.Config{Provider: "google", GoogleKey: "k", BaseURL: "https://proxy.example.com/google"}, ""},
		{translate.Config{Provider: "tencent", TencentSecretID: "i", TencentSecretKey: "k", TencentRegion: "ap-singapore"}, ""},
		{translate.Config{Provider: "deepl"}, "KEFU_DEEPL_KEY"},
		{translate.Config{Provider: "google", DeepLKey: "k"}, "KEFU_GOOGLE_TRANSLATE_KEY"},
		{translate.Config{Provider: "tencent", TencentSecretKey: "k"}, "KEFU_TENCENT_SECRET_ID"},
		{translate.Config{Provider: "tencent", TencentSecretID: "i"}, "KEFU_TENCENT_SECRET_KEY"},
		{translate.Config{Provider: "tencent", TencentSecretID: "i", TencentSecretKey: "k", TencentRegion: "Guangzhou"}, "--tencent-region (KEFU_TENCENT_REGION)"},
		{translate.Config{Provider: "DeepL", DeepLKey: "k"}, "--translate-provider (KEFU_TRANSLATE_PROVIDER)"},
		{translate.Config{Provider: "deepl", DeepLKey: "k", BaseURL: "https://user:pw@proxy.example.com"}, "--translate-url (KEFU_TRANSLATE_URL)"},
		{translate.Config{Provider: "deepl", DeepLKey: "k", BaseURL: "proxy.example.com"}, "--translate-url (KEFU_TRANSLATE_URL)"},
	} {
		err := CheckTranslate(tc.cfg)
		var ce *ConfigError
		switch {
		case tc.setting == "" && err != nil:
			t.Errorf("%+v: %v", tc.cfg, err)
		case tc.setting != "" && (!errors.As(err, &ce) || ce.Setting != tc.setting):
			t.Errorf("%+v: %v, want a ConfigError for %s", tc.cfg, err, tc.setting)
		case ce != nil && (strings.Contains(ce.Error(), "pw@") || strings.Contains(ce.Error(), "\n")):
			t.Errorf("%+v: message %q quotes a secret or spans lines", tc.cfg, ce.Error())
		}
	}
}
