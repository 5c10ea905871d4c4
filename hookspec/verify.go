// Package hookspec receives kefu's generic signed webhooks
// ("POST /hooks/generic/{store}"), the door for anything without a
// dedicated integration: UQPAY, an ERP, a Shopify Flow, a script. Senders
// sign per Standard Webhooks (https://www.standardwebhooks.com, the
// symmetric v1 scheme) and send one Envelope of kefu's documented schema.
package hookspec

import (
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"time"

	"kefu"
)

// Standard Webhooks headers.
const (
	HeaderID        = "webhook-id"
	HeaderTimestamp = "webhook-timestamp"
	HeaderSignature = "webhook-signature"
)

// Verification is what a verified event records in ingest.Event.Verification.
const Verification = "standard-webhooks:v1"

// DefaultTolerance is how far webhook-timestamp may be from now, either
// way, as the spec's reference libraries use: long enough for clock skew
// and a slow retry queue, short enough that a captured request cannot be
// replayed later.
const DefaultTolerance = 5 * time.Minute

// SecretPrefix marks a Standard Webhooks signing secret.
const SecretPrefix = "whsec_"

// maxIDLen bounds webhook-id, which becomes the ingest dedupe key.
const maxIDLen = 255

// Why a request was rejected, as a low-cardinality label for metrics.
const (
	ReasonMissingHeader   = "missing_header"
	ReasonMalformedHeader = "malformed_header"
	ReasonStaleTimestamp  = "stale_timestamp"
	ReasonFutureTimestamp = "future_timestamp"
	ReasonMismatch        = "mismatch"
	ReasonNoSecret        = "no_secret"
)

// verifyError is a *kefu.Error that also carries the metrics reason.
type verifyError struct {
	reason string
	err    *kefu.Error
}

func (e *verifyError) Error() string { return e.err.Error() }
func (e *verifyError) Unwrap() error { return e.err }

func rejected(reason, header, format string, args ...any) error {
	return &verifyError{reason: reason, err: kefu.Invalid(header, format, args...)}
}

// Reason returns the metrics label of a Verify error: one of the Reason
// constants, "" for nil and "other" for any other error.
func Reason(err error) string {
	var v *verifyError
	switch {
	case err == nil:
		return ""
	case errors.As(err, &v):
		return v.reason
	}
	return "other"
}

// ParseSecret decodes a signing secret: "whsec_" followed by standard
// base64 of the key bytes. Like the spec's reference libraries, the prefix
// is optional but the base64 is not — the key is the decoded bytes, never
// the text, so the same secret verifies here and at the sender.
func ParseSecret(secret string) ([]byte, error) {
	key, err := base64.StdEncoding.DecodeString(strings.TrimPrefix(strings.TrimSpace(secret), SecretPrefix))
	switch {
	case err != nil:
		return nil, kefu.Invalid("secret", "a webhook secret must be whsec_ followed by base64")
	case len(key) == 0:
		return nil, kefu.Invalid("secret", "a webhook secret cannot be empty")
	}
	return key, nil
}

// NewSecret returns a fresh secret of 32 random bytes, in whsec_ form
// (the spec asks for 24 to 64).
func NewSecret() (string, error) {
	key := make([]byte, 32)
	if _, err := rand.Read(key); err != nil {
		return "", err
	}
	return SecretPrefix + base64.StdEncoding.EncodeToString(key), nil
}

// Sign returns the webhook-signature value for a message: "v1," followed
// by base64(HMAC-SHA256(key, id.timestamp.body)). It is what a sender
// does, for tests and the admin's "send test event" button.
func Sign(secret string, msgID string, ts time.Time, body []byte) (string, error) {
	key, err := ParseSecret(secret)
	if err != nil {
		return "", err
	}
	if err := checkID(msgID); err != nil {
		return "", err
	}
	return "v1," + base64.StdEncoding.EncodeToString(mac(key, msgID, ts.Unix(), body)), nil
}

func mac(key []byte, msgID string, ts int64, body []byte) []byte {
	m := hmac.New(sha256.New, key)
	fmt.Fprintf(m, "%s.%d.", msgID, ts)
	m.Write(body)
	return m.Sum(nil)
}

// Verify authenticates a request and returns its webhook-id, the key to
// deduplicate redeliveries on. secrets are the store's current secrets in
// whsec_ form; several are tried so a secret can be rotated without
// downtime (the sender signs with old and new, or the store holds both).
// tolerance ≤ 0 means DefaultTolerance. Every failure is a *kefu.Error
// with code EINVALID naming the header at fault; Reason labels it.
func Verify(headers http.Header, body []byte, secrets []string, tolerance time.Duration, now time.Time) (msgID string, err error) {
	if tolerance <= 0 {
		tolerance = DefaultTolerance
	}
	var keys [][]byte
	for _, s := range secrets {
		// A malformed secret is a configuration mistake the admin form
		// should catch; here it is skipped so one bad entry does not
		// block the good ones during a rotation.
		if k, err := ParseSecret(s); err == nil {
			keys = append(keys, k)
		}
	}
	if len(keys) == 0 {
		return "", &verifyError{reason: ReasonNoSecret,
			err: kefu.Errorf(kefu.EINVALID, "no usable webhook secret (whsec_…) is configured for this store")}
	}
	msgID = headers.Get(HeaderID)
	tsText := headers.Get(HeaderTimestamp)
	sigText := headers.Get(HeaderSignature)
	for _, h := range []struct{ name, value string }{{HeaderID, msgID}, {HeaderTimestamp, tsText}, {HeaderSignature, sigText}} {
		if strings.TrimSpace(h.value) == "" {
			return "", rejected(ReasonMissingHeader, h.name, "missing %s header", h.name)
		}
	}
	if err := checkID(msgID); err != nil {
		return "", err
	}
	ts, err := parseTimestamp(tsText)
	if err != nil {
		return "", err
	}
	// The timestamp is checked before the signature, as the reference
	// libraries do: it is cheap, and a replay is what it catches.
	if d := now.Sub(time.Unix(ts, 0)); d > tolerance {
		return "", rejected(ReasonStaleTimestamp, HeaderTimestamp, "webhook-timestamp is %s old, more than the %s allowed; the request may be a replay", d.Round(time.Second), tolerance)
	} else if -d > tolerance {
		return "", rejected(ReasonFutureTimestamp, HeaderTimestamp, "webhook-timestamp is %s in the future, more than the %s allowed; check the sender's clock", (-d).Round(time.Second), tolerance)
	}
	sigs := v1Signatures(sigText)
	if len(sigs) == 0 {
		return "", rejected(ReasonMalformedHeader, HeaderSignature, `webhook-signature has no "v1,<base64>" signature`)
	}
	for _, k := range keys {
		want := mac(k, msgID, ts, body)
		for _, sig := range sigs {
			// Constant-time: an early exit would leak how many leading
			// bytes of a forged signature were right.
			if hmac.Equal(sig, want) {
				return msgID, nil
			}
		}
	}
	return "", rejected(ReasonMismatch, HeaderSignature, "no signature matches this store's webhook secret")
}

// v1Signatures decodes the v1 entries of a space-separated signature list.
// Other versions (v1a is Ed25519) are skipped, as the spec requires, and
// so are v1 entries that are not base64 of a 32-byte HMAC.
func v1Signatures(header string) [][]byte {
	var sigs [][]byte
	for _, entry := range strings.Fields(header) {
		version, sig, ok := strings.Cut(entry, ",")
		if !ok || version != "v1" {
			continue
		}
		if b, err := base64.StdEncoding.DecodeString(sig); err == nil && len(b) == sha256.Size {
			sigs = append(sigs, b)
		}
	}
	return sigs
}

// checkID rejects ids that cannot be a sane dedupe key. A '.' is refused
// as the spec asks: the signed content is "id.timestamp.body", and an id
// with dots lets a signature be re-split into a different id, timestamp
// and body that verify just the same.
func checkID(id string) error {
	if id == "" || len(id) > maxIDLen {
		return rejected(ReasonMalformedHeader, HeaderID, "webhook-id must be 1–%d characters", maxIDLen)
	}
	for i := 0; i < len(id); i++ {
		if id[i] <= ' ' || id[i] >= 0x7f || id[i] == '.' {
			return rejected(ReasonMalformedHeader, HeaderID, "webhook-id must be printable ASCII without spaces or '.'")
		}
	}
	return nil
}

// parseTimestamp reads integer Unix seconds; a sign, a fraction or
// milliseconds are malformed rather than silently misread.
func parseTimestamp(s string) (int64, error) {
	if len(s) > 12 || strings.Trim(s, "0123456789") != "" {
		return 0, rejected(ReasonMalformedHeader, HeaderTimestamp, "webhook-timestamp must be integer Unix seconds")
	}
	ts, err := strconv.ParseInt(s, 10, 64)
	if err != nil {
		return 0, rejected(ReasonMalformedHeader, HeaderTimestamp, "webhook-timestamp must be integer Unix seconds")
	}
	return ts, nil
}
