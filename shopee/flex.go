package shopee

import (
	"bytes"
	"encoding/json"
	"reflect"
	"strconv"

	"kefu"
)

// Shopee's ids are 64-bit integers that its own SDKs and JavaScript
// clients sometimes send as strings (a float64 would corrupt them), and
// the same field has been seen both ways across API versions. These types
// accept either form so a push never fails on the quoting of an id.

// flexInt is an integer sent as a JSON number or a decimal string.
type flexInt int64

func (f *flexInt) UnmarshalJSON(b []byte) error {
	if bytes.Equal(b, []byte("null")) {
		return nil
	}
	s := string(b)
	if len(b) > 0 && b[0] == '"' {
		if err := json.Unmarshal(b, &s); err != nil {
			return err
		}
	}
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil {
		return &json.UnmarshalTypeError{Value: jsonKind(b), Type: reflect.TypeFor[flexInt]()}
	}
	*f = flexInt(n)
	return nil
}

// flexID is an identifier sent as a JSON string or an integer; numbers
// keep their exact digits.
type flexID string

func (f *flexID) UnmarshalJSON(b []byte) error {
	if bytes.Equal(b, []byte("null")) {
		return nil
	}
	if len(b) > 0 && b[0] == '"' {
		var s string
		if err := json.Unmarshal(b, &s); err != nil {
			return err
		}
		*f = flexID(s)
		return nil
	}
	if _, err := strconv.ParseInt(string(b), 10, 64); err != nil {
		return &json.UnmarshalTypeError{Value: jsonKind(b), Type: reflect.TypeFor[flexID]()}
	}
	*f = flexID(b)
	return nil
}

// jsonKind describes a raw JSON value the way encoding/json's errors do.
func jsonKind(b []byte) string {
	switch {
	case len(b) == 0:
		return "nothing"
	case b[0] == '"':
		return "string " + kefu.Shorten(string(b), 40)
	case b[0] == 't' || b[0] == 'f':
		return "bool"
	case b[0] == '{':
		return "object"
	case b[0] == '[':
		return "array"
	}
	return "number " + kefu.Shorten(string(b), 40)
}

func itoa(n int64) string { return strconv.FormatInt(n, 10) }
