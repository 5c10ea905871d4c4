package shopee

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"strings"

	"kefu"
)

// Why a push was rejected, as a low-cardinality label for metrics.
const (
	ReasonMissingHeader   = "missing_header"
	ReasonMalformedHeader = "malformed_header"
	ReasonMismatch        = "mismatch"
	ReasonNoSecret        = "no_secret"
)

// Verification is what a verified push records in ingest.Event.Verification.
const Verification = "shopee-push:hmac-sha256"

// verifyError is a *kefu.Error that also carries the metrics reason, so
// callers keep one error value and still get a label without parsing text.
type verifyError struct {
	reason string
	err    *kefu.Error
}

func (e *verifyError) Error() string { return e.err.Error() }
func (e *verifyError) Unwrap() error { return e.err }

func rejected(reason, format string, args ...any) error {
	return &verifyError{reason: reason, err: kefu.Invalid("Authorization", format, args...)}
}

// VerifyPush checks the Authorization header of a Shopee Open Platform push:
// hex(HMAC-SHA256(partner_key, callback_url + "|" + raw_body)). callbackURL
// must be the exact URL registered with Shopee (scheme, host, path, query),
// because Shopee signs that string, not the URL the request arrived on —
// a proxy rewriting the path must not change what is verified.
//
// Every failure is a *kefu.Error with code EINVALID; Reason labels it.
func VerifyPush(authorization string, callbackURL string, body []byte, partnerKey string) error {
	if partnerKey == "" {
		return &verifyError{reason: ReasonNoSecret,
			err: kefu.Errorf(kefu.EINVALID, "no Shopee partner key is configured for this store")}
	}
	authorization = strings.TrimSpace(authorization)
	if authorization == "" {
		return rejected(ReasonMissingHeader, "missing Authorization header")
	}
	got, err := hex.DecodeString(authorization)
	if err != nil {
		return rejected(ReasonMalformedHeader, "Authorization is not hex")
	}
	if len(got) != sha256.Size {
		return rejected(ReasonMalformedHeader, "Authorization is not hex of a 32-byte HMAC-SHA256 (got %d bytes)", len(got))
	}
	// hmac.Equal compares in constant time: a byte-by-byte early exit would
	// let a caller learn the expected signature one byte at a time.
	if !hmac.Equal(got, mac(callbackURL, body, partnerKey)) {
		return rejected(ReasonMismatch, "signature does not match the partner key for this store")
	}
	return nil
}

// Sign returns the Authorization value Shopee sends with body, for tests
// and for a "send test push" button that exercises the real receiver.
func Sign(callbackURL string, body []byte, partnerKey string) string {
	return hex.EncodeToString(mac(callbackURL, body, partnerKey))
}

func mac(callbackURL string, body []byte, partnerKey string) []byte {
	m := hmac.New(sha256.New, []byte(partnerKey))
	m.Write([]byte(callbackURL))
	m.Write([]byte{'|'})
	m.Write(body)
	return m.Sum(nil)
}

// Reason returns the metrics label of a VerifyPush error: one of the
// Reason constants, "" for nil and "other" for any other error.
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
