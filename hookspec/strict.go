package hookspec

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"reflect"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"kefu"
)

// decodeStrict decodes body, exactly one JSON value, into dst (a pointer
// to a struct) the way the published schema reads it. encoding/json alone
// is too lenient for a documented contract: it matches keys
// case-insensitively, lets a duplicate key silently win, treats null as
// "leave unchanged" and names neither the path of an unknown field nor
// the array index of a bad value. So the token stream is first walked
// beside the Go type, and any deviation is reported with its full path
// ("order.items.2.quantity"); only a body that passes is unmarshalled.
func decodeStrict(body []byte, dst any) error {
	if !utf8.Valid(body) {
		return kefu.Invalid("", "body is not valid UTF-8")
	}
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.UseNumber()
	tok, err := dec.Token()
	if err != nil {
		return tokenError(err, dec)
	}
	if err := walk(dec, tok, reflect.TypeOf(dst).Elem(), ""); err != nil {
		return err
	}
	end := dec.InputOffset()
	if _, err := dec.Token(); err != io.EOF {
		return kefu.Invalid("", "unexpected data after the JSON object ending at byte offset %d; send exactly one object", end)
	}
	if err := json.Unmarshal(body, dst); err != nil {
		// Unreachable when walk is right; kept so a gap is a 400, not a panic.
		return kefu.Invalid("", "body cannot be decoded: %s", strings.TrimPrefix(err.Error(), "json: "))
	}
	return nil
}

func tokenError(err error, dec *json.Decoder) error {
	var syntax *json.SyntaxError
	switch {
	case errors.Is(err, io.EOF) && dec.InputOffset() == 0:
		return kefu.Invalid("", "body is empty; send a JSON object")
	case errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF):
		return kefu.Invalid("", "body ends in the middle of a JSON value")
	case errors.As(err, &syntax):
		return kefu.Invalid("", "malformed JSON at byte offset %d: %s", syntax.Offset, strings.TrimPrefix(syntax.Error(), "json: "))
	}
	return kefu.Invalid("", "malformed JSON at byte offset %d", dec.InputOffset())
}

var timeType = reflect.TypeFor[time.Time]()

// walk checks the value starting with tok against type t at path.
func walk(dec *json.Decoder, tok json.Token, t reflect.Type, path string) error {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	name := path
	if name == "" {
		name = "body"
	}
	wrong := func() error {
		if tok == nil {
			return kefu.Invalid(path, "%s must be %s, not null; leave the field out instead", name, describeType(t))
		}
		return kefu.Invalid(path, "%s must be %s, not %s", name, describeType(t), describeToken(tok))
	}
	switch {
	case t == timeType:
		s, ok := tok.(string)
		if !ok {
			return wrong()
		}
		// The same parser json.Unmarshal will use, so what passes here decodes.
		var tm time.Time
		if err := tm.UnmarshalText([]byte(s)); err != nil {
			return kefu.Invalid(path, "%s must be an RFC 3339 date-time such as 2026-11-03T20:26:10Z, not %q", name, kefu.Shorten(s, 40))
		}
		return nil
	case t.Kind() == reflect.String:
		if _, ok := tok.(string); !ok {
			return wrong()
		}
		return nil
	case t.Kind() == reflect.Int || t.Kind() == reflect.Int64:
		n, ok := tok.(json.Number)
		if !ok {
			return wrong()
		}
		if _, err := strconv.ParseInt(string(n), 10, 64); err != nil {
			return kefu.Invalid(path, "%s must be an integer (minor units for money), not %s", name, kefu.Shorten(string(n), 40))
		}
		return nil
	case t.Kind() == reflect.Bool:
		if _, ok := tok.(bool); !ok {
			return wrong()
		}
		return nil
	case t.Kind() == reflect.Slice:
		if tok != json.Delim('[') {
			return wrong()
		}
		for i := 0; dec.More(); i++ {
			el, err := dec.Token()
			if err != nil {
				return tokenError(err, dec)
			}
			if err := walk(dec, el, t.Elem(), join(path, strconv.Itoa(i))); err != nil {
				return err
			}
		}
		_, err := dec.Token() // ]
		return tokenErrorOrNil(err, dec)
	case t.Kind() == reflect.Struct:
		if tok != json.Delim('{') {
			return wrong()
		}
		fields := jsonFields(t)
		seen := map[string]bool{}
		for dec.More() {
			kt, err := dec.Token()
			if err != nil {
				return tokenError(err, dec)
			}
			key := kt.(string) // inside an object the decoder only yields string keys
			p := join(path, key)
			f, ok := fields[key]
			switch {
			case !ok:
				return kefu.Invalid(p, "unknown field %s; %s accepts %s", p, name, strings.Join(fieldNames(t), ", "))
			case seen[key]:
				return kefu.Invalid(p, "%s appears twice", p)
			}
			seen[key] = true
			vt, err := dec.Token()
			if err != nil {
				return tokenError(err, dec)
			}
			if err := walk(dec, vt, f.Type, p); err != nil {
				return err
			}
		}
		_, err := dec.Token() // }
		return tokenErrorOrNil(err, dec)
	}
	return kefu.Invalid(path, "%s has a type the schema does not describe", name)
}

func tokenErrorOrNil(err error, dec *json.Decoder) error {
	if err != nil {
		return tokenError(err, dec)
	}
	return nil
}

// jsonFields maps the exact JSON names of t's fields to the fields.
func jsonFields(t reflect.Type) map[string]reflect.StructField {
	m := map[string]reflect.StructField{}
	for _, f := range reflect.VisibleFields(t) {
		if name := jsonName(f); name != "" {
			m[name] = f
		}
	}
	return m
}

// fieldNames lists t's JSON names in declaration order.
func fieldNames(t reflect.Type) []string {
	var names []string
	for _, f := range reflect.VisibleFields(t) {
		if name := jsonName(f); name != "" {
			names = append(names, name)
		}
	}
	return names
}

func jsonName(f reflect.StructField) string {
	if !f.IsExported() {
		return ""
	}
	name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
	if name == "-" {
		return ""
	}
	if name == "" {
		return f.Name
	}
	return name
}

func describeType(t reflect.Type) string {
	switch {
	case t == timeType:
		return "an RFC 3339 date-time string"
	case t.Kind() == reflect.String:
		return "a string"
	case t.Kind() == reflect.Int || t.Kind() == reflect.Int64:
		return "an integer"
	case t.Kind() == reflect.Bool:
		return "true or false"
	case t.Kind() == reflect.Slice:
		return "an array"
	}
	return "an object"
}

func describeToken(tok json.Token) string {
	switch v := tok.(type) {
	case string:
		return "a string"
	case json.Number:
		return "the number " + kefu.Shorten(string(v), 40)
	case bool:
		return strconv.FormatBool(v)
	case json.Delim:
		if v == '[' {
			return "an array"
		}
		return "an object"
	}
	return "null"
}

func join(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}
