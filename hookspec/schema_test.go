package hookspec

import (
	"encoding/json"
	"reflect"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"

	"kefu"
)

type node = map[string]any

func loadSchema(t *testing.T) node {
	t.Helper()
	var s node
	if err := json.Unmarshal(Schema, &s); err != nil {
		t.Fatalf("schema.json is not JSON: %v", err)
	}
	if s["$schema"] != "https://json-schema.org/draft/2020-12/schema" {
		t.Fatalf("schema.json must declare draft 2020-12, has %v", s["$schema"])
	}
	return s
}

// resolve follows a local "$ref": "#/$defs/Name".
func resolve(t *testing.T, root, n node) node {
	t.Helper()
	ref, ok := n["$ref"].(string)
	if !ok {
		return n
	}
	name, found := strings.CutPrefix(ref, "#/$defs/")
	def, ok := root["$defs"].(node)[name].(node)
	if !found || !ok {
		t.Fatalf("unresolvable $ref %q", ref)
	}
	return def
}

// TestSchemaDescribesExactlyTheGoFields walks the Go types beside the
// schema: every JSON field the decoder accepts is in the schema with the
// matching type, and the schema has no field the decoder would reject.
func TestSchemaDescribesExactlyTheGoFields(t *testing.T) {
	root := loadSchema(t)
	var check func(rt reflect.Type, n node, path string)
	check = func(rt reflect.Type, n node, path string) {
		n = resolve(t, root, n)
		for rt.Kind() == reflect.Pointer {
			rt = rt.Elem()
		}
		want := map[reflect.Kind]string{reflect.String: "string", reflect.Int: "integer", reflect.Int64: "integer",
			reflect.Bool: "boolean", reflect.Slice: "array", reflect.Struct: "object"}[rt.Kind()]
		if rt == timeType {
			want = "string"
			if n["format"] != "date-time" {
				t.Errorf("%s: a time must have format date-time", path)
			}
		}
		if n["type"] != want {
			t.Errorf("%s: schema type %v, Go accepts %s", path, n["type"], want)
			return
		}
		switch {
		case rt.Kind() == reflect.Slice:
			items, _ := n["items"].(node)
			if items == nil {
				t.Errorf("%s: array without items", path)
				return
			}
			check(rt.Elem(), items, path+".0")
		case rt.Kind() == reflect.Struct && rt != timeType:
			if n["additionalProperties"] != false {
				t.Errorf("%s: additionalProperties must be false, the decoder rejects unknown fields", path)
			}
			props, _ := n["properties"].(node)
			var inSchema []string
			for k := range props {
				inSchema = append(inSchema, k)
			}
			goFields := fieldNames(rt)
			sort.Strings(inSchema)
			sorted := slices.Sorted(slices.Values(goFields))
			if !slices.Equal(inSchema, sorted) {
				t.Errorf("%s: schema properties %v, Go fields %v", path, inSchema, sorted)
			}
			if req, ok := n["required"].([]any); ok {
				for _, r := range req {
					if _, ok := props[r.(string)]; !ok {
						t.Errorf("%s: required %v is not a property", path, r)
					}
				}
			}
			fields := jsonFields(rt)
			for _, name := range goFields {
				if p, ok := props[name].(node); ok {
					check(fields[name].Type, p, join(path, name))
				}
			}
		}
	}
	check(reflect.TypeFor[Envelope](), root, "")
}

// TestSchemaRequiredFieldsAreEnforced removes, one at a time, every field
// the schema lists as required from each fixture, and expects the decoder
// to reject the body naming exactly that field.
func TestSchemaRequiredFieldsAreEnforced(t *testing.T) {
	root := loadSchema(t)
	for _, name := range fixtures {
		var doc node
		if err := json.Unmarshal(fixture(t, name), &doc); err != nil {
			t.Fatal(err)
		}
		var visit func(v any, n node, path string)
		visit = func(v any, n node, path string) {
			n = resolve(t, root, n)
			switch val := v.(type) {
			case node:
				req, _ := n["required"].([]any)
				for _, r := range req {
					key := r.(string)
					saved, ok := val[key]
					if !ok {
						t.Errorf("%s: fixture lacks required %s.%s", name, path, key)
						continue
					}
					delete(val, key)
					body, _ := json.Marshal(doc)
					_, err := DecodeEnvelope(body)
					if got := kefu.ErrorField(err); got != join(path, key) {
						t.Errorf("%s without %s: error %v names %q", name, join(path, key), err, got)
					}
					val[key] = saved
				}
				props, _ := n["properties"].(node)
				for k, sub := range val {
					if p, ok := props[k].(node); ok {
						visit(sub, p, join(path, k))
					}
				}
			case []any:
				for i, el := range val {
					visit(el, n["items"].(node), join(path, strconv.Itoa(i)))
				}
			}
		}
		visit(doc, root, "")
		if _, err := DecodeEnvelope(fixture(t, name)); err != nil {
			t.Fatalf("%s no longer decodes: %v", name, err)
		}
	}
}

func TestSchemaEnumsMatchKefu(t *testing.T) {
	root := loadSchema(t)
	enum := func(n node) []string {
		var out []string
		for _, v := range n["enum"].([]any) {
			out = append(out, v.(string))
		}
		return out
	}
	ids := func(labels []kefu.Label) []string {
		var out []string
		for _, l := range labels {
			out = append(out, l.ID)
		}
		return out
	}
	defs := root["$defs"].(node)
	prop := func(def, field string) node { return defs[def].(node)["properties"].(node)[field].(node) }
	if got := enum(root["properties"].(node)["type"].(node)); !slices.Equal(got, Types) {
		t.Errorf("type enum %v, Go %v", got, Types)
	}
	if got, want := enum(prop("Notice", "kind")), ids(kefu.NoticeKinds); !slices.Equal(got, want) {
		t.Errorf("notice.kind enum %v, kefu %v", got, want)
	}
	if got, want := enum(prop("Customer", "platform")), ids(kefu.Platforms); !slices.Equal(got, want) {
		t.Errorf("customer.platform enum %v, kefu %v", got, want)
	}
}
