package translate

import (
	"net/http"
	"strings"
	"testing"
	"time"
)

func TestDeepLSendsTheDocumentedRequestAndReadsTheAnswer(t *testing.T) {
	srv := server(t, func(t *testing.T, r *http.Request, body []byte) (int, http.Header, string) {
		if r.Method != http.MethodPost || r.URL.Path != "/v2/translate" {
			t.Errorf("request %s %s, want POST /v2/translate", r.Method, r.URL.Path)
		}
		if got := r.Header.Get("Authorization"); got != "DeepL-Auth-Key k-123" {
			t.Errorf("Authorization = %q", got)
		}
		if got := r.Header.Get("Content-Type"); got != "application/json" {
			t.Errorf("Content-Type = %q", got)
		}
		m := decodeBody(t, body)
		if m["target_lang"] != "ZH-HANS" {
			t.Errorf("target_lang = %v", m["target_lang"])
		}
		if _, ok := m["source_lang"]; ok {
			t.Errorf("source_lang sent without a source: %s", body)
		}
		if texts, _ := m["text"].([]any); len(texts) != 2 || texts[0] != "Where is my <order>?" {
			t.Errorf("text = %v", m["text"])
		}
		if !strings.Contains(string(body), "<order>") {
			t.Errorf("the text was HTML-escaped: %s", body)
		}
		return 200, nil, `{"translations":[{"detected_source_language":"EN","text":"我的<订单>在哪里？"},{"detected_source_language":"EN","text":"谢谢"}]}`
	})
	d := NewDeepL("k-123", Options{BaseURL: srv.URL})
	got, err := d.Translate(bg, []string{"Where is my <order>?", "Thanks"}, "", "zh")
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || got[0] != (Translation{Text: "我的<订单>在哪里？", DetectedSource: "en"}) || got[1].Text != "谢谢" {
		t.Fatalf("got %+v", got)
	}
}

func TestDeepLSendsSourceAndVariantCodes(t *testing.T) {
	srv := server(t, func(t *testing.T, r *http.Request, body []byte) (int, http.Header, string) {
		m := decodeBody(t, body)
		if m["source_lang"] != "ZH" || m["target_lang"] != "EN-US" {
			t.Errorf("source_lang %v target_lang %v, want ZH EN-US", m["source_lang"], m["target_lang"])
		}
		return 200, nil, `{"translations":[{"detected_source_language":"ZH","text":"Your refund is on its way."}]}`
	})
	got, err := NewDeepL("k", Options{BaseURL: srv.URL}).Translate(bg, []string{"退款已经在路上了。"}, "zh-Hant", "en")
	if err != nil || got[0].Text != "Your refund is on its way." {
		t.Fatalf("got %+v, %v", got, err)
	}
}

func TestDeepLPicksTheFreeHostForFreeKeys(t *testing.T) {
	if got := NewDeepL("abc:fx", Options{}).url; got != "https://api-free.deepl.com/v2/translate" {
		t.Errorf("free key url = %s", got)
	}
	if got := NewDeepL("abc", Options{}).url; got != "https://api.deepl.com/v2/translate" {
		t.Errorf("pro key url = %s", got)
	}
	if got := NewDeepL("abc:fx", Options{BaseURL: "https://proxy.example/deepl/"}).url; got != "https://proxy.example/deepl/v2/translate" {
		t.Errorf("override url = %s", got)
	}
}

func TestDeepLErrorsSayWhatFailed(t *testing.T) {
	for _, tc := range []struct {
		status    int
		header    http.Header
		body      string
		retryable bool
		wait      time.Duration
		says      string
	}{
		{403, nil, `{"message":"Wrong endpoint. Use https://api.deepl.com"}`, false, 0, "API key was refused"},
		{403, nil, ``, false, 0, "KEFU_DEEPL_KEY"},
		{456, nil, `{"message":"Quota Exceeded"}`, false, 0, "quota is used up"},
		{429, http.Header{"Retry-After": {"2"}}, `{"message":"Too many requests"}`, true, 2 * time.Second, "too many requests"},
		{503, nil, `<html>down</html>`, true, 0, "unavailable"},
		{400, nil, `{"message":"Value for 'target_lang' not supported."}`, false, 0, "target_lang"},
	} {
		srv := server(t, func(t *testing.T, r *http.Request, body []byte) (int, http.Header, string) {
			return tc.status, tc.header, tc.body
		})
		_, err := NewDeepL("k", Options{BaseURL: srv.URL}).Translate(bg, []string{"hi"}, "", "de")
		pe := wantProviderError(t, err, NameDeepL, tc.status, tc.retryable)
		if pe.RetryAfter != tc.wait || !strings.Contains(pe.Error(), tc.says) {
			t.Errorf("%d: error %q (retry after %s), want it to say %q", tc.status, pe.Error(), pe.RetryAfter, tc.says)
		}
	}
}

func TestDeepLRefusesLanguagesItCannotDo(t *testing.T) {
	d := NewDeepL("k", Options{BaseURL: "http://127.0.0.1:1"}) // never reached
	_, err := d.Translate(bg, []string{"hi"}, "", "ms")
	wantInvalid(t, err, "target", "deepl cannot translate to ms")
	_, err = d.Translate(bg, []string{"hi"}, "hi", "en")
	wantInvalid(t, err, "source", "deepl cannot translate from hi")
}

func TestDeepLRejectsAnAnswerOfTheWrongShape(t *testing.T) {
	srv := server(t, func(t *testing.T, r *http.Request, body []byte) (int, http.Header, string) {
		return 200, nil, `{"translations":[]}`
	})
	_, err := NewDeepL("k", Options{BaseURL: srv.URL}).Translate(bg, []string{"hi"}, "", "de")
	wantProviderError(t, err, NameDeepL, 200, false)
}
