package stripe

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"strconv"
	"strings"
	"time"

	"kefu"
)

// DefaultTolerance is Stripe's own replay window for signed webhooks.
const DefaultTolerance = 300 * time.Second

// Limits on what a Stripe-Signature header may hold. Stripe sends one t
// and one v1 per active endpoint secret (two while a secret is rolled),
// so these are generous and only bound the work an attacker can cause.
const (
	maxSignatureHeaderLen = 8 << 10
	maxV1Signatures       = 16
)

// The messages are stable: Reason classifies errors by them, and none
// of them echoes a secret or a signature.
const (
	msgNoSecret       = "no endpoint secret configured for this store"
	msgMissingHeader  = "missing Stripe-Signature header"
	msgHeaderTooLong  = "Stripe-Signature is longer than 8192 bytes"
	msgNoTimestamp    = "Stripe-Signature has no timestamp"
	msgBadTimestamp   = "Stripe-Signature timestamp is not a number"
	msgTwoTimestamps  = "Stripe-Signature has more than one timestamp"
	msgTooManyV1      = "Stripe-Signature has more than 16 v1 signatures"
	msgNoV1           = "Stripe-Signature has no v1 signature"
	msgMismatch       = "no v1 signature matches any endpoint secret"
	suffixStale       = " old, tolerance "
	suffixFuture      = " in the future, tolerance "
	prefixOfTimestamp = "timestamp is "
)

// Reasons returned by Reason, usable as metric labels.
const (
	ReasonMissingHeader   = "missing_header"
	ReasonMalformedHeader = "malformed_header"
	ReasonNoV1            = "no_v1"
	ReasonStaleTimestamp  = "stale_timestamp"
	ReasonFutureTimestamp = "future_timestamp"
	ReasonMismatch        = "mismatch"
	ReasonNoSecret        = "no_secret"
)

// VerifySignature checks a Stripe-Signature header against the raw request
// body, following https://docs.stripe.com/webhooks#verify-manually: the
// header is split on ',' and each item on its first '='; only v1 entries
// count (v0 and unknown keys are ignored, as Stripe's libraries do); the
// expected value is HMAC-SHA256(secret, "<t>.<body>"), compared in
// constant time with every v1 under every secret, because Stripe signs
// with each active secret while one is rolled. The timestamp must lie
// within tolerance of now in both directions: stripe-go only rejects old
// ones, but a far-future t would let a captured request be replayed for
// as long as the clock skew allows. tolerance <= 0 means DefaultTolerance.
//
// The signature is checked before the timestamp so that a forged request
// is counted as a mismatch, not as stale. Errors are *kefu.Error with code
// EINVALID; Reason classifies them.
func VerifySignature(header string, payload []byte, secrets []string, tolerance time.Duration, now time.Time) error {
	if tolerance <= 0 {
		tolerance = DefaultTolerance
	}
	if !anySecret(secrets) {
		return sigError(msgNoSecret)
	}
	if header == "" {
		return sigError(msgMissingHeader)
	}
	if len(header) > maxSignatureHeaderLen {
		return sigError(msgHeaderTooLong)
	}
	var sh signedHeader
	if err := sh.parse(header); err != nil {
		return err
	}
	if !sh.matches(payload, secrets) {
		return sigError(msgMismatch)
	}
	return checkTimestamp(sh.timestamp, now, tolerance)
}

// checkTimestamp rejects t outside now ± tolerance. A t near ±2^63 would
// overflow Duration arithmetic (and -minDuration is still negative), so
// far-off values are measured as unsigned whole seconds instead.
func checkTimestamp(t int64, now time.Time, tolerance time.Duration) error {
	nowSec := now.Unix()
	future := t > nowSec
	dist := uint64(nowSec) - uint64(t)
	if future {
		dist = uint64(t) - uint64(nowSec)
	}
	tol := ceilSeconds(tolerance)
	if dist > 1<<32 { // over a century: no Duration needed to know
		return timestampError(future, dist, tol)
	}
	age := now.Sub(time.Unix(t, 0))
	switch {
	case age > tolerance:
		return timestampError(false, uint64(ceilSeconds(age)), tol)
	case age < -tolerance:
		return timestampError(true, uint64(ceilSeconds(-age)), tol)
	}
	return nil
}

func timestampError(future bool, secs uint64, tol int64) error {
	suffix := suffixStale
	if future {
		suffix = suffixFuture
	}
	return kefu.Errorf(kefu.EINVALID, prefixOfTimestamp+"%ds"+suffix+"%ds", secs, tol)
}

// Reason maps an error from VerifySignature to a short metric label; it
// returns "" for nil and for errors VerifySignature does not produce.
func Reason(err error) string {
	var e *kefu.Error
	if err == nil || !errors.As(err, &e) || e.Code != kefu.EINVALID {
		return ""
	}
	switch msg := e.Message; {
	case msg == msgNoSecret:
		return ReasonNoSecret
	case msg == msgMissingHeader:
		return ReasonMissingHeader
	case msg == msgHeaderTooLong, msg == msgNoTimestamp, msg == msgBadTimestamp,
		msg == msgTwoTimestamps, msg == msgTooManyV1:
		return ReasonMalformedHeader
	case msg == msgNoV1:
		return ReasonNoV1
	case msg == msgMismatch:
		return ReasonMismatch
	case strings.HasPrefix(msg, prefixOfTimestamp) && strings.Contains(msg, suffixStale):
		return ReasonStaleTimestamp
	case strings.HasPrefix(msg, prefixOfTimestamp) && strings.Contains(msg, suffixFuture):
		return ReasonFutureTimestamp
	}
	return ""
}

// signedHeader is a parsed Stripe-Signature. A v1 value that is not 64
// hex digits is kept as a never-matching entry, like stripe-go skipping
// undecodable ones, so that "has no v1" means no v1 key at all.
type signedHeader struct {
	timestamp int64
	v1        [maxV1Signatures][sha256.Size]byte
	v1OK      [maxV1Signatures]bool
	nV1       int
}

// parse fills sh from header; sh lives on the caller's stack.
func (sh *signedHeader) parse(header string) error {
	seenT := false
	for rest := header; rest != ""; {
		var item string
		item, rest, _ = strings.Cut(rest, ",")
		key, val, ok := strings.Cut(item, "=")
		if !ok {
			continue // not a key=value item: ignored, like Stripe's libraries
		}
		switch key {
		case "t":
			// Two timestamps make the signed string ambiguous; Stripe never
			// sends them, so refuse rather than pick one.
			if seenT {
				return sigError(msgTwoTimestamps)
			}
			seenT = true
			t, err := strconv.ParseInt(val, 10, 64)
			if err != nil {
				return sigError(msgBadTimestamp)
			}
			sh.timestamp = t
		case "v1":
			if sh.nV1 == maxV1Signatures {
				return sigError(msgTooManyV1)
			}
			i := sh.nV1
			sh.nV1++
			if len(val) == 2*sha256.Size {
				_, err := hex.Decode(sh.v1[i][:], []byte(val))
				sh.v1OK[i] = err == nil
			}
		}
	}
	if !seenT {
		return sigError(msgNoTimestamp)
	}
	if sh.nV1 == 0 {
		return sigError(msgNoV1)
	}
	return nil
}

// matches reports whether any v1 equals the HMAC under any secret. The
// signed string uses the timestamp as Stripe's libraries format it
// (decimal, no sign or leading zeros).
func (sh *signedHeader) matches(payload []byte, secrets []string) bool {
	var prefix [24]byte
	signed := append(strconv.AppendInt(prefix[:0], sh.timestamp, 10), '.')
	var sum [sha256.Size]byte
	for _, secret := range secrets {
		if secret == "" {
			continue // an empty secret would let anyone sign
		}
		mac := hmac.New(sha256.New, []byte(secret))
		mac.Write(signed)
		mac.Write(payload)
		expected := mac.Sum(sum[:0])
		for i := range sh.nV1 {
			if sh.v1OK[i] && hmac.Equal(expected, sh.v1[i][:]) {
				return true
			}
		}
	}
	return false
}

func anySecret(secrets []string) bool {
	for _, s := range secrets {
		if s != "" {
			return true
		}
	}
	return false
}

func sigError(msg string) error { return &kefu.Error{Code: kefu.EINVALID, Message: msg} }

// ceilSeconds rounds up so that a request rejected at 300.4 s reads
// "301s old, tolerance 300s", never "300s old".
func ceilSeconds(d time.Duration) int64 {
	s := int64(d / time.Second)
	if d%time.Second > 0 {
		s++
	}
	return s
}
