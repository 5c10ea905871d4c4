package stripe

import (
	"bytes"
	"encoding/hex"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stripe/stripe-go/v85/webhook"

	"kefu"
)

const (
	testSecret    = "whsec_test_5WbX5kEWLlfzsGNjH64I8lOOqUB6e8FH"
	testSecretOld = "whsec_test_old_4eC39HqLyjWDarjtT1zdp7dc"
)

// signed returns a Stripe-Signature header made by stripe-go itself, the
// independent peer our verifier must agree with.
func signed(t testing.TB, body []byte, secret string, at time.Time) string {
	t.Helper()
	return webhook.GenerateTestSignedPayload(&webhook.UnsignedPayload{
		Payload: body, Secret: secret, Timestamp: at, Scheme: "v1",
	}).Header
}

// v1Of returns the hex v1 signature stripe-go computes, for building
// multi-signature headers.
func v1Of(body []byte, secret string, at time.Time) string {
	return hex.EncodeToString(webhook.ComputeSignature(at, body, secret))
}

func readFixture(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestVerifySignature(t *testing.T) {
	body := readFixture(t, "charge.dispute.created.json")
	now := time.Unix(1_790_000_000, 0).UTC()
	ts := strconv.FormatInt(now.Unix(), 10)
	good := signed(t, body, testSecret, now)
	goodV1 := v1Of(body, testSecret, now)
	secrets := []string{testSecret}

	tests := []struct {
		name    string
		header  string
		body    []byte
		secrets []string
		now     time.Time
		reason  string // "" = accepted
		message string
	}{
		{name: "stripe-go signed payload is accepted", header: good},
		{name: "tampered body is rejected", header: good, body: append(bytes.Clone(body), ' '), reason: ReasonMismatch, message: msgMismatch},
		{name: "wrong secret is rejected", header: good, secrets: []string{"whsec_other"}, reason: ReasonMismatch, message: msgMismatch},
		{name: "exactly 300s old is accepted", header: good, now: now.Add(300 * time.Second)},
		{name: "301s old is stale", header: good, now: now.Add(301 * time.Second), reason: ReasonStaleTimestamp, message: "timestamp is 301s old, tolerance 300s"},
		{name: "412s old is stale", header: good, now: now.Add(412 * time.Second), reason: ReasonStaleTimestamp, message: "timestamp is 412s old, tolerance 300s"},
		{name: "part of a second past tolerance is stale, rounded up", header: good, now: now.Add(300*time.Second + 400*time.Millisecond), reason: ReasonStaleTimestamp, message: "timestamp is 301s old, tolerance 300s"},
		{name: "301s in the future is rejected", header: good, now: now.Add(-301 * time.Second), reason: ReasonFutureTimestamp, message: "timestamp is 301s in the future, tolerance 300s"},
		{name: "300s in the future is accepted", header: good, now: now.Add(-300 * time.Second)},
		{name: "rotation: second secret matches", header: good, secrets: []string{testSecretOld, testSecret}},
		{name: "rotation: header signed with both secrets, we hold the new one", header: "t=" + ts + ",v1=" + v1Of(body, testSecretOld, now) + ",v1=" + goodV1},
		{name: "extra v0 is ignored", header: good + ",v0=" + strings.Repeat("ab", 32)},
		{name: "v0 alone does not count", header: "t=" + ts + ",v0=" + goodV1, reason: ReasonNoV1, message: msgNoV1},
		{name: "multiple v1, last valid", header: "t=" + ts + ",v1=" + strings.Repeat("00", 32) + ",v1=nothex,v1=" + goodV1},
		{name: "unknown keys and bare items are ignored", header: "t=" + ts + ",foo=bar,junk,v1=" + goodV1},
		{name: "upper-case hex decodes like stripe-go", header: "t=" + ts + ",v1=" + strings.ToUpper(goodV1)},
		{name: "truncated v1 never matches", header: "t=" + ts + ",v1=" + goodV1[:62], reason: ReasonMismatch, message: msgMismatch},
		{name: "signature for another timestamp is rejected", header: "t=" + strconv.FormatInt(now.Unix()+1, 10) + ",v1=" + goodV1, reason: ReasonMismatch, message: msgMismatch},
		{name: "missing header", header: "", reason: ReasonMissingHeader, message: msgMissingHeader},
		{name: "garbage header has no timestamp", header: "garbage", reason: ReasonMalformedHeader, message: msgNoTimestamp},
		{name: "v1 without timestamp", header: "v1=" + goodV1, reason: ReasonMalformedHeader, message: msgNoTimestamp},
		{name: "timestamp not a number", header: "t=abc,v1=" + goodV1, reason: ReasonMalformedHeader, message: msgBadTimestamp},
		{name: "empty timestamp", header: "t=,v1=" + goodV1, reason: ReasonMalformedHeader, message: msgBadTimestamp},
		{name: "timestamp overflowing int64", header: "t=99999999999999999999,v1=" + goodV1, reason: ReasonMalformedHeader, message: msgBadTimestamp},
		{name: "two timestamps are ambiguous", header: "t=" + ts + ",t=" + ts + ",v1=" + goodV1, reason: ReasonMalformedHeader, message: msgTwoTimestamps},
		{name: "timestamp without v1", header: "t=" + ts, reason: ReasonNoV1, message: msgNoV1},
		{name: "spaces are not trimmed, as in Stripe's libraries", header: "t=" + ts + ", v1=" + goodV1, reason: ReasonNoV1, message: msgNoV1},
		{name: "header over 8 KiB", header: good + ",x=" + strings.Repeat("a", 8<<10), reason: ReasonMalformedHeader, message: msgHeaderTooLong},
		{name: "17 v1 entries", header: "t=" + ts + strings.Repeat(",v1="+goodV1, 17), reason: ReasonMalformedHeader, message: msgTooManyV1},
		{name: "16 v1 entries are fine", header: "t=" + ts + strings.Repeat(",v1="+goodV1, 16)},
		{name: "no secrets configured", header: good, secrets: []string{}, reason: ReasonNoSecret, message: msgNoSecret},
		{name: "empty secret never verifies", header: signed(t, body, "", now), secrets: []string{""}, reason: ReasonNoSecret, message: msgNoSecret},
		{name: "empty secret beside a real one is skipped", header: signed(t, body, "", now), secrets: []string{"", testSecret}, reason: ReasonMismatch, message: msgMismatch},
		{name: "far-future timestamp does not overflow into now", header: "t=9223372036854775807,v1=" + v1Of(body, testSecret, time.Unix(9223372036854775807, 0)), reason: ReasonFutureTimestamp},
		{name: "far-past timestamp does not overflow into now", header: "t=-9223372036854775808,v1=" + v1Of(body, testSecret, time.Unix(-9223372036854775808, 0)), reason: ReasonStaleTimestamp},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, s, n := body, secrets, now
			if tt.body != nil {
				b = tt.body
			}
			if tt.secrets != nil {
				s = tt.secrets
			}
			if !tt.now.IsZero() {
				n = tt.now
			}
			err := VerifySignature(tt.header, b, s, DefaultTolerance, n)
			if got := Reason(err); got != tt.reason {
				t.Fatalf("Reason = %q, want %q (err %v)", got, tt.reason, err)
			}
			if err == nil {
				return
			}
			e, ok := err.(*kefu.Error)
			if !ok || e.Code != kefu.EINVALID {
				t.Fatalf("err = %#v, want *kefu.Error with code %s", err, kefu.EINVALID)
			}
			if tt.message != "" && e.Message != tt.message {
				t.Errorf("message = %q, want %q", e.Message, tt.message)
			}
			for _, secret := range s {
				if secret != "" && strings.Contains(err.Error(), secret) {
					t.Errorf("error %q echoes a secret", err)
				}
			}
		})
	}
}

// TestVerifySignatureAgreesWithStripeGo runs stripe-go's own verifier over
// the same fresh payloads: wherever both apply (a fresh timestamp, one
// secret) they must give the same verdict.
func TestVerifySignatureAgreesWithStripeGo(t *testing.T) {
	now := time.Now()
	for _, name := range fixtureNames(t) {
		body := readFixture(t, name)
		good := signed(t, body, testSecret, now)
		cases := []struct {
			name   string
			header string
			body   []byte
			secret string
		}{
			{"valid", good, body, testSecret},
			{"valid with v0", good + ",v0=" + strings.Repeat("cd", 32), body, testSecret},
			{"tampered", good, append(bytes.Clone(body), '\n'), testSecret},
			{"wrong secret", good, body, testSecretOld},
			{"stale", signed(t, body, testSecret, now.Add(-10*time.Minute)), body, testSecret},
			{"no v1", "t=" + strconv.FormatInt(now.Unix(), 10), body, testSecret},
		}
		for _, c := range cases {
			_, theirs := webhook.ConstructEventWithOptions(c.body, c.header, c.secret,
				webhook.ConstructEventOptions{IgnoreAPIVersionMismatch: true})
			ours := VerifySignature(c.header, c.body, []string{c.secret}, DefaultTolerance, now)
			if (theirs == nil) != (ours == nil) {
				t.Errorf("%s/%s: stripe-go says %v, we say %v", name, c.name, theirs, ours)
			}
		}
	}
}

// FuzzVerifySignature checks that VerifySignature never panics and never
// accepts a header unless an independently computed HMAC (stripe-go's
// ComputeSignature) appears among its v1 values for its timestamp.
func FuzzVerifySignature(f *testing.F) {
	now := time.Unix(1_790_000_000, 0)
	body := []byte(`{"id":"evt_1","object":"event"}`)
	f.Add(signed(f, body, testSecret, now), body, testSecret)
	f.Add(signed(f, body, testSecret, now)+",v0=00", body, testSecret)
	f.Add("t=1790000000,v1=00,v1=zz,t=1", body, testSecret)
	f.Add("t=,v1=", []byte{}, "")
	f.Add(",,,=,t==1,v1==", body, "whsec_x")
	f.Fuzz(func(t *testing.T, header string, payload []byte, secret string) {
		err := VerifySignature(header, payload, []string{secret}, DefaultTolerance, now)
		if err == nil && !oracleAccepts(header, payload, secret, now) {
			t.Fatalf("accepted header %q without a matching HMAC", header)
		}
		if err != nil && Reason(err) == "" {
			t.Fatalf("error %v has no reason", err)
		}
	})
}

// oracleAccepts is a deliberately naive reading of Stripe's scheme.
func oracleAccepts(header string, payload []byte, secret string, now time.Time) bool {
	if secret == "" {
		return false
	}
	var ts []int64
	var sigs [][]byte
	for _, item := range strings.Split(header, ",") {
		if v, ok := strings.CutPrefix(item, "t="); ok {
			n, err := strconv.ParseInt(v, 10, 64)
			if err != nil {
				return false
			}
			ts = append(ts, n)
		} else if v, ok := strings.CutPrefix(item, "v1="); ok {
			if b, err := hex.DecodeString(v); err == nil {
				sigs = append(sigs, b)
			}
		}
	}
	if len(ts) != 1 || ts[0] < now.Unix()-300 || ts[0] > now.Unix()+300 {
		return false
	}
	want := webhook.ComputeSignature(time.Unix(ts[0], 0), payload, secret)
	for _, s := range sigs {
		if bytes.Equal(s, want) {
			return true
		}
	}
	return false
}

func BenchmarkVerifySignature(b *testing.B) {
	body := bytes.Repeat([]byte(`{"k":"v"},`), 205)[:2048]
	now := time.Now()
	header := signed(b, body, testSecret, now)
	b.SetBytes(int64(len(body)))
	b.ReportAllocs()
	for b.Loop() {
		if err := VerifySignature(header, body, []string{testSecret}, DefaultTolerance, now); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkVerifySignatureRotation(b *testing.B) {
	body := bytes.Repeat([]byte(`{"k":"v"},`), 205)[:2048]
	now := time.Now()
	header := signed(b, body, testSecret, now)
	secrets := []string{testSecretOld, testSecret}
	b.SetBytes(int64(len(body)))
	b.ReportAllocs()
	for b.Loop() {
		if err := VerifySignature(header, body, secrets, DefaultTolerance, now); err != nil {
			b.Fatal(err)
		}
	}
}
