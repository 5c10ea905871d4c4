package hookspec

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"fmt"
	"net/http"
	"strings"
	"testing"
	"time"

	"kefu"
)

// The vector published with the spec's reference libraries
// (standard-webhooks/standard-webhooks, libraries/go/webhook_test.go).
func TestSignMatchesStandardWebhooksPublishedVector(t *testing.T) {
	got, err := Sign("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "msg_p5jXN8AQM9LWM0D4loKWxJek",
		time.Unix(1614265330, 0), []byte(`{"test": 2432232314}`))
	if err != nil {
		t.Fatal(err)
	}
	if want := "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="; got != want {
		t.Fatalf("Sign = %s, want %s", got, want)
	}
}

const (
	secret1 = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
	secret2 = "whsec_c2Vjb25kLXNlY3JldC1mb3Itcm90YXRpb24tdGVzdHM="
)

// sig computes a v1 signature by hand, independently of Sign.
func sig(secret, id string, ts int64, body string) string {
	key, err := base64.StdEncoding.DecodeString(strings.TrimPrefix(secret, "whsec_"))
	if err != nil {
		panic(err)
	}
	m := hmac.New(sha256.New, key)
	m.Write([]byte(fmt.Sprintf("%s.%d.%s", id, ts, body)))
	return "v1," + base64.StdEncoding.EncodeToString(m.Sum(nil))
}

func headers(id, ts, signature string) http.Header {
	h := http.Header{}
	for k, v := range map[string]string{HeaderID: id, HeaderTimestamp: ts, HeaderSignature: signature} {
		if v != "" {
			h.Set(k, v)
		}
	}
	return h
}

func TestVerify(t *testing.T) {
	now := time.Unix(1767225600, 0) // 2026-01-01T00:00:00Z
	ts := now.Unix()
	tsText := fmt.Sprint(ts)
	id := "msg_2KWPBgLlAfxdpx2AI54pPJ85f4W"
	body := `{"type":"notice","notice":{"kind":"refund_event","subject":"s","text":"t"}}`
	good := sig(secret1, id, ts, body)
	other := sig(secret2, id, ts, body)
	tests := []struct {
		name    string
		h       http.Header
		body    string
		secrets []string
		reason  string
		field   string
		message string
	}{
		{"valid", headers(id, tsText, good), body, []string{secret1}, "", "", ""},
		{"secret without whsec_ prefix", headers(id, tsText, good), body, []string{strings.TrimPrefix(secret1, "whsec_")}, "", "", ""},
		{"rotation: second secret matches", headers(id, tsText, good), body, []string{secret2, secret1}, "", "", ""},
		{"rotation: bad secret beside a good one", headers(id, tsText, good), body, []string{"not base64!", secret1}, "", "", ""},
		{"sender signs with old and new", headers(id, tsText, other+" "+good), body, []string{secret1}, "", "", ""},
		{"other versions are ignored", headers(id, tsText, "v1a,hnO3f9T8Ytu9HwrXslvumlUpqtNVqkhqw/enGzPCXe5BdqzCInXqYXFymVJaA7AZdpXwVLPo3mNl8EM+m7TBAg== v2,abc "+good), body, []string{secret1}, "", "", ""},
		{"undecodable v1 beside a good one", headers(id, tsText, "v1,%%% "+good), body, []string{secret1}, "", "", ""},
		{"4m59s old", headers(id, fmt.Sprint(ts-299), sig(secret1, id, ts-299, body)), body, []string{secret1}, "", "", ""},
		{"4m59s ahead", headers(id, fmt.Sprint(ts+299), sig(secret1, id, ts+299, body)), body, []string{secret1}, "", "", ""},

		{"tampered body", headers(id, tsText, good), strings.Replace(body, "refund_event", "review_alert", 1), []string{secret1}, ReasonMismatch, HeaderSignature, "no signature matches this store's webhook secret"},
		{"wrong secret", headers(id, tsText, other), body, []string{secret1}, ReasonMismatch, HeaderSignature, "no signature matches this store's webhook secret"},
		{"id swapped", headers("msg_other", tsText, good), body, []string{secret1}, ReasonMismatch, HeaderSignature, "no signature matches this store's webhook secret"},
		{"timestamp swapped", headers(id, fmt.Sprint(ts+1), good), body, []string{secret1}, ReasonMismatch, HeaderSignature, "no signature matches this store's webhook secret"},
		{"signature of raw secret text", headers(id, tsText, hexlessRawSig(secret1, id, ts, body)), body, []string{secret1}, ReasonMismatch, HeaderSignature, "no signature matches this store's webhook secret"},
		{"stale", headers(id, fmt.Sprint(ts-301), sig(secret1, id, ts-301, body)), body, []string{secret1}, ReasonStaleTimestamp, HeaderTimestamp, "webhook-timestamp is 5m1s old, more than the 5m0s allowed; the request may be a replay"},
		{"future", headers(id, fmt.Sprint(ts+3600), sig(secret1, id, ts+3600, body)), body, []string{secret1}, ReasonFutureTimestamp, HeaderTimestamp, "webhook-timestamp is 1h0m0s in the future, more than the 5m0s allowed; check the sender's clock"},
		{"missing id", headers("", tsText, good), body, []string{secret1}, ReasonMissingHeader, HeaderID, "missing webhook-id header"},
		{"missing timestamp", headers(id, "", good), body, []string{secret1}, ReasonMissingHeader, HeaderTimestamp, "missing webhook-timestamp header"},
		{"missing signature", headers(id, tsText, ""), body, []string{secret1}, ReasonMissingHeader, HeaderSignature, "missing webhook-signature header"},
		{"timestamp in milliseconds", headers(id, fmt.Sprint(ts*1000), good), body, []string{secret1}, ReasonMalformedHeader, HeaderTimestamp, "webhook-timestamp must be integer Unix seconds"},
		{"timestamp with sign", headers(id, "+"+tsText, good), body, []string{secret1}, ReasonMalformedHeader, HeaderTimestamp, "webhook-timestamp must be integer Unix seconds"},
		{"timestamp as date", headers(id, "2026-01-01T00:00:00Z", good), body, []string{secret1}, ReasonMalformedHeader, HeaderTimestamp, "webhook-timestamp must be integer Unix seconds"},
		{"id with dot", headers("msg.1", tsText, good), body, []string{secret1}, ReasonMalformedHeader, HeaderID, "webhook-id must be printable ASCII without spaces or '.'"},
		{"id too long", headers(strings.Repeat("a", 256), tsText, good), body, []string{secret1}, ReasonMalformedHeader, HeaderID, "webhook-id must be 1–255 characters"},
		{"only v1a signatures", headers(id, tsText, "v1a,hnO3f9T8Ytu9HwrXslvumlUpqtNVqkhqw/enGzPCXe5BdqzCInXqYXFymVJaA7AZdpXwVLPo3mNl8EM+m7TBAg=="), body, []string{secret1}, ReasonMalformedHeader, HeaderSignature, `webhook-signature has no "v1,<base64>" signature`},
		{"v1 not base64", headers(id, tsText, "v1,!!!"), body, []string{secret1}, ReasonMalformedHeader, HeaderSignature, `webhook-signature has no "v1,<base64>" signature`},
		{"hex instead of base64", headers(id, tsText, "v1,"+strings.Repeat("ab", 32)), body, []string{secret1}, ReasonMalformedHeader, HeaderSignature, `webhook-signature has no "v1,<base64>" signature`},
		{"no secrets", headers(id, tsText, good), body, nil, ReasonNoSecret, "", "no usable webhook secret (whsec_…) is configured for this store"},
		{"only malformed secrets", headers(id, tsText, good), body, []string{"", "whsec_", "whsec_***"}, ReasonNoSecret, "", "no usable webhook secret (whsec_…) is configured for this store"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			gotID, err := Verify(tt.h, []byte(tt.body), tt.secrets, 0, now)
			if got := Reason(err); got != tt.reason {
				t.Fatalf("Reason = %q, want %q (err %v)", got, tt.reason, err)
			}
			if tt.reason == "" {
				if gotID != tt.h.Get(HeaderID) {
					t.Errorf("msgID = %q", gotID)
				}
				return
			}
			if gotID != "" {
				t.Errorf("a rejected request must not return an id, got %q", gotID)
			}
			if kefu.ErrorCode(err) != kefu.EINVALID || kefu.ErrorField(err) != tt.field || kefu.ErrorMessage(err) != tt.message {
				t.Errorf("got %v (field %q), want %q on %q", err, kefu.ErrorField(err), tt.message, tt.field)
			}
		})
	}
}

// hexlessRawSig signs with the secret's text instead of its decoded bytes,
// the most common sender mistake; it must not verify.
func hexlessRawSig(secret, id string, ts int64, body string) string {
	m := hmac.New(sha256.New, []byte(secret))
	m.Write([]byte(fmt.Sprintf("%s.%d.%s", id, ts, body)))
	return "v1," + base64.StdEncoding.EncodeToString(m.Sum(nil))
}

func TestVerifyHonoursCustomTolerance(t *testing.T) {
	now := time.Unix(1767225600, 0)
	ts := now.Unix() - 120
	h := headers("msg_1", fmt.Sprint(ts), sig(secret1, "msg_1", ts, "{}"))
	if _, err := Verify(h, []byte("{}"), []string{secret1}, time.Minute, now); Reason(err) != ReasonStaleTimestamp {
		t.Fatalf("2 minutes old with 1 minute tolerance: %v", err)
	}
	if _, err := Verify(h, []byte("{}"), []string{secret1}, 0, now); err != nil {
		t.Fatalf("default tolerance: %v", err)
	}
}

func TestSignThenVerifyRoundTrip(t *testing.T) {
	s, err := NewSecret()
	if err != nil {
		t.Fatal(err)
	}
	key, err := ParseSecret(s)
	if err != nil || len(key) != 32 || !strings.HasPrefix(s, "whsec_") {
		t.Fatalf("NewSecret = %q (%d bytes, %v)", s, len(key), err)
	}
	now := time.Now()
	signature, err := Sign(s, "msg_test", now, []byte(`{"type":"notice"}`))
	if err != nil {
		t.Fatal(err)
	}
	if signature != sig(s, "msg_test", now.Unix(), `{"type":"notice"}`) {
		t.Fatal("Sign disagrees with the independent computation")
	}
	h := headers("msg_test", fmt.Sprint(now.Unix()), signature)
	if id, err := Verify(h, []byte(`{"type":"notice"}`), []string{s}, 0, now); err != nil || id != "msg_test" {
		t.Fatalf("Verify = %q, %v", id, err)
	}
}

func TestSignRejectsBadSecretAndID(t *testing.T) {
	if _, err := Sign("whsec_%%%", "msg", time.Now(), nil); kefu.ErrorField(err) != "secret" {
		t.Errorf("bad secret: %v", err)
	}
	if _, err := Sign(secret1, "", time.Now(), nil); kefu.ErrorField(err) != HeaderID {
		t.Errorf("empty id: %v", err)
	}
}

func TestParseSecret(t *testing.T) {
	for _, s := range []string{"", "whsec_", "whsec_not base64", "plain-text-secret"} {
		if _, err := ParseSecret(s); kefu.ErrorCode(err) != kefu.EINVALID {
			t.Errorf("ParseSecret(%q) = %v, want EINVALID", s, err)
		}
	}
	if k, err := ParseSecret(" " + secret2 + "\n"); err != nil || string(k) != "second-secret-for-rotation-tests" {
		t.Errorf("ParseSecret(secret2) = %q, %v", k, err)
	}
}

func TestReasonOfNilAndForeignErrors(t *testing.T) {
	if Reason(nil) != "" || Reason(fmt.Errorf("x")) != "other" {
		t.Fatal("Reason must be empty for nil and other for foreign errors")
	}
}
