package translate

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"net/http"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"
)

const (
	testSecretID  = "AKIDtest0000000000000000000000000000"
	testSecretKey = "test-secret-key-0000000000000000"
)

// verifyTC3 checks a request's TC3-HMAC-SHA256 signature the way Tencent's
// gateway does, written out from the document's pseudo code apart from
// tc3.go, and reports what is wrong, or "".
func verifyTC3(r *http.Request, body []byte, secretID, secretKey string) string {
	auth := r.Header.Get("Authorization")
	rest, ok := strings.CutPrefix(auth, "TC3-HMAC-SHA256 ")
	if !ok {
		return "Authorization is not TC3-HMAC-SHA256: " + auth
	}
	fields := map[string]string{}
	for _, f := range strings.Split(rest, ", ") {
		k, v, _ := strings.Cut(f, "=")
		fields[k] = v
	}
	cred := strings.Split(fields["Credential"], "/")
	if len(cred) != 4 || cred[0] != secretID || cred[2] != "tmt" || cred[3] != "tc3_request" {
		return "bad Credential " + fields["Credential"]
	}
	ts, err := strconv.ParseInt(r.Header.Get("X-TC-Timestamp"), 10, 64)
	if err != nil {
		return "bad X-TC-Timestamp"
	}
	date := time.Unix(ts, 0).UTC().Format("2006-01-02")
	if cred[1] != date {
		return "credential date " + cred[1] + " is not the UTC date " + date
	}
	signed := strings.Split(fields["SignedHeaders"], ";")
	if !sort.StringsAreSorted(signed) || !contains(signed, "content-type") || !contains(signed, "host") {
		return "SignedHeaders must be sorted and include content-type and host: " + fields["SignedHeaders"]
	}
	var canon string
	for _, h := range signed {
		v := r.Header.Get(h)
		if h == "host" {
			v = r.Host
		}
		canon += h + ":" + strings.ToLower(strings.TrimSpace(v)) + "\n"
	}
	ph := sha256.Sum256(body)
	creq := "POST\n/\n\n" + canon + "\n" + fields["SignedHeaders"] + "\n" + hex.EncodeToString(ph[:])
	ch := sha256.Sum256([]byte(creq))
	sts := fmt.Sprintf("TC3-HMAC-SHA256\n%d\n%s/tmt/tc3_request\n%s", ts, date, hex.EncodeToString(ch[:]))
	mac := func(key []byte, msg string) []byte {
		m := hmac.New(sha256.New, key)
		m.Write([]byte(msg))
		return m.Sum(nil)
	}
	k := mac(mac(mac([]byte("TC3"+secretKey), date), "tmt"), "tc3_request")
	if want := hex.EncodeToString(mac(k, sts)); fields["Signature"] != want {
		return "signature mismatch"
	}
	return ""
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// tencentServer answers like TMT after checking the signature and the
// common headers; answer gives the Response object for the action.
func tencentServer(t *testing.T, answer func(action string, m map[string]any) string) *Tencent {
	srv := server(t, func(t *testing.T, r *http.Request, body []byte) (int, http.Header, string) {
		if r.Method != http.MethodPost || r.URL.Path != "/" {
			t.Errorf("request %s %s, want POST /", r.Method, r.URL.Path)
		}
		if r.Host != "tmt.tencentcloudapi.com" {
			t.Errorf("Host = %q", r.Host)
		}
		if got := r.Header.Get("Content-Type"); got != "application/json; charset=utf-8" {
			t.Errorf("Content-Type = %q", got)
		}
		if r.Header.Get("X-TC-Version") != "2018-03-21" || r.Header.Get("X-TC-Region") != "ap-shanghai" {
			t.Errorf("X-TC-Version %q X-TC-Region %q", r.Header.Get("X-TC-Version"), r.Header.Get("X-TC-Region"))
		}
		if msg := verifyTC3(r, body, testSecretID, testSecretKey); msg != "" {
			return 200, nil, `{"Response":{"Error":{"Code":"AuthFailure.SignatureFailure","Message":"The provided credentials could not be validated. ` + msg + `"},"RequestId":"r-1"}}`
		}
		return 200, nil, answer(r.Header.Get("X-TC-Action"), decodeBody(t, body))
	})
	return NewTencent(testSecretID, testSecretKey, "ap-shanghai", Options{BaseURL: srv.URL, Now: func() time.Time { return time.Unix(1551113065, 0) }})
}

func TestTencentSignsTextTranslateAndReadsTheAnswer(t *testing.T) {
	p := tencentServer(t, func(action string, m map[string]any) string {
		if action != "TextTranslate" {
			t.Errorf("action = %s", action)
		}
		if m["SourceText"] != "Hello, where is my refund?" || m["Source"] != "auto" || m["Target"] != "zh" || m["ProjectId"] != float64(0) {
			t.Errorf("body = %v", m)
		}
		return `{"Response":{"TargetText":"你好，我的退款在哪里？","Source":"en","Target":"zh","RequestId":"000ee211-e5f2-4b2c-9bd3-6b5d4a2d0d34"}}`
	})
	got, err := p.Translate(bg, []string{"Hello, where is my refund?"}, "", "zh")
	if err != nil {
		t.Fatal(err)
	}
	if got[0] != (Translation{Text: "你好，我的退款在哪里？", DetectedSource: "en"}) {
		t.Fatalf("got %+v", got)
	}
}

func TestTencentBatchesSeveralTexts(t *testing.T) {
	p := tencentServer(t, func(action string, m map[string]any) string {
		if action != "TextTranslateBatch" || m["Source"] != "zh" || m["Target"] != "th" {
			t.Errorf("action %s body %v", action, m)
		}
		if list, _ := m["SourceTextList"].([]any); len(list) != 2 {
			t.Errorf("SourceTextList = %v", m["SourceTextList"])
		}
		return `{"Response":{"TargetTextList":["สวัสดี","ขอบคุณ"],"Source":"zh","Target":"th","RequestId":"r-2"}}`
	})
	got, err := p.Translate(bg, []string{"你好", "谢谢"}, "zh", "th")
	if err != nil || len(got) != 2 || got[1].Text != "ขอบคุณ" || got[1].DetectedSource != "zh" {
		t.Fatalf("got %+v, %v", got, err)
	}
}

// A wrong key fails the signature check of the test server, which answers
// as Tencent does: HTTP 200 with an error object.
func TestTencentReportsAuthFailure(t *testing.T) {
	p := tencentServer(t, func(string, map[string]any) string { return `{}` })
	p.signer.secretKey = "wrong"
	_, err := p.Translate(bg, []string{"hi"}, "", "zh")
	pe := wantProviderError(t, err, NameTencent, 0, false)
	if pe.Code != "AuthFailure.SignatureFailure" || !strings.Contains(pe.Message, "KEFU_TENCENT_SECRET_KEY") {
		t.Fatalf("error = %+v", pe)
	}
}

func TestTencentErrorCodes(t *testing.T) {
	for _, tc := range []struct {
		code      string
		retryable bool
	}{
		{"RequestLimitExceeded", true},
		{"InternalError.BackendTimeout", true},
		{"FailedOperation.NoFreeAmount", false},
		{"UnsupportedOperation.UnSupportedTargetLanguage", false},
	} {
		p := tencentServer(t, func(string, map[string]any) string {
			return `{"Response":{"Error":{"Code":"` + tc.code + `","Message":"本月免费额度已经用完"},"RequestId":"r-3"}}`
		})
		_, err := p.Translate(bg, []string{"hi"}, "", "zh")
		pe := wantProviderError(t, err, NameTencent, 0, tc.retryable)
		if pe.Code != tc.code || !strings.Contains(pe.Error(), "本月免费额度已经用完") {
			t.Errorf("%s: error %q", tc.code, pe.Error())
		}
	}
}

func TestTencentMapsTraditionalChineseAndRefusesDutch(t *testing.T) {
	p := tencentServer(t, func(action string, m map[string]any) string {
		if m["Target"] != "zh-TW" {
			t.Errorf("Target = %v", m["Target"])
		}
		return `{"Response":{"TargetText":"謝謝","Source":"en","Target":"zh-TW","RequestId":"r-4"}}`
	})
	if _, err := p.Translate(bg, []string{"thanks"}, "", "zh-Hant"); err != nil {
		t.Fatal(err)
	}
	_, err := p.Translate(bg, []string{"thanks"}, "", "nl")
	wantInvalid(t, err, "target", "tencent cannot translate to nl")
}
