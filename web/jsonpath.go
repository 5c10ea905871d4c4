package web

// Field paths for decoding errors. encoding/json reports a type error's
// field without array indices (and with embedded struct names), an
// unknown field by its bare name and a bad time without any field; these
// helpers walk the body beside the Go type to name the exact place.

import (
	"bytes"
	"encoding/json"
	"maps"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"time"
)

// locate walks the decoded body alongside the Go type it was meant for
// and returns the dotted path of the first value (in sorted key order)
// for which bad reports true, or "". encoding/json names neither the path
// of an unknown field nor the field of a bad time, and a client deserves
// both. bad gets a nil type for a key the struct does not have.
func locate(t reflect.Type, body []byte, bad func(ft reflect.Type, path string, v any) bool) string {
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.UseNumber()
	var v any
	if dec.Decode(&v) != nil {
		return ""
	}
	return walk(t, v, "", bad)
}

func walk(t reflect.Type, v any, path string, bad func(reflect.Type, string, any) bool) string {
	for t != nil && t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if t == nil {
		return ""
	}
	join := func(k string) string {
		if path == "" {
			return k
		}
		return path + "." + k
	}
	visit := func(ft reflect.Type, p string, e any) string {
		if bad(ft, p, e) {
			return p
		}
		if ft == nil {
			return ""
		}
		return walk(ft, e, p, bad)
	}
	switch val := v.(type) {
	case map[string]any:
		keys := slices.Sorted(maps.Keys(val))
		switch {
		case t.Kind() == reflect.Map:
			for _, k := range keys {
				if p := visit(t.Elem(), join(k), val[k]); p != "" {
					return p
				}
			}
		case t.Kind() == reflect.Struct && t != reflect.TypeFor[time.Time]():
			fields := jsonFields(t)
			for _, k := range keys {
				ft, _ := lookupField(fields, k)
				if p := visit(ft, join(k), val[k]); p != "" {
					return p
				}
			}
		}
	case []any:
		if t.Kind() != reflect.Slice && t.Kind() != reflect.Array {
			return ""
		}
		for i, e := range val {
			if p := visit(t.Elem(), join(strconv.Itoa(i)), e); p != "" {
				return p
			}
		}
	}
	return ""
}

// withoutIndices drops the array indices of a path: items.2.title → items.title.
func withoutIndices(path string) string {
	var out []string
	for seg := range strings.SplitSeq(path, ".") {
		if _, err := strconv.Atoi(seg); err != nil {
			out = append(out, seg)
		}
	}
	return strings.Join(out, ".")
}

// mismatch reports a JSON value that cannot decode into Go type t.
func mismatch(t reflect.Type, v any) bool {
	if t == nil || v == nil {
		return false
	}
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if t == reflect.TypeFor[time.Time]() {
		_, ok := v.(string)
		return !ok
	}
	switch t.Kind() {
	case reflect.String:
		_, ok := v.(string)
		return !ok
	case reflect.Bool:
		_, ok := v.(bool)
		return !ok
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		n, ok := v.(json.Number)
		if !ok {
			return true
		}
		i, err := strconv.ParseInt(string(n), 10, 64)
		return err != nil || reflect.Zero(t).OverflowInt(i)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		n, ok := v.(json.Number)
		if !ok {
			return true
		}
		u, err := strconv.ParseUint(string(n), 10, 64)
		return err != nil || reflect.Zero(t).OverflowUint(u)
	case reflect.Float32, reflect.Float64:
		n, ok := v.(json.Number)
		if !ok {
			return true
		}
		_, err := strconv.ParseFloat(string(n), t.Bits())
		return err != nil
	case reflect.Slice, reflect.Array:
		_, ok := v.([]any)
		return !ok
	case reflect.Map, reflect.Struct:
		_, ok := v.(map[string]any)
		return !ok
	}
	return false
}

// badTime finds a time.Time field whose value does not parse.
func badTime(ft reflect.Type, v any) bool {
	for ft != nil && ft.Kind() == reflect.Pointer {
		ft = ft.Elem()
	}
	if ft != reflect.TypeFor[time.Time]() || v == nil {
		return false
	}
	s, ok := v.(string)
	if !ok {
		return true
	}
	_, err := time.Parse(time.RFC3339Nano, s)
	return err != nil
}

// jsonPath removes the names of embedded structs that encoding/json puts
// in a field path ("TicketCreate.store_id"): the client never saw them.
func jsonPath(t reflect.Type, path string) string {
	var out []string
	for _, seg := range strings.Split(path, ".") {
		for t != nil && (t.Kind() == reflect.Pointer || t.Kind() == reflect.Slice || t.Kind() == reflect.Array || t.Kind() == reflect.Map) {
			t = t.Elem()
		}
		if t == nil || t.Kind() != reflect.Struct {
			out = append(out, seg)
			t = nil
			continue
		}
		fields := jsonFields(t)
		if ft, ok := lookupField(fields, seg); ok {
			out = append(out, seg)
			t = ft
			continue
		}
		if f, ok := t.FieldByName(seg); ok && f.Anonymous {
			t = f.Type // an embedded struct: not part of the JSON path
			continue
		}
		out = append(out, seg)
		t = nil
	}
	return strings.Join(out, ".")
}

// jsonFields maps the JSON names of a struct's fields, promoted fields of
// embedded structs included, to their types; shallower fields win, as in
// encoding/json.
func jsonFields(t reflect.Type) map[string]reflect.Type {
	out := map[string]reflect.Type{}
	var embedded []reflect.Type
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		tag := f.Tag.Get("json")
		if tag == "-" {
			continue
		}
		name, _, _ := strings.Cut(tag, ",")
		if f.Anonymous && name == "" {
			et := f.Type
			if et.Kind() == reflect.Pointer {
				et = et.Elem()
			}
			if et.Kind() == reflect.Struct {
				embedded = append(embedded, et)
				continue
			}
		}
		if !f.IsExported() {
			continue
		}
		if name == "" {
			name = f.Name
		}
		out[name] = f.Type
	}
	for _, et := range embedded {
		for k, ft := range jsonFields(et) {
			if _, taken := out[k]; !taken {
				out[k] = ft
			}
		}
	}
	return out
}

// lookupField finds key as encoding/json does: exact match first, then
// case-insensitively.
func lookupField(fields map[string]reflect.Type, key string) (reflect.Type, bool) {
	if ft, ok := fields[key]; ok {
		return ft, true
	}
	for k, ft := range fields {
		if strings.EqualFold(k, key) {
			return ft, true
		}
	}
	return nil, false
}
