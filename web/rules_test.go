package web

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"reflect"
	"slices"
	"sort"
	"strings"
	"testing"

	"kefu"
	"kefu/rules"
	"kefu/storage"
	"kefu/storage/storagetest"
)

// rulesEnv serves the API over a real SQLite database, with an admin and
// an agent token.
type rulesEnv struct {
	*testEnv
	db    *storage.DB
	store *kefu.Store
	admin string
	agent string
}

func newRulesEnv(t *testing.T) *rulesEnv {
	t.Helper()
	db := storagetest.OpenSQLite(t)
	sys := kefu.SystemContext(t.Context(), "test")
	store := storagetest.Store(t, db, "acme-us", "amazon", nil)
	token := func(email, role string, scopes ...string) string {
		u := &kefu.User{Email: email, Role: role}
		if err := db.CreateUser(sys, u, ""); err != nil {
			t.Fatal(err)
		}
		secret, err := db.CreateToken(sys, &kefu.Token{UserID: u.ID, Name: email, Scopes: scopes})
		if err != nil {
			t.Fatal(err)
		}
		return secret
	}
	admin := token("admin@example.com", kefu.RoleAdmin, kefu.ScopeAdmin)
	agent := token("agent@example.com", kefu.RoleAgent, kefu.ScopeTicketsRead, kefu.ScopeTicketsWrite)
	srv := NewServer(Services{Tickets: db, Stores: db, Users: db, Tokens: db, Audit: db,
		Rules: db, AutoReplies: db, RuleDryRun: &rules.Engine{Store: db}}, Options{})
	return &rulesEnv{testEnv: &testEnv{t: t, srv: srv}, db: db, store: store, admin: admin, agent: agent}
}

func decodeBody[T any](t *testing.T, body []byte) T {
	t.Helper()
	var v T
	if err := json.Unmarshal(body, &v); err != nil {
		t.Fatalf("decode %s: %v", body, err)
	}
	return v
}

const wismoRule = `{"name":"WISMO","conditions":[{"field":"intent","op":"eq","value":"order_status"}],
	"actions":[{"type":"add_tags","params":{"tags":["wismo"]}}]}`

func TestRulesAPI_CRUDReorderAndEnable(t *testing.T) {
	e := newRulesEnv(t)
	rec := e.do(req{method: "POST", path: "/api/v1/rules", token: e.admin, body: wismoRule})
	if rec.Code != http.StatusCreated {
		t.Fatalf("create = %d %s", rec.Code, rec.Body)
	}
	first := decodeBody[kefu.Rule](t, rec.Body.Bytes())
	if !first.Enabled || first.Position != 1 || first.Trigger != "ticket_created" || rec.Header().Get("Location") != fmt.Sprintf("/api/v1/rules/%d", first.ID) {
		t.Errorf("created %+v at %s", first, rec.Header().Get("Location"))
	}
	rec = e.do(req{method: "POST", path: "/api/v1/rules", token: e.admin,
		body: fmt.Sprintf(`{"name":"store rule","store_id":%d,"enabled":false,"actions":[{"type":"hold"}]}`, e.store.ID)})
	second := decodeBody[kefu.Rule](t, rec.Body.Bytes())
	if rec.Code != http.StatusCreated || second.Enabled || second.Position != 2 {
		t.Fatalf("second = %d %s", rec.Code, rec.Body)
	}

	// Move the second rule first and switch it on.
	rec = e.do(req{method: "PATCH", path: fmt.Sprintf("/api/v1/rules/%d", second.ID), token: e.admin, body: `{"position":1,"enabled":true}`})
	if rec.Code != http.StatusOK {
		t.Fatalf("patch = %d %s", rec.Code, rec.Body)
	}
	rec = e.do(req{method: "GET", path: "/api/v1/rules", token: e.admin})
	list := decodeBody[ruleList](t, rec.Body.Bytes())
	if len(list.Rules) != 2 || list.Rules[0].ID != second.ID || list.Rules[1].Position != 2 || !list.Rules[0].Enabled {
		t.Errorf("after reorder: %s", rec.Body)
	}
	rec = e.do(req{method: "GET", path: "/api/v1/rules?enabled=false", token: e.admin})
	if list := decodeBody[ruleList](t, rec.Body.Bytes()); len(list.Rules) != 0 {
		t.Errorf("disabled rules = %s", rec.Body)
	}
	rec = e.do(req{method: "GET", path: fmt.Sprintf("/api/v1/rules/%d", first.ID), token: e.admin})
	if got := decodeBody[kefu.Rule](t, rec.Body.Bytes()); rec.Code != http.StatusOK || got.Name != "WISMO" || got.Position != 2 {
		t.Errorf("get = %d %s", rec.Code, rec.Body)
	}
	rec = e.do(req{method: "DELETE", path: fmt.Sprintf("/api/v1/rules/%d", first.ID), token: e.admin})
	if rec.Code != http.StatusNoContent {
		t.Errorf("delete = %d", rec.Code)
	}
	wantProblem(t, e.do(req{method: "GET", path: fmt.Sprintf("/api/v1/rules/%d", first.ID), token: e.admin}), http.StatusNotFound, kefu.ENOTFOUND, "")
	// Rules are for admins.
	wantProblem(t, e.do(req{method: "GET", path: "/api/v1/rules", token: e.agent}), http.StatusForbidden, kefu.EFORBIDDEN, "")
}

func TestRulesAPI_BadRulesAreRefusedWithTheirPath(t *testing.T) {
	e := newRulesEnv(t)
	for _, tt := range []struct {
		body   string
		status int
		field  string
		detail string
	}{
		{`{"name":"x","conditions":[{"field":"intent","op":"eq","value":"order_status"},{"field":"intnet","op":"eq","value":"x"}],"actions":[{"type":"hold"}]}`,
			422, "conditions.1.field", `conditions.1.field: unknown field "intnet" (did you mean "intent"?); known: platform`},
		{`{"name":"x","conditions":[{"field":"text","op":"matches","value":"(a"}],"actions":[{"type":"hold"}]}`,
			422, "conditions.0.value", "pattern does not compile: missing closing )"},
		{`{"name":"x","actions":[{"type":"auto_reply","params":{"template":"missing"}}]}`,
			422, "actions.0.params.template", `no auto-reply template named "missing"`},
		{`{"name":"x","actions":[{"type":"assign","params":{"strategy":"least_loaded","colour":"red"}}]}`,
			422, "actions.0.params.colour", `unknown parameter "colour" for assign; known: strategy, team, user_id`},
		{`{"name":"x","conditions":[{"field":"intent","op":"eq","value":"x","colour":1}],"actions":[{"type":"hold"}]}`,
			400, "conditions.0.colour", "unknown field"},
		{`{"name":"x","actions":[]}`, 422, "actions", "at least one action"},
		{`{"name":"x","actions":{}}`, 400, "actions", "must be an array"},
	} {
		rec := e.do(req{method: "POST", path: "/api/v1/rules", token: e.admin, body: tt.body})
		p := wantProblem(t, rec, tt.status, kefu.EINVALID, tt.field)
		if !strings.Contains(p.Detail, tt.detail) {
			t.Errorf("%s: detail %q, want it to contain %q", tt.body, p.Detail, tt.detail)
		}
	}
	rec := e.do(req{method: "PATCH", path: "/api/v1/rules/99", token: e.admin, body: `{"enabled":false}`})
	wantProblem(t, rec, http.StatusNotFound, kefu.ENOTFOUND, "")
}

func TestRulesAPI_DryRunShowsWhatWouldFireAndChangesNothing(t *testing.T) {
	e := newRulesEnv(t)
	sys := kefu.SystemContext(t.Context(), "test")
	for _, intent := range []string{"order_status", "refund_request", "order_status"} {
		_, err := e.db.CreateTicket(sys, &kefu.TicketCreate{StoreID: e.store.ID, Subject: "about " + intent, Intent: intent, Channel: "email",
			Message: &kefu.Message{Direction: kefu.DirectionInbound, Channel: "email", Text: "hello"}})
		if err != nil {
			t.Fatal(err)
		}
	}
	rec := e.do(req{method: "POST", path: "/api/v1/rules/dry-run", token: e.admin, body: `{"rule":` + wismoRule + `,"last":2}`})
	if rec.Code != http.StatusOK {
		t.Fatalf("dry run = %d %s", rec.Code, rec.Body)
	}
	res := decodeBody[kefu.RuleDryRunResult](t, rec.Body.Bytes())
	if res.Evaluated != 2 || res.Matched != 1 || len(res.Tickets[0].Fired) != 1 || len(res.Tickets[1].Fired) != 0 ||
		res.Tickets[0].Fired[0].Actions[0].Type != "add_tags" {
		t.Errorf("dry run = %s", rec.Body)
	}
	page, err := e.db.ListTickets(sys, kefu.TicketFilter{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tk := range page.Tickets {
		if len(tk.Tags) != 0 {
			t.Errorf("dry run tagged ticket %d", tk.ID)
		}
	}
	for _, tt := range []struct{ body, field string }{
		{`{"last":1001}`, "last"},
		{`{"rule":{"name":"x","actions":[{"type":"tag"}]}}`, "rule.actions.0.type"},
		{`{"rule_ids":[42]}`, "rule_ids.0"},
	} {
		p := wantProblem(t, e.do(req{method: "POST", path: "/api/v1/rules/dry-run", token: e.admin, body: tt.body}), 422, kefu.EINVALID, tt.field)
		if strings.HasPrefix(tt.field, "rule") && !strings.HasPrefix(p.Detail, tt.field+": ") {
			t.Errorf("detail %q does not name %s", p.Detail, tt.field)
		}
	}
}

func TestAutoReplyTemplatesAPI(t *testing.T) {
	e := newRulesEnv(t)
	rec := e.do(req{method: "POST", path: "/api/v1/auto-reply-templates", token: e.admin,
		body: `{"name":"wismo","intent":"order_status","language":"en","body":"Order {{order_number}}: {{tracking_link | soon}}"}`})
	if rec.Code != http.StatusCreated {
		t.Fatalf("create = %d %s", rec.Code, rec.Body)
	}
	tpl := decodeBody[kefu.AutoReplyTemplate](t, rec.Body.Bytes())
	p := wantProblem(t, e.do(req{method: "POST", path: "/api/v1/auto-reply-templates", token: e.admin,
		body: `{"name":"x","language":"en","body":"Hi {{buyer_nmae}}"}`}), 422, kefu.EINVALID, "body")
	if !strings.Contains(p.Detail, `unknown variable {{buyer_nmae}} at byte 3 (did you mean "buyer_name"?); known: order_number`) {
		t.Errorf("detail = %q", p.Detail)
	}
	// Agents read templates; only admins change them.
	rec = e.do(req{method: "GET", path: "/api/v1/auto-reply-templates?intent=order_status", token: e.agent})
	if list := decodeBody[autoReplyTemplateList](t, rec.Body.Bytes()); rec.Code != 200 || len(list.Templates) != 1 {
		t.Errorf("list = %d %s", rec.Code, rec.Body)
	}
	wantProblem(t, e.do(req{method: "GET", path: "/api/v1/auto-reply-templates?colour=red", token: e.agent}), 400, kefu.EINVALID, "colour")
	path := fmt.Sprintf("/api/v1/auto-reply-templates/%d", tpl.ID)
	wantProblem(t, e.do(req{method: "PUT", path: path, token: e.agent, body: `{}`}), http.StatusForbidden, kefu.EFORBIDDEN, "")
	rec = e.do(req{method: "PUT", path: path, token: e.admin, body: `{"name":"wismo","language":"zh","body":"订单 {{order_number}}"}`})
	if got := decodeBody[kefu.AutoReplyTemplate](t, rec.Body.Bytes()); rec.Code != 200 || got.Language != "zh" || got.Intent != "" {
		t.Errorf("put = %d %s", rec.Code, rec.Body)
	}
	rec = e.do(req{method: "GET", path: path, token: e.agent})
	if rec.Code != 200 || !strings.Contains(rec.Body.String(), "订单") {
		t.Errorf("get = %d %s", rec.Code, rec.Body)
	}
	if rec := e.do(req{method: "DELETE", path: path, token: e.admin}); rec.Code != http.StatusNoContent {
		t.Errorf("delete = %d", rec.Code)
	}
	wantProblem(t, e.do(req{method: "GET", path: path, token: e.agent}), http.StatusNotFound, kefu.ENOTFOUND, "")
}

func TestRuleFiringsAPI(t *testing.T) {
	e := newRulesEnv(t)
	sys := kefu.SystemContext(t.Context(), "test")
	tk, err := e.db.CreateTicket(sys, &kefu.TicketCreate{StoreID: e.store.ID, Subject: "x", Intent: "order_status", Channel: "email",
		Message: &kefu.Message{Direction: kefu.DirectionInbound, Channel: "email", Text: "hello"}})
	if err != nil {
		t.Fatal(err)
	}
	rec := e.do(req{method: "POST", path: "/api/v1/rules", token: e.admin, body: wismoRule})
	if rec.Code != http.StatusCreated {
		t.Fatal(rec.Body)
	}
	eng := &rules.Engine{Store: e.db}
	if err := e.db.Batch(sys, func(ctx context.Context) error {
		_, err := eng.Automate(ctx, tk.ID, kefu.EventTicketCreated, 0)
		return err
	}); err != nil {
		t.Fatal(err)
	}
	rec = e.do(req{method: "GET", path: fmt.Sprintf("/api/v1/tickets/%d/rule-firings", tk.ID), token: e.agent})
	list := decodeBody[ruleFiringList](t, rec.Body.Bytes())
	if rec.Code != 200 || len(list.Firings) != 1 || list.Firings[0].RuleName != "WISMO" || list.Firings[0].Actions[0].Outcome != "done" {
		t.Errorf("firings = %d %s", rec.Code, rec.Body)
	}
	wantProblem(t, e.do(req{method: "GET", path: "/api/v1/tickets/999/rule-firings", token: e.agent}), http.StatusNotFound, kefu.ENOTFOUND, "")
}

// The schemas of the rules API list exactly the JSON fields of its Go types.
func TestOpenAPIRuleSchemasMatchTheGoTypes(t *testing.T) {
	doc := loadOpenAPI(t)
	for name, v := range map[string]any{
		"Rule": kefu.Rule{}, "RuleList": ruleList{}, "RuleCreate": ruleCreateRequest{}, "RuleUpdate": kefu.RuleUpdate{},
		"RuleCondition": kefu.RuleCondition{}, "RuleAction": kefu.RuleAction{}, "RuleDryRun": kefu.RuleDryRun{},
		"RuleDryRunResult": kefu.RuleDryRunResult{}, "DryRunTicket": kefu.DryRunTicket{}, "DryRunFiring": kefu.DryRunFiring{},
		"DryRunRuleRef": kefu.DryRunRuleRef{}, "ActionResult": kefu.ActionResult{}, "RuleFiring": kefu.RuleFiring{},
		"RuleFiringList": ruleFiringList{}, "AutoReplyTemplate": kefu.AutoReplyTemplate{},
		"AutoReplyTemplateCreate": autoReplyTemplateRequest{}, "AutoReplyTemplateList": autoReplyTemplateList{},
	} {
		sc, ok := doc.Components.Schemas[name]
		if !ok {
			t.Errorf("schema %s is missing", name)
			continue
		}
		var want []string
		for k := range jsonFields(reflect.TypeOf(v)) {
			want = append(want, k)
		}
		sort.Strings(want)
		if got := schemaProps(doc, sc); !slices.Equal(got, want) {
			t.Errorf("schema %s has %v, Go type has %v", name, got, want)
		}
	}
	var cond struct {
		Properties struct {
			Field struct {
				Enum []string `json:"enum"`
			} `json:"field"`
		} `json:"properties"`
	}
	var raw struct {
		Components struct {
			Schemas map[string]json.RawMessage `json:"schemas"`
		} `json:"components"`
	}
	if err := json.Unmarshal(openAPIDocument, &raw); err != nil {
		t.Fatal(err)
	}
	schemas := raw.Components.Schemas
	if err := json.Unmarshal(schemas["RuleCondition"], &cond); err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(cond.Properties.Field.Enum, kefu.RuleFieldNames()) {
		t.Errorf("RuleCondition.field enum = %v, domain has %v", cond.Properties.Field.Enum, kefu.RuleFieldNames())
	}
}
