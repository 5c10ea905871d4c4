package web

import (
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"reflect"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"kefu"
)

// fakeSLA is an in-memory kefu.SLAService for the web layer: it demands
// the scopes storage demands and runs the domain's Validate.
type fakeSLA struct {
	mu        sync.Mutex
	f         *fake
	nextID    int64
	policies  map[int64]*kefu.SLAPolicy
	calendars map[int64]*kefu.BusinessCalendar
	incidents []*kefu.Incident
	freezes   map[int64]*kefu.RefundFreeze
	quiet     map[int64]bool // tickets marked no response needed
}

func newFakeSLA(f *fake) *fakeSLA {
	return &fakeSLA{f: f, nextID: 500, policies: map[int64]*kefu.SLAPolicy{}, calendars: map[int64]*kefu.BusinessCalendar{},
		freezes: map[int64]*kefu.RefundFreeze{}, quiet: map[int64]bool{}}
}

func (s *fakeSLA) require(ctx context.Context, scope string) (*kefu.Actor, error) {
	a := kefu.ActorFrom(ctx)
	return a, a.Require(scope)
}

func (s *fakeSLA) ListSLAPolicies(ctx context.Context) ([]*kefu.SLAPolicy, error) {
	if _, err := s.require(ctx, kefu.ScopeTicketsRead); err != nil {
		return nil, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []*kefu.SLAPolicy
	for _, p := range s.policies {
		c := *p
		out = append(out, &c)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out, nil
}

func (s *fakeSLA) FindSLAPolicy(ctx context.Context, id int64) (*kefu.SLAPolicy, error) {
	if _, err := s.require(ctx, kefu.ScopeTicketsRead); err != nil {
		return nil, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	p, ok := s.policies[id]
	if !ok {
		return nil, kefu.NotFound("SLA policy")
	}
	c := *p
	return &c, nil
}

func (s *fakeSLA) CreateSLAPolicy(ctx context.Context, p *kefu.SLAPolicy) error {
	if _, err := s.require(ctx, kefu.ScopeAdmin); err != nil {
		return err
	}
	if err := p.Validate(); err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.nextID++
	p.ID, p.CreatedAt, p.UpdatedAt = s.nextID, kefu.Now(), kefu.Now()
	c := *p
	s.policies[p.ID] = &c
	return nil
}

func (s *fakeSLA) UpdateSLAPolicy(ctx context.Context, p *kefu.SLAPolicy) error {
	if _, err := s.require(ctx, kefu.ScopeAdmin); err != nil {
		return err
	}
	if err := p.Validate(); err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	old, ok := s.policies[p.ID]
	if !ok {
		return kefu.NotFound("SLA policy")
	}
	p.CreatedAt, p.UpdatedAt = old.CreatedAt, kefu.Now()
	c := *p
	s.policies[p.ID] = &c
	return nil
}

func (s *fakeSLA) DeleteSLAPolicy(ctx context.Context, id int64) error {
	if _, err := s.require(ctx, kefu.ScopeAdmin); err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, ok := s.policies[id]; !ok {
		return kefu.NotFound("SLA policy")
	}
	delete(s.policies, id)
	return nil
}

func (s *fakeSLA) ListBusinessCalendars(ctx context.Context) ([]*kefu.BusinessCalendar, error) {
	if _, err := s.require(ctx, kefu.ScopeTicketsRead); err != nil {
		return nil, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []*kefu.BusinessCalendar
	for _, c := range s.calendars {
		out = append(out, c)
	}
	return out, nil
}

func (s *fakeSLA) FindBusinessCalendar(ctx context.Context, id int64) (*kefu.BusinessCalendar, error) {
	if _, err := s.require(ctx, kefu.ScopeTicketsRead); err != nil {
		return nil, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	c, ok := s.calendars[id]
	if !ok {
		return nil, kefu.NotFound("business calendar")
	}
	cc := *c
	return &cc, nil
}

func (s *fakeSLA) CreateBusinessCalendar(ctx context.Context, c *kefu.BusinessCalendar) error {
	if _, err := s.require(ctx, kefu.ScopeAdmin); err != nil {
		return err
	}
	if err := c.Validate(); err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, o := range s.calendars {
		if o.StoreID == c.StoreID {
			return kefu.Errorf(kefu.ECONFLICT, "store %d has a calendar already", c.StoreID)
		}
	}
	s.nextID++
	c.ID = s.nextID
	cc := *c
	s.calendars[c.ID] = &cc
	return nil
}

func (s *fakeSLA) UpdateBusinessCalendar(ctx context.Context, c *kefu.BusinessCalendar) error {
	if _, err := s.require(ctx, kefu.ScopeAdmin); err != nil {
		return err
	}
	if err := c.Validate(); err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, ok := s.calendars[c.ID]; !ok {
		return kefu.NotFound("business calendar")
	}
	cc := *c
	s.calendars[c.ID] = &cc
	return nil
}

func (s *fakeSLA) DeleteBusinessCalendar(ctx context.Context, id int64) error {
	if _, err := s.require(ctx, kefu.ScopeAdmin); err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, ok := s.calendars[id]; !ok {
		return kefu.NotFound("business calendar")
	}
	delete(s.calendars, id)
	return nil
}

func (s *fakeSLA) ListIncidents(ctx context.Context, f kefu.IncidentFilter) ([]*kefu.Incident, error) {
	a, err := s.require(ctx, kefu.ScopeTicketsRead)
	if err != nil {
		return nil, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []*kefu.Incident
	for _, inc := range s.incidents {
		if a.CanSeeStore(inc.StoreID) && (f.StoreID == 0 || f.StoreID == inc.StoreID) && (f.TicketID == 0 || f.TicketID == inc.TicketID) {
			out = append(out, inc)
		}
	}
	return out, nil
}

func (s *fakeSLA) FindRefundFreeze(ctx context.Context, storeID int64) (*kefu.RefundFreeze, error) {
	a, err := s.require(ctx, kefu.ScopeTicketsRead)
	if err != nil {
		return nil, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	f, ok := s.freezes[storeID]
	if !ok || !a.CanSeeStore(storeID) {
		return nil, kefu.NotFound("refund freeze")
	}
	return f, nil
}

func (s *fakeSLA) LiftRefundFreeze(ctx context.Context, storeID int64) error {
	if _, err := s.require(ctx, kefu.ScopeAdmin); err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, ok := s.freezes[storeID]; !ok {
		return kefu.NotFound("refund freeze")
	}
	delete(s.freezes, storeID)
	return nil
}

func (s *fakeSLA) MarkNoResponseNeeded(ctx context.Context, ticketID int64) (*kefu.Ticket, error) {
	t, err := s.f.FindTicketByID(ctx, ticketID)
	if err != nil {
		return nil, err
	}
	if _, err := s.require(ctx, kefu.ScopeTicketsWrite); err != nil {
		return nil, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.quiet[ticketID] = true
	t.FirstResponseDue, t.NextResponseDue = nil, nil
	return t, nil
}

// newSLAEnv is newEnv with an SLA service.
func newSLAEnv(t *testing.T) (*testEnv, *fakeSLA) {
	e := newEnv(t)
	sla := newFakeSLA(e.fake)
	svc := e.fake.services()
	svc.Blobs, svc.SLA = e.blobs, sla
	e.srv = NewServer(svc, Options{Logger: slog.New(slog.NewJSONHandler(e.logs, nil)), Registry: e.reg})
	return e, sla
}

const goodPolicy = `{"name":"Amazon US","platform":"amazon","kind":"message","first_response":"24h","next_response":"24h",
	"escalations":[{"name":"warn","after":"2h","notify":true},{"name":"critical","after":"3d","freeze_refunds":true}]}`

func TestSLAPolicyAPI_CreateReadPatchDelete(t *testing.T) {
	e, _ := newSLAEnv(t)
	var p kefu.SLAPolicy
	rec := e.call("POST", "/api/v1/sla-policies", tokAdmin, rawJSON(goodPolicy), &p, http.StatusCreated)
	if rec.Header().Get("Location") != fmt.Sprintf("/api/v1/sla-policies/%d", p.ID) || !p.Enabled || p.Clock != kefu.ClockCalendar ||
		p.FirstResponse != kefu.SLAHours(24) || len(p.Escalations) != 2 || p.Escalations[1].After != kefu.SLADays(3) {
		t.Fatalf("created %+v (Location %q)", p, rec.Header().Get("Location"))
	}
	raw := e.do(req{method: "GET", path: fmt.Sprintf("/api/v1/sla-policies/%d", p.ID), token: tokAdmin}).Body.String()
	for _, want := range []string{`"first_response":"24h"`, `"after":"3d"`, `"enabled":true`} {
		if !contains(raw, want) {
			t.Errorf("GET body lacks %s: %s", want, raw)
		}
	}
	if contains(raw, `"resolution"`) {
		t.Errorf("a policy without a resolution target shows one: %s", raw)
	}

	// A merge patch: the name changes, the ladder stays.
	var patched kefu.SLAPolicy
	e.call("PATCH", fmt.Sprintf("/api/v1/sla-policies/%d", p.ID), tokAdmin, rawJSON(`{"name":"Amazon US+","enabled":false}`), &patched, http.StatusOK)
	if patched.Name != "Amazon US+" || patched.Enabled || len(patched.Escalations) != 2 || patched.FirstResponse != kefu.SLAHours(24) {
		t.Fatalf("patched %+v", patched)
	}
	patched = kefu.SLAPolicy{} // the answer leaves out what is unset
	e.call("PATCH", fmt.Sprintf("/api/v1/sla-policies/%d", p.ID), tokAdmin, rawJSON(`{"escalations":[{"name":"escalate","after":"1d","assign_role":"supervisor"}],"first_response":null}`), &patched, http.StatusOK)
	if len(patched.Escalations) != 1 || patched.Escalations[0].AssignRole != kefu.RoleSupervisor || !patched.FirstResponse.IsZero() || patched.Name != "Amazon US+" {
		t.Fatalf("patched ladder %+v", patched)
	}
	wantProblem(t, e.do(req{method: "PATCH", path: fmt.Sprintf("/api/v1/sla-policies/%d", p.ID), token: tokAdmin, body: `{"clock":"lunar"}`}),
		http.StatusUnprocessableEntity, kefu.EINVALID, "clock")
	wantProblem(t, e.do(req{method: "PATCH", path: "/api/v1/sla-policies/999", token: tokAdmin, body: `{}`}), http.StatusNotFound, kefu.ENOTFOUND, "")

	var list slaPolicyList
	e.call("GET", "/api/v1/sla-policies", tokAdmin, nil, &list, http.StatusOK)
	if len(list.Policies) != 1 {
		t.Fatalf("list = %+v", list)
	}
	e.call("DELETE", fmt.Sprintf("/api/v1/sla-policies/%d", p.ID), tokAdmin, nil, nil, http.StatusNoContent)
	e.call("GET", "/api/v1/sla-policies", tokAdmin, nil, &list, http.StatusOK)
	if list.Policies == nil || len(list.Policies) != 0 {
		t.Fatalf("after delete = %+v", list)
	}
	wantProblem(t, e.do(req{method: "GET", path: "/api/v1/sla-policies", token: tokAgent}), http.StatusForbidden, kefu.EFORBIDDEN, "")
}

func TestSLAPolicyAPI_BadPoliciesNameTheField(t *testing.T) {
	e, _ := newSLAEnv(t)
	for _, tc := range []struct {
		name   string
		body   string
		status int
		field  string
	}{
		{"negative duration", `{"name":"x","first_response":"-2h"}`, 422, "first_response"},
		{"malformed duration", `{"name":"x","resolution":"two days"}`, 422, "resolution"},
		{"number for a duration", `{"name":"x","next_response":86400}`, 422, "next_response"},
		{"negative escalation", `{"name":"x","escalations":[{"name":"warn","after":"-1h"}]}`, 422, "escalations.0.after"},
		{"unknown level", `{"name":"x","escalations":[{"name":"warn","after":"1h"},{"name":"panic","after":"2h"}]}`, 422, "escalations.1.name"},
		{"unknown platform", `{"name":"x","platform":"etsy"}`, 422, "platform"},
		{"unknown notice kind", `{"name":"x","notice_kind":"complaint"}`, 422, "notice_kind"},
		{"unknown clock", `{"name":"x","clock":"lunar"}`, 422, "clock"},
		{"no name", `{"first_response":"1h"}`, 422, "name"},
		{"unknown field", `{"name":"x","first_reply":"1h"}`, 400, "first_reply"},
		{"wrong type", `{"name":"x","position":"first"}`, 400, "position"},
		{"wrong type in a level", `{"name":"x","escalations":[{"name":"warn","after":"1h","notify":"yes"}]}`, 400, "escalations.0.notify"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			wantProblem(t, e.do(req{method: "POST", path: "/api/v1/sla-policies", token: tokAdmin, body: tc.body}), tc.status, kefu.EINVALID, tc.field)
		})
	}
}

func TestBusinessCalendarAPI(t *testing.T) {
	e, _ := newSLAEnv(t)
	body := `{"name":"Shenzhen","timezone":"Asia/Shanghai","periods":{"mon":[{"start":540,"end":720},{"start":810,"end":1080}]},"holidays":["2026-10-01"]}`
	var c kefu.BusinessCalendar
	rec := e.call("POST", "/api/v1/business-calendars", tokAdmin, rawJSON(body), &c, http.StatusCreated)
	if rec.Header().Get("Location") == "" || len(c.Day(time.Monday)) != 2 || c.Holidays[0] != "2026-10-01" {
		t.Fatalf("created %+v", c)
	}
	wantProblem(t, e.do(req{method: "POST", path: "/api/v1/business-calendars", token: tokAdmin, body: body}), http.StatusConflict, kefu.ECONFLICT, "")
	for _, tc := range []struct {
		name, body string
		status     int
		field      string
	}{
		{"overlapping periods", `{"store_id":1,"periods":{"mon":[{"start":540,"end":720},{"start":700,"end":900}]}}`, 422, "periods.mon"},
		{"unknown time zone", `{"store_id":1,"timezone":"Asia/Atlantis","periods":{"mon":[{"start":540,"end":720}]}}`, 422, "timezone"},
		{"unknown weekday", `{"store_id":1,"periods":{"monday":[{"start":540,"end":720}]}}`, 400, "periods.monday"},
		{"period past midnight", `{"store_id":1,"periods":{"fri":[{"start":1200,"end":1500}]}}`, 422, "periods.fri.0"},
		{"bad holiday", `{"store_id":1,"periods":{"mon":[{"start":540,"end":720}]},"holidays":["1 Oct"]}`, 422, "holidays.0"},
		{"clock time instead of minutes", `{"store_id":1,"periods":{"mon":[{"start":"09:00","end":720}]}}`, 400, "periods.mon.0.start"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			wantProblem(t, e.do(req{method: "POST", path: "/api/v1/business-calendars", token: tokAdmin, body: tc.body}), tc.status, kefu.EINVALID, tc.field)
		})
	}
	var patched kefu.BusinessCalendar
	e.call("PATCH", fmt.Sprintf("/api/v1/business-calendars/%d", c.ID), tokAdmin, rawJSON(`{"holidays":["2026-10-02","2026-10-01"]}`), &patched, http.StatusOK)
	if len(patched.Holidays) != 2 || patched.Holidays[0] != "2026-10-01" || patched.Timezone != "Asia/Shanghai" || len(patched.Day(time.Monday)) != 2 {
		t.Fatalf("patched %+v", patched)
	}
	var list businessCalendarList
	e.call("GET", "/api/v1/business-calendars", tokAdmin, nil, &list, http.StatusOK)
	if len(list.Calendars) != 1 {
		t.Fatalf("list %+v", list)
	}
	e.call("DELETE", fmt.Sprintf("/api/v1/business-calendars/%d", c.ID), tokAdmin, nil, nil, http.StatusNoContent)
	wantProblem(t, e.do(req{method: "GET", path: fmt.Sprintf("/api/v1/business-calendars/%d", c.ID), token: tokAdmin}), http.StatusNotFound, kefu.ENOTFOUND, "")
}

func TestIncidentsRefundFreezeAndNoResponseNeededAPI(t *testing.T) {
	e, sla := newSLAEnv(t)
	until := time.Now().Add(24 * time.Hour).UTC().Truncate(time.Millisecond)
	sla.incidents = []*kefu.Incident{
		{ID: 1, StoreID: storeUS, TicketID: 5, Level: kefu.EscalationCritical, Title: "SLA critical", Report: &kefu.IncidentReport{TicketID: 5}, Markdown: "# SLA critical"},
		{ID: 2, StoreID: storeMY, TicketID: 6, Level: kefu.EscalationCritical, Title: "MY", Report: &kefu.IncidentReport{TicketID: 6}},
	}
	sla.freezes[storeUS] = &kefu.RefundFreeze{StoreID: storeUS, Until: until, Reason: "SLA critical on ticket 5", IncidentID: 1}

	var incs incidentList
	e.call("GET", "/api/v1/incidents", tokAgent, nil, &incs, http.StatusOK) // the agent sees the US store only
	if len(incs.Incidents) != 1 || incs.Incidents[0].Markdown != "# SLA critical" {
		t.Fatalf("incidents %+v", incs)
	}
	e.call("GET", "/api/v1/incidents?store_id=2", tokAdmin, nil, &incs, http.StatusOK)
	if len(incs.Incidents) != 1 || incs.Incidents[0].StoreID != storeMY {
		t.Fatalf("incidents of store 2: %+v", incs)
	}
	wantProblem(t, e.do(req{method: "GET", path: "/api/v1/incidents?store=1", token: tokAdmin}), http.StatusBadRequest, kefu.EINVALID, "store")
	wantProblem(t, e.do(req{method: "GET", path: "/api/v1/incidents?limit=1000", token: tokAdmin}), http.StatusBadRequest, kefu.EINVALID, "limit")

	var st refundFreezeStatus
	e.call("GET", "/api/v1/stores/1/refund-freeze", tokAgentRead, nil, &st, http.StatusOK)
	if !st.Frozen || st.Until == nil || !st.Until.Equal(until) || st.IncidentID != 1 {
		t.Fatalf("freeze %+v", st)
	}
	e.call("GET", "/api/v1/stores/2/refund-freeze", tokAdmin, nil, &st, http.StatusOK)
	if st.Frozen || st.StoreID != storeMY {
		t.Fatalf("store 2 freeze %+v", st)
	}
	wantProblem(t, e.do(req{method: "GET", path: "/api/v1/stores/2/refund-freeze", token: tokAgent}), http.StatusNotFound, kefu.ENOTFOUND, "")
	wantProblem(t, e.do(req{method: "DELETE", path: "/api/v1/stores/1/refund-freeze", token: tokAgent}), http.StatusForbidden, kefu.EFORBIDDEN, "")
	e.call("DELETE", "/api/v1/stores/1/refund-freeze", tokAdmin, nil, nil, http.StatusNoContent)
	e.call("GET", "/api/v1/stores/1/refund-freeze", tokAdmin, nil, &st, http.StatusOK)
	if st.Frozen {
		t.Fatal("still frozen after the lift")
	}

	tk := e.seedTicket(storeUS, kefu.StatusOpen)
	due := time.Now().Add(time.Hour)
	tk.FirstResponseDue = &due
	var got kefu.Ticket
	e.call("POST", fmt.Sprintf("/api/v1/tickets/%d/no-response-needed", tk.ID), tokAgent, nil, &got, http.StatusOK)
	if got.ID != tk.ID || got.FirstResponseDue != nil || !sla.quiet[tk.ID] {
		t.Fatalf("no response needed: %+v", got)
	}
	wantProblem(t, e.do(req{method: "POST", path: fmt.Sprintf("/api/v1/tickets/%d/no-response-needed", tk.ID), token: tokViewer}), http.StatusForbidden, kefu.EFORBIDDEN, "")
}

func TestSLAAPIWithoutTheServiceIsUnavailable(t *testing.T) {
	e := newEnv(t)
	wantProblem(t, e.do(req{method: "GET", path: "/api/v1/sla-policies", token: tokAdmin}), http.StatusServiceUnavailable, kefu.EINTERNAL, "")
}

func TestOpenAPISLASchemasMatchTheGoTypes(t *testing.T) {
	doc := loadOpenAPI(t)
	for name, v := range map[string]any{
		"SLAPolicy":              kefu.SLAPolicy{},
		"SLAPolicyCreate":        slaPolicyRequest{},
		"SLAPolicyList":          slaPolicyList{},
		"EscalationLevel":        kefu.EscalationLevel{},
		"Period":                 kefu.Period{},
		"Week":                   kefu.Week{},
		"BusinessCalendar":       kefu.BusinessCalendar{},
		"BusinessCalendarCreate": businessCalendarRequest{},
		"BusinessCalendarList":   businessCalendarList{},
		"Incident":               kefu.Incident{},
		"IncidentReport":         kefu.IncidentReport{},
		"IncidentTimestamp":      kefu.IncidentTimestamp{},
		"IncidentList":           incidentList{},
		"RefundFreezeStatus":     refundFreezeStatus{},
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
}

// rawJSON is a body already in JSON.
type rawJSON string

func (r rawJSON) MarshalJSON() ([]byte, error) { return []byte(r), nil }

func contains(s, sub string) bool { return strings.Contains(s, sub) }
