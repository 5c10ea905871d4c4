package web

import (
	"maps"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"kefu"
)

// query reads URL query parameters. Each reader records the first error
// and returns a zero value, so a handler reads every parameter and checks
// q.err once; every error is a 400 naming the parameter.
type query struct {
	values url.Values
	err    error
}

// parseQuery parses r's query string and refuses parameters outside
// allowed: a misspelt filter ("stauts=open") must not silently return
// everything.
func parseQuery(r *http.Request, allowed ...string) (*query, error) {
	values, err := url.ParseQuery(r.URL.RawQuery)
	if err != nil {
		return nil, badRequest("", "malformed query string: %s", kefu.Shorten(err.Error(), 200))
	}
	for _, name := range slices.Sorted(maps.Keys(values)) {
		if !slices.Contains(allowed, name) {
			if !utf8.ValidString(name) {
				return nil, badRequest("", "a query parameter name is not valid UTF-8")
			}
			if len(allowed) == 0 {
				return nil, badRequest(kefu.Shorten(name, 64), "this endpoint takes no query parameters")
			}
			return nil, badRequest(kefu.Shorten(name, 64), "unknown query parameter %q; known: %s", kefu.Shorten(name, 64), strings.Join(allowed, ", "))
		}
		for _, v := range values[name] {
			if !utf8.ValidString(v) || strings.ContainsRune(v, 0) {
				return nil, badRequest(name, "%s is not valid UTF-8 text", name)
			}
		}
	}
	return &query{values: values}, nil
}

func (q *query) fail(name, format string, args ...any) {
	if q.err == nil {
		q.err = badRequest(name, format, args...)
	}
}

// str returns a single-valued parameter; giving it twice is an error
// because it is unclear which one was meant.
func (q *query) str(name string) string {
	vs := q.values[name]
	if len(vs) > 1 {
		q.fail(name, "%s is given %d times; give it once", name, len(vs))
		return ""
	}
	if len(vs) == 0 {
		return ""
	}
	return strings.TrimSpace(vs[0])
}

// list returns a multi-valued parameter, repeatable and comma-separated
// alike: status=open&status=new and status=open,new are the same.
func (q *query) list(name string) []string {
	var out []string
	for _, v := range q.values[name] {
		for part := range strings.SplitSeq(v, ",") {
			if part = strings.TrimSpace(part); part != "" {
				out = append(out, part)
			}
		}
	}
	return out
}

// int returns an integer parameter, or 0 when absent.
func (q *query) int(name string) int {
	s := q.str(name)
	if s == "" {
		return 0
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 0 {
		q.fail(name, "%s must be a non-negative integer, not %q", name, kefu.Shorten(s, 40))
		return 0
	}
	return n
}

// id returns a positive id parameter, or 0 when absent.
func (q *query) id(name string) int64 {
	s := q.str(name)
	if s == "" {
		return 0
	}
	id, ok := parseID(s)
	if !ok {
		q.fail(name, "%s must be a positive integer id, not %q", name, kefu.Shorten(s, 40))
	}
	return id
}

// ids returns a list of positive ids.
func (q *query) ids(name string) []int64 {
	var out []int64
	for _, s := range q.list(name) {
		id, ok := parseID(s)
		if !ok {
			q.fail(name, "%s must be positive integer ids, not %q", name, kefu.Shorten(s, 40))
			return nil
		}
		out = append(out, id)
	}
	return out
}

// time returns an RFC 3339 time parameter in UTC, or nil when absent.
func (q *query) time(name string) *time.Time {
	s := q.str(name)
	if s == "" {
		return nil
	}
	t, err := time.Parse(time.RFC3339Nano, s)
	if err != nil {
		q.fail(name, "%s must be an RFC 3339 time such as 2024-05-01T09:30:00Z, not %q", name, kefu.Shorten(s, 40))
		return nil
	}
	t = t.UTC()
	return &t
}

// bool returns a true/false parameter, or nil when absent.
func (q *query) bool(name string) *bool {
	s := q.str(name)
	if s == "" {
		return nil
	}
	var b bool
	switch strings.ToLower(s) {
	case "true", "1", "yes":
		b = true
	case "false", "0", "no":
	default:
		q.fail(name, "%s must be true or false, not %q", name, kefu.Shorten(s, 40))
		return nil
	}
	return &b
}

func parseID(s string) (int64, bool) {
	id, err := strconv.ParseInt(s, 10, 64)
	return id, err == nil && id > 0
}

// pathID reads a positive integer path value such as {id}.
func pathID(r *http.Request, name string) (int64, error) {
	s := r.PathValue(name)
	id, ok := parseID(s)
	if !ok {
		return 0, badRequest(name, "%s must be a positive integer, not %q", name, kefu.Shorten(s, 40))
	}
	return id, nil
}
