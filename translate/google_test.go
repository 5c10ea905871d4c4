package translate

import (
	"net/http"
	"strings"
	"testing"
)

func TestGoogleSendsTheDocumentedRequestAndReadsTheAnswer(t *testing.T) {
	srv := server(t, func(t *testing.T, r *http.Request, body []byte) (int, http.Header, string) {
		if r.Method != http.MethodPost || r.URL.Path != "/language/translate/v2" {
			t.Errorf("request %s %s", r.Method, r.URL.Path)
		}
		if got := r.URL.Query().Get("key"); got != "AIza+key/1" {
			t.Errorf("key = %q", got)
		}
		m := decodeBody(t, body)
		if m["target"] != "zh-CN" || m["format"] != "text" {
			t.Errorf("target %v format %v, want zh-CN text", m["target"], m["format"])
		}
		if _, ok := m["source"]; ok {
			t.Errorf("source sent without a source: %s", body)
		}
		if q, _ := m["q"].([]any); len(q) != 1 || q[0] != "Where's my parcel?" {
			t.Errorf("q = %v", m["q"])
		}
		return 200, nil, `{"data":{"translations":[{"translatedText":"我的包裹在哪里？","detectedSourceLanguage":"en"}]}}`
	})
	got, err := NewGoogle("AIza+key/1", Options{BaseURL: srv.URL}).Translate(bg, []string{"Where's my parcel?"}, "", "zh")
	if err != nil {
		t.Fatal(err)
	}
	if got[0] != (Translation{Text: "我的包裹在哪里？", DetectedSource: "en"}) {
		t.Fatalf("got %+v", got)
	}
}

// Google reports no detectedSourceLanguage when it was told the source;
// the given one stands.
func TestGoogleKeepsTheGivenSource(t *testing.T) {
	srv := server(t, func(t *testing.T, r *http.Request, body []byte) (int, http.Header, string) {
		m := decodeBody(t, body)
		if m["source"] != "zh-TW" || m["target"] != "th" {
			t.Errorf("source %v target %v", m["source"], m["target"])
		}
		return 200, nil, `{"data":{"translations":[{"translatedText":"ขอบคุณ"}]}}`
	})
	got, err := NewGoogle("k", Options{BaseURL: srv.URL}).Translate(bg, []string{"謝謝"}, "zh-Hant", "th")
	if err != nil || got[0] != (Translation{Text: "ขอบคุณ", DetectedSource: "zh-Hant"}) {
		t.Fatalf("got %+v, %v", got, err)
	}
}

func TestGoogleErrorsSayWhatFailed(t *testing.T) {
	for _, tc := range []struct {
		status    int
		body      string
		code      string
		retryable bool
		says      string
	}{
		{400, `{"error":{"code":400,"message":"API key not valid. Please pass a valid API key.","errors":[{"message":"API key not valid. Please pass a valid API key.","domain":"global","reason":"badRequest"}],"status":"INVALID_ARGUMENT"}}`,
			"badRequest", false, "KEFU_GOOGLE_TRANSLATE_KEY"},
		{400, `{"error":{"code":400,"message":"Invalid Value","errors":[{"message":"Invalid Value","domain":"global","reason":"invalid"}]}}`,
			"invalid", false, "Invalid Value"},
		{403, `{"error":{"code":403,"message":"User Rate Limit Exceeded","errors":[{"message":"User Rate Limit Exceeded","domain":"usageLimits","reason":"userRateLimitExceeded"}]}}`,
			"userRateLimitExceeded", true, "User Rate Limit Exceeded"},
		{403, `{"error":{"code":403,"message":"Daily Limit Exceeded","errors":[{"message":"Daily Limit Exceeded","domain":"usageLimits","reason":"dailyLimitExceeded"}]}}`,
			"dailyLimitExceeded", false, "Daily Limit Exceeded"},
		{500, `not json`, "", true, "internal server error"},
	} {
		srv := server(t, func(t *testing.T, r *http.Request, body []byte) (int, http.Header, string) {
			return tc.status, nil, tc.body
		})
		_, err := NewGoogle("k", Options{BaseURL: srv.URL}).Translate(bg, []string{"hi"}, "", "de")
		pe := wantProviderError(t, err, NameGoogle, tc.status, tc.retryable)
		if pe.Code != tc.code || !strings.Contains(pe.Error(), tc.says) {
			t.Errorf("%d %s: error %q code %q, want %q saying %q", tc.status, tc.code, pe.Error(), pe.Code, tc.code, tc.says)
		}
	}
}

// The key travels in the URL; a failed request must not put it in the
// message that agents and logs see.
func TestGoogleTransportErrorsHideTheKey(t *testing.T) {
	srv := server(t, func(t *testing.T, r *http.Request, body []byte) (int, http.Header, string) { return 200, nil, "" })
	srv.Close()
	_, err := NewGoogle("SECRET-KEY-123", Options{BaseURL: srv.URL}).Translate(bg, []string{"hi"}, "", "de")
	pe := wantProviderError(t, err, NameGoogle, 0, true)
	if strings.Contains(pe.Error(), "SECRET-KEY-123") || strings.Contains(pe.Error(), "key=") {
		t.Fatalf("error shows the key: %s", pe.Error())
	}
}
