package shopee

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"testing"

	"kefu"
)

const (
	testURL = "https://kefu.example.com/hooks/shopee/th-main"
	testKey = "4d6a5a7a4c6f7a4f53616d706c654b65795f666f725f746573747321"
)

// sign is computed here by hand, independently of the package, so a bug
// in Sign cannot hide itself by agreeing with VerifyPush.
func sign(url, body, key string) string {
	m := hmac.New(sha256.New, []byte(key))
	m.Write([]byte(url + "|" + body))
	return hex.EncodeToString(m.Sum(nil))
}

func TestVerifyPushAcceptsShopeeSignatureAndRejectsEverythingElse(t *testing.T) {
	body := `{"data":{"ordersn":"240611K7QW3M2T","status":"READY_TO_SHIP","update_time":1718083215},"shop_id":823411907,"code":3,"timestamp":1718083216}`
	good := sign(testURL, body, testKey)
	tests := []struct {
		name, auth, url, body, key string
		reason, message            string
	}{
		{"valid", good, testURL, body, testKey, "", ""},
		{"valid upper-case hex", strings.ToUpper(good), testURL, body, testKey, "", ""},
		{"valid with surrounding space", " " + good + "\t", testURL, body, testKey, "", ""},
		{"tampered body", good, testURL, strings.Replace(body, "READY_TO_SHIP", "CANCELLED", 1), testKey, ReasonMismatch, "signature does not match the partner key for this store"},
		{"wrong key", sign(testURL, body, "another-partner-key"), testURL, body, testKey, ReasonMismatch, "signature does not match the partner key for this store"},
		{"other callback url", good, testURL + "/", body, testKey, ReasonMismatch, "signature does not match the partner key for this store"},
		{"signed without separator", hexMAC(testURL+body, testKey), testURL, body, testKey, ReasonMismatch, "signature does not match the partner key for this store"},
		{"missing header", "", testURL, body, testKey, ReasonMissingHeader, "missing Authorization header"},
		{"blank header", "   ", testURL, body, testKey, ReasonMissingHeader, "missing Authorization header"},
		{"garbage header", "Bearer abc.def", testURL, body, testKey, ReasonMalformedHeader, "Authorization is not hex"},
		{"odd-length hex", good[:63], testURL, body, testKey, ReasonMalformedHeader, "Authorization is not hex"},
		{"truncated signature", good[:62], testURL, body, testKey, ReasonMalformedHeader, "Authorization is not hex of a 32-byte HMAC-SHA256 (got 31 bytes)"},
		{"no partner key", good, testURL, body, "", ReasonNoSecret, "no Shopee partner key is configured for this store"},
		{"empty body signed", sign(testURL, "", testKey), testURL, "", testKey, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := VerifyPush(tt.auth, tt.url, []byte(tt.body), tt.key)
			if got := Reason(err); got != tt.reason {
				t.Fatalf("Reason = %q, want %q (err %v)", got, tt.reason, err)
			}
			if tt.reason == "" {
				return
			}
			if kefu.ErrorCode(err) != kefu.EINVALID {
				t.Errorf("code = %q, want %q", kefu.ErrorCode(err), kefu.EINVALID)
			}
			if got := kefu.ErrorMessage(err); got != tt.message {
				t.Errorf("message = %q, want %q", got, tt.message)
			}
		})
	}
}

func hexMAC(msg, key string) string {
	m := hmac.New(sha256.New, []byte(key))
	m.Write([]byte(msg))
	return hex.EncodeToString(m.Sum(nil))
}

func TestSignMatchesIndependentHMAC(t *testing.T) {
	body := []byte(`{"code":10}`)
	if got, want := Sign(testURL, body, testKey), sign(testURL, string(body), testKey); got != want {
		t.Fatalf("Sign = %s, want %s", got, want)
	}
}

func TestReasonOfNilAndForeignErrors(t *testing.T) {
	if Reason(nil) != "" {
		t.Error("Reason(nil) must be empty")
	}
	if Reason(kefu.Invalid("x", "y")) != "other" {
		t.Error("Reason of an unrelated error must be other")
	}
}
