package web

import (
	"encoding/json"
	"net/http"
	"reflect"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"

	"kefu"
	"kefu/compliance"
)

// concretePath fills a route's path parameters with an id.
func concretePath(path string) string {
	return regexp.MustCompile(`\{[a-z_]+\}`).ReplaceAllString(path, "1")
}

func TestEveryAPIRouteDemandsAuthentication(t *testing.T) {
	e := newEnv(t)
	for _, rt := range e.srv.routes() {
		if rt.public {
			continue
		}
		path := concretePath(rt.path)
		for name, token := range map[string]string{"missing": "", "unknown": "nope", "expired": tokExpired, "revoked": tokRevoked} {
			rec := e.do(req{method: rt.method, path: path, token: token, body: "{}"})
			wantProblem(t, rec, http.StatusUnauthorized, kefu.EUNAUTHORIZED, "")
			if got := rec.Header().Get("WWW-Authenticate"); !strings.HasPrefix(got, "Bearer") {
				t.Errorf("%s %s with %s token: WWW-Authenticate = %q", rt.method, path, name, got)
			}
		}
		rec := e.do(req{method: rt.method, path: path, body: "{}", header: map[string]string{"Authorization": "Basic Ym9zczpwdw=="}})
		wantProblem(t, rec, http.StatusUnauthorized, kefu.EUNAUTHORIZED, "")
	}
}

func TestInvalidTokenChallengeSaysInvalidToken(t *testing.T) {
	e := newEnv(t)
	rec := e.do(req{method: "GET", path: "/api/v1/tickets", token: "nope"})
	if got := rec.Header().Get("WWW-Authenticate"); got != `Bearer realm="kefu", error="invalid_token"` {
		t.Fatalf("WWW-Authenticate = %q", got)
	}
	rec = e.do(req{method: "GET", path: "/api/v1/tickets"})
	if got := rec.Header().Get("WWW-Authenticate"); got != `Bearer realm="kefu"` {
		t.Fatalf("WWW-Authenticate = %q", got)
	}
}

// A caller whose token lacks a route's scope is stopped before the
// handler runs: even with a bad body or id, the answer is 403.
func TestEveryScopedRouteRefusesATokenWithoutItsScope(t *testing.T) {
	e := newEnv(t)
	for _, rt := range e.srv.routes() {
		if rt.public || rt.scope == "" {
			continue
		}
		token := tokAgentRead // an agent whose token grants only tickets:read
		if rt.scope == kefu.ScopeTicketsRead {
			token = "" // every role holds tickets:read; check a token without it below
		}
		if token == "" {
			continue
		}
		rec := e.do(req{method: rt.method, path: concretePath(rt.path), token: token, body: "not json"})
		wantProblem(t, rec, http.StatusForbidden, kefu.EFORBIDDEN, "")
	}
	// Role limits apply through tokens too: a viewer's token cannot write.
	rec := e.do(req{method: "PATCH", path: "/api/v1/tickets/1", token: tokViewer, body: "{}"})
	wantProblem(t, rec, http.StatusForbidden, kefu.EFORBIDDEN, "")
	// And a token without tickets:read cannot read tickets.
	e.fake.tokens[99] = &kefu.Token{ID: 99, UserID: userAgent, Scopes: []string{kefu.ScopeOrdersRead}}
	e.fake.secrets["tok-orders"] = 99
	for _, rt := range e.srv.routes() {
		if rt.scope == kefu.ScopeTicketsRead {
			rec := e.do(req{method: rt.method, path: concretePath(rt.path), token: "tok-orders"})
			wantProblem(t, rec, http.StatusForbidden, kefu.EFORBIDDEN, "")
		}
	}
}

func TestAPIRoutesAllHaveAScopeExceptTokens(t *testing.T) {
	e := newEnv(t)
	for _, rt := range e.srv.routes() {
		switch {
		case rt.public:
			if strings.HasPrefix(rt.path, api) && rt.path != api+"/openapi.json" {
				t.Errorf("%s is public", rt.pattern())
			}
		case rt.scope == "" && !strings.HasPrefix(rt.path, api+"/tokens"):
			t.Errorf("%s demands no scope", rt.pattern())
		case rt.scope != "" && !slices.Contains(kefu.Scopes, rt.scope):
			t.Errorf("%s demands unknown scope %q", rt.pattern(), rt.scope)
		}
	}
}

func TestUnknownPathIsNotFoundProblem(t *testing.T) {
	e := newEnv(t)
	for _, path := range []string{"/", "/api/v1/nope", "/api/v1/tickets/1/nope", "/api/v2/tickets"} {
		rec := e.do(req{method: "GET", path: path, token: tokAdmin})
		wantProblem(t, rec, http.StatusNotFound, kefu.ENOTFOUND, "")
	}
}

func TestWrongMethodIsMethodNotAllowedProblemWithAllow(t *testing.T) {
	e := newEnv(t)
	rec := e.do(req{method: "DELETE", path: "/api/v1/tickets/1", token: tokAdmin})
	wantProblem(t, rec, http.StatusMethodNotAllowed, kefu.EINVALID, "")
	allow := rec.Header().Get("Allow")
	if !strings.Contains(allow, "GET") || !strings.Contains(allow, "PATCH") {
		t.Fatalf("Allow = %q", allow)
	}
}

func TestBadPathIDIsBadRequest(t *testing.T) {
	e := newEnv(t)
	for _, id := range []string{"abc", "0", "-1", "1.5", "99999999999999999999", "%27%20OR%201=1"} {
		rec := e.do(req{method: "GET", path: "/api/v1/tickets/" + id, token: tokAdmin})
		wantProblem(t, rec, http.StatusBadRequest, kefu.EINVALID, "id")
	}
}

// openAPI is the part of the OpenAPI document the tests look at.
type openAPI struct {
	OpenAPI    string                                `json:"openapi"`
	Paths      map[string]map[string]json.RawMessage `json:"paths"`
	Components struct {
		Schemas map[string]schema `json:"schemas"`
	} `json:"components"`
}

type operation struct {
	OperationID string          `json:"operationId"`
	Scope       *string         `json:"x-kefu-scope"`
	Security    []any           `json:"security"`
	Parameters  []parameter     `json:"parameters"`
	Responses   map[string]any  `json:"responses"`
	RequestBody json.RawMessage `json:"requestBody"`
}

type parameter struct {
	Ref  string `json:"$ref"`
	Name string `json:"name"`
	In   string `json:"in"`
}

type schema struct {
	Properties map[string]any `json:"properties"`
	AllOf      []schema       `json:"allOf"`
	Ref        string         `json:"$ref"`
	Enum       []string       `json:"enum"`
}

func loadOpenAPI(t *testing.T) openAPI {
	t.Helper()
	var doc openAPI
	if err := json.Unmarshal(openAPIDocument, &doc); err != nil {
		t.Fatalf("openapi.json: %v", err)
	}
	if doc.OpenAPI != "3.1.0" {
		t.Fatalf("openapi = %q", doc.OpenAPI)
	}
	return doc
}

func TestOpenAPIDocumentsExactlyTheRouteTable(t *testing.T) {
	e := newEnv(t)
	doc := loadOpenAPI(t)
	documented := map[string]operation{}
	for path, item := range doc.Paths {
		var pathParams []parameter
		if raw, ok := item["parameters"]; ok {
			if err := json.Unmarshal(raw, &pathParams); err != nil {
				t.Fatal(err)
			}
		}
		for method, raw := range item {
			if method == "parameters" {
				continue
			}
			var op operation
			if err := json.Unmarshal(raw, &op); err != nil {
				t.Fatalf("%s %s: %v", method, path, err)
			}
			op.Parameters = append(op.Parameters, pathParams...)
			documented[strings.ToUpper(method)+" "+path] = op
		}
	}
	registered := map[string]route{}
	for _, rt := range e.srv.routes() {
		registered[rt.pattern()] = rt
	}
	for p, rt := range registered {
		op, ok := documented[p]
		if !ok {
			t.Errorf("route %s is not in openapi.json", p)
			continue
		}
		if rt.public != (op.Security != nil && len(op.Security) == 0) {
			t.Errorf("%s: public = %v but the document's security says otherwise", p, rt.public)
		}
		if !rt.public && (op.Scope == nil || *op.Scope != rt.scope) {
			t.Errorf("%s: x-kefu-scope = %v, route demands %q", p, op.Scope, rt.scope)
		}
		// Every {param} of the path is declared.
		for _, m := range regexp.MustCompile(`\{([a-z_]+)\}`).FindAllStringSubmatch(rt.path, -1) {
			if !slices.ContainsFunc(op.Parameters, func(pp parameter) bool {
				return pp.Name == m[1] && pp.In == "path" || pp.Ref == "#/components/parameters/"+m[1]
			}) {
				t.Errorf("%s: path parameter %s is not declared", p, m[1])
			}
		}
		if !rt.public {
			for _, code := range []string{"401", "403"} {
				if _, ok := op.Responses[code]; !ok {
					t.Errorf("%s: response %s is not documented", p, code)
				}
			}
		}
	}
	for p := range documented {
		if _, ok := registered[p]; !ok {
			t.Errorf("openapi.json documents %s, which is not a route", p)
		}
	}
}

func TestOpenAPIQueryParametersMatchTheHandlers(t *testing.T) {
	doc := loadOpenAPI(t)
	var op operation
	if err := json.Unmarshal(doc.Paths[api+"/tickets"]["get"], &op); err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, p := range op.Parameters {
		names = append(names, p.Name)
	}
	sort.Strings(names)
	want := slices.Clone(ticketFilterParams)
	sort.Strings(want)
	if !slices.Equal(names, want) {
		t.Fatalf("documented ticket filter params %v, parser takes %v", names, want)
	}
}

func TestOpenAPIRefsResolve(t *testing.T) {
	var doc map[string]any
	if err := json.Unmarshal(openAPIDocument, &doc); err != nil {
		t.Fatal(err)
	}
	var walk func(v any)
	walk = func(v any) {
		switch v := v.(type) {
		case map[string]any:
			if ref, ok := v["$ref"].(string); ok {
				var target any = doc
				for _, part := range strings.Split(strings.TrimPrefix(ref, "#/"), "/") {
					m, _ := target.(map[string]any)
					target = m[part]
				}
				if target == nil {
					t.Errorf("$ref %s does not resolve", ref)
				}
			}
			for _, e := range v {
				walk(e)
			}
		case []any:
			for _, e := range v {
				walk(e)
			}
		}
	}
	walk(doc)
}

// The schemas list exactly the JSON fields of the Go types the handlers
// read and write, so the document cannot drift from the code.
func TestOpenAPISchemasMatchTheGoTypes(t *testing.T) {
	doc := loadOpenAPI(t)
	types := map[string]any{
		"Problem":           problem{},
		"Ticket":            kefu.Ticket{},
		"SearchHit":         kefu.SearchHit{},
		"TicketPage":        kefu.TicketPage{},
		"TicketCreate":      ticketCreateRequest{},
		"TicketUpdate":      kefu.TicketUpdate{},
		"Message":           kefu.Message{},
		"Attachment":        kefu.Attachment{},
		"MessageCreate":     messageRequest{},
		"AttachmentUpload":  attachmentUpload{},
		"Customer":          kefu.Customer{},
		"Identity":          kefu.Identity{},
		"Order":             kefu.Order{},
		"OrderItem":         kefu.OrderItem{},
		"Shipment":          kefu.Shipment{},
		"OrderList":         orderList{},
		"OrderImportResult": kefu.OrderImportResult{},
		"Store":             storeJSON{},
		"StoreList":         storeList{},
		"StoreCreate":       storeCreateRequest{},
		"StoreUpdate":       kefu.StoreUpdate{},
		"User":              kefu.User{},
		"UserList":          userList{},
		"UserCreate":        userCreateRequest{},
		"UserUpdate":        kefu.UserUpdate{},
		"Token":             kefu.Token{},
		"TokenList":         tokenList{},
		"TokenCreate":       tokenCreateRequest{},
		"TokenCreated":      tokenCreated{},
		"AuditEntry":        kefu.AuditEntry{},
		"AuditPage":         auditPage{},
		"LintRequest":       lintRequest{},
		"LintResult":        lintResult{},
		"LintViolation":     compliance.Violation{},
	}
	for name, v := range types {
		sc, ok := doc.Components.Schemas[name]
		if !ok {
			t.Errorf("schema %s is missing", name)
			continue
		}
		got := schemaProps(doc, sc)
		var want []string
		for k := range jsonFields(reflect.TypeOf(v)) {
			want = append(want, k)
		}
		sort.Strings(want)
		if !slices.Equal(got, want) {
			t.Errorf("schema %s has %v, Go type has %v", name, got, want)
		}
	}
	enums := map[string][]kefu.Label{"Status": kefu.Statuses, "Priority": kefu.Priorities, "Intent": kefu.Intents,
		"NoticeKind": kefu.NoticeKinds, "Platform": kefu.Platforms, "Role": kefu.Roles}
	for name, labels := range enums {
		var ids []string
		for _, l := range labels {
			ids = append(ids, l.ID)
		}
		if got := doc.Components.Schemas[name].Enum; !slices.Equal(got, ids) {
			t.Errorf("enum %s = %v, domain has %v", name, got, ids)
		}
	}
	if got := doc.Components.Schemas["Scope"].Enum; !slices.Equal(got, kefu.Scopes) {
		t.Errorf("enum Scope = %v, domain has %v", got, kefu.Scopes)
	}
}

func schemaProps(doc openAPI, sc schema) []string {
	var out []string
	for k := range sc.Properties {
		out = append(out, k)
	}
	for _, part := range sc.AllOf {
		if part.Ref != "" {
			part = doc.Components.Schemas[strings.TrimPrefix(part.Ref, "#/components/schemas/")]
		}
		out = append(out, schemaProps(doc, part)...)
	}
	sort.Strings(out)
	return out
}

func TestOpenAPIIsServedPublicly(t *testing.T) {
	e := newEnv(t)
	rec := e.do(req{method: "GET", path: "/api/v1/openapi.json"})
	if rec.Code != http.StatusOK || rec.Header().Get("Content-Type") != "application/json" || !json.Valid(rec.Body.Bytes()) {
		t.Fatalf("GET /api/v1/openapi.json = %d %q", rec.Code, rec.Header().Get("Content-Type"))
	}
}
