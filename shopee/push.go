// Package shopee receives Shopee Open Platform v2 push notifications:
// it checks their signature and decodes the pushes kefu acts on — order
// status (code 3), tracking numbers (code 4) and buyer chat (code 10).
// Every other code is archived and acknowledged but not interpreted, so a
// new subscription on Shopee's side never turns into failed deliveries
// (a low push success rate makes Shopee disable the subscription).
package shopee

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"io"
	"strconv"
	"time"

	"kefu"
)

// Push codes kefu knows by name (Shopee's push configuration types).
const (
	CodeShopAuthorization   = 1
	CodeShopDeauthorization = 2
	CodeOrderStatus         = 3
	CodeTrackingNumber      = 4
	CodeWebchat             = 10
	CodeAuthorizationExpiry = 12
)

// Push is one push notification: {"code", "shop_id", "timestamp", "data"}.
type Push struct {
	Code      int
	ShopID    int64     // 0 for partner-level pushes that name no shop
	Timestamp time.Time // when Shopee sent it, UTC; zero when absent
	Data      json.RawMessage

	raw []byte
}

// wirePush is the envelope as sent. Unknown fields are ignored on purpose:
// Shopee adds fields without notice and a push must never bounce for that.
type wirePush struct {
	Code      *flexInt        `json:"code"`
	ShopID    flexInt         `json:"shop_id"`
	Timestamp flexInt         `json:"timestamp"`
	Data      json.RawMessage `json:"data"`
}

// DecodePush parses a push body. Errors are *kefu.Error with code EINVALID
// naming the field at fault.
func DecodePush(body []byte) (*Push, error) {
	var w wirePush
	if err := decodeObject(body, &w, ""); err != nil {
		return nil, err
	}
	if w.Code == nil {
		return nil, kefu.Invalid("code", "code is missing; every Shopee push has one")
	}
	code := int(*w.Code)
	if *w.Code <= 0 || *w.Code > 1<<20 {
		return nil, kefu.Invalid("code", "code must be a positive integer, not %d", *w.Code)
	}
	if w.ShopID < 0 {
		return nil, kefu.Invalid("shop_id", "shop_id cannot be negative")
	}
	if w.Timestamp < 0 {
		return nil, kefu.Invalid("timestamp", "timestamp must be unix seconds, not negative")
	}
	p := &Push{Code: code, ShopID: int64(w.ShopID), Data: w.Data, raw: bytes.Clone(body)}
	if w.Timestamp > 0 {
		p.Timestamp = time.Unix(int64(w.Timestamp), 0).UTC()
	}
	return p, nil
}

// ExternalID is the push's dedupe key: the hex SHA-256 of the exact body.
// Shopee sends no delivery id (unlike Stripe's evt_… or Standard Webhooks'
// webhook-id), and a retry re-sends the identical bytes, so the body hash
// recognises redeliveries. Two distinct events always differ somewhere
// (timestamp, status, message id); a body that differs only in formatting
// — e.g. one re-serialised by get_lost_push_message — gets a new key, which
// is harmless because handlers are idempotent on their own keys (order
// number, chat message id).
func (p *Push) ExternalID() string {
	sum := sha256.Sum256(p.raw)
	return hex.EncodeToString(sum[:])
}

// EventType is the ingest event type, e.g. "shopee.10".
func (p *Push) EventType() string { return "shopee." + strconv.Itoa(p.Code) }

// decodeObject decodes exactly one JSON object from body into dst,
// turning encoding/json's errors into precise EINVALID errors. field is
// the path of the object itself ("" for the body, "data" for a push's
// data), so nested fields are named in full: "data.content.from_id".
func decodeObject(body []byte, dst any, field string) error {
	what := field
	if what == "" {
		what = "push body"
	}
	join := func(f string) string {
		if field == "" {
			return f
		}
		return field + "." + f
	}
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.UseNumber()
	err := dec.Decode(dst)
	var syntax *json.SyntaxError
	var typeErr *json.UnmarshalTypeError
	switch {
	case err == nil:
		end := dec.InputOffset()
		if _, err := dec.Token(); err != io.EOF {
			return kefu.Invalid(field, "%s has data after the JSON object ending at byte offset %d", what, end)
		}
		return nil
	case errors.Is(err, io.EOF):
		return kefu.Invalid(field, "%s is empty", what)
	case errors.Is(err, io.ErrUnexpectedEOF):
		return kefu.Invalid(field, "%s ends in the middle of a JSON value", what)
	case errors.As(err, &syntax):
		return kefu.Invalid(field, "%s is not valid JSON (byte offset %d)", what, syntax.Offset)
	case errors.As(err, &typeErr) && typeErr.Field == "":
		return kefu.Invalid(field, "%s must be a JSON object, not %s", what, typeErr.Value)
	case errors.As(err, &typeErr):
		f := join(typeErr.Field)
		return kefu.Invalid(f, "%s must be %s, not %s", f, describe(typeErr.Type.Name()), typeErr.Value)
	}
	return kefu.Invalid(field, "%s cannot be decoded: %v", what, err)
}

func describe(goType string) string {
	switch goType {
	case "string", "flexID":
		return "a string"
	case "Number", "flexInt", "int", "int64":
		return "an integer"
	}
	return "a JSON " + goType
}
