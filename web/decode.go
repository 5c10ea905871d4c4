package web

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"reflect"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"kefu"
)

// decodeJSON reads the request body, which must be exactly one JSON value
// of dst's shape, into dst. Every way the body can be wrong is a 4xx
// naming what is wrong and, when it can, where.
func decodeJSON(r *http.Request, dst any) error {
	if err := requireContentType(r, "application/json", "application/merge-patch+json"); err != nil {
		return err
	}
	body, err := readBody(r)
	if err != nil {
		return err
	}
	return decodeJSONBytes(body, dst)
}

// requireContentType accepts the request when its media type is one of
// allowed; a charset, if given, must be UTF-8.
func requireContentType(r *http.Request, allowed ...string) error {
	want := strings.Join(allowed, " or ")
	ct := r.Header.Get("Content-Type")
	if ct == "" {
		return unsupportedMediaType("Content-Type is missing; send %s", want)
	}
	mt, params, err := mime.ParseMediaType(ct)
	if err != nil {
		return unsupportedMediaType("Content-Type %q cannot be parsed; send %s", kefu.Shorten(ct, 100), want)
	}
	if cs, ok := params["charset"]; ok && !strings.EqualFold(cs, "utf-8") {
		return unsupportedMediaType("charset %q is not supported; send UTF-8", kefu.Shorten(cs, 40))
	}
	for _, a := range allowed {
		if mt == a {
			return nil
		}
	}
	return unsupportedMediaType("Content-Type %s is not accepted here; send %s", kefu.Shorten(mt, 100), want)
}

func unsupportedMediaType(format string, args ...any) error {
	return &requestError{status: http.StatusUnsupportedMediaType,
		err: kefu.Error{Code: kefu.EINVALID, Message: fmt.Sprintf(format, args...)}}
}

// readBody reads the whole body, which the route adapter has already
// capped with http.MaxBytesReader.
func readBody(r *http.Request) ([]byte, error) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		return nil, bodyError(err)
	}
	return body, nil
}

// bodyError explains a failure to read the body: over the limit is 413;
// anything else is the client hanging up or sending a broken stream.
func bodyError(err error) error {
	var mbe *http.MaxBytesError
	if errors.As(err, &mbe) {
		return &requestError{status: http.StatusRequestEntityTooLarge,
			err: kefu.Error{Code: kefu.ETOOLARGE, Message: "request body exceeds the limit of " + formatBytes(mbe.Limit)}}
	}
	return badRequest("", "reading the request body failed")
}

func formatBytes(n int64) string {
	if n >= 1<<20 && n%(1<<20) == 0 {
		return fmt.Sprintf("%d MiB", n>>20)
	}
	return fmt.Sprintf("%d bytes", n)
}

// decodeJSONBytes decodes body, exactly one JSON value, into dst.
func decodeJSONBytes(body []byte, dst any) error {
	if !utf8.Valid(body) {
		return badRequest("", "request body is not valid UTF-8 (first bad byte at offset %d)", invalidUTF8Offset(body))
	}
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.DisallowUnknownFields()
	if err := dec.Decode(dst); err != nil {
		return jsonError(err, body, reflect.TypeOf(dst))
	}
	if _, err := dec.Token(); err != io.EOF {
		return badRequest("", "unexpected data after the JSON value at byte offset %d; send exactly one value", dec.InputOffset())
	}
	return nil
}

func invalidUTF8Offset(b []byte) int {
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size <= 1 {
			return i
		}
		i += size
	}
	return len(b)
}

// jsonError turns an encoding/json error into a 400 naming the field by
// its full path, array indices included ("items.2.quantity").
func jsonError(err error, body []byte, dst reflect.Type) error {
	var syntax *json.SyntaxError
	var typeErr *json.UnmarshalTypeError
	var timeErr *time.ParseError
	var invalid *json.InvalidUnmarshalError
	switch {
	case errors.Is(err, io.EOF):
		return badRequest("", "request body is empty; send a JSON value")
	case errors.Is(err, io.ErrUnexpectedEOF):
		return badRequest("", "request body ends in the middle of a JSON value")
	case errors.As(err, &syntax):
		return badRequest("", "malformed JSON at byte offset %d: %s", syntax.Offset, strings.TrimPrefix(syntax.Error(), "json: "))
	case errors.As(err, &typeErr):
		if typeErr.Field == "" {
			return badRequest("", "request body must be %s, not %s", describeType(typeErr.Type), typeErr.Value)
		}
		// encoding/json names the field without indices; find the value.
		want := jsonPath(dst, typeErr.Field)
		path := locate(dst, body, func(ft reflect.Type, path string, v any) bool {
			return withoutIndices(path) == want && mismatch(ft, v)
		})
		if path == "" {
			path = want
		}
		return badRequest(path, "%s must be %s, not %s", path, describeType(typeErr.Type), typeErr.Value)
	case strings.HasPrefix(err.Error(), "json: unknown field "):
		name, _ := strconv.Unquote(strings.TrimPrefix(err.Error(), "json: unknown field "))
		path := locate(dst, body, func(ft reflect.Type, path string, _ any) bool {
			return ft == nil && (path == name || strings.HasSuffix(path, "."+name))
		})
		if path == "" {
			path = name
		}
		return badRequest(path, "unknown field %q", path)
	case errors.As(err, &invalid):
		return err // a bug: dst is not a pointer
	}
	// time.Time reports its own errors without the field; find it.
	if errors.As(err, &timeErr) || strings.HasPrefix(err.Error(), "Time.UnmarshalJSON") {
		path := locate(dst, body, func(ft reflect.Type, _ string, v any) bool { return badTime(ft, v) })
		return badRequest(path, "%s must be an RFC 3339 time such as 2024-05-01T09:30:00Z", orValue(path))
	}
	return badRequest("", "request body does not fit this endpoint: %s", kefu.Shorten(err.Error(), 200))
}

func orValue(path string) string {
	if path == "" {
		return "a value"
	}
	return path
}

// describeType names a Go type the way a JSON client thinks of it.
func describeType(t reflect.Type) string {
	if t == nil {
		return "a value"
	}
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if t == reflect.TypeFor[time.Time]() {
		return "an RFC 3339 time string"
	}
	switch t.Kind() {
	case reflect.String:
		return "a string"
	case reflect.Bool:
		return "true or false"
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return fmt.Sprintf("an integer (%d-bit)", t.Bits())
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return "a non-negative integer"
	case reflect.Float32, reflect.Float64:
		return "a number"
	case reflect.Slice, reflect.Array:
		return "an array"
	case reflect.Map, reflect.Struct:
		return "an object"
	}
	return "a value"
}
