package web

import (
	"context"
	"encoding/json"
	"net/http"
	"reflect"
	"strconv"
	"time"

	"kefu"
)

// SLA policies, business calendars, incidents, refund freezes and "no
// response needed" (package sla keeps the clocks).

// slaPolicyRequest is the body of POST and PATCH /api/v1/sla-policies:
// a policy without its id and timestamps. Enabled defaults to true.
type slaPolicyRequest struct {
	Name          string                 `json:"name"`
	Platform      string                 `json:"platform,omitempty"`
	StoreID       int64                  `json:"store_id,omitempty"`
	Channel       string                 `json:"channel,omitempty"`
	NoticeKind    string                 `json:"notice_kind,omitempty"`
	Kind          string                 `json:"kind,omitempty"`
	FirstResponse kefu.SLADuration       `json:"first_response,omitzero"`
	NextResponse  kefu.SLADuration       `json:"next_response,omitzero"`
	Resolution    kefu.SLADuration       `json:"resolution,omitzero"`
	Clock         string                 `json:"clock,omitempty"`
	DueMargin     kefu.SLADuration       `json:"due_margin,omitzero"`
	Escalations   []kefu.EscalationLevel `json:"escalations,omitempty"`
	Position      int                    `json:"position,omitempty"`
	Enabled       *bool                  `json:"enabled,omitempty"`
}

func (q slaPolicyRequest) policy(id int64) *kefu.SLAPolicy {
	return &kefu.SLAPolicy{ID: id, Name: q.Name, Platform: q.Platform, StoreID: q.StoreID, Channel: q.Channel,
		NoticeKind: q.NoticeKind, Kind: q.Kind, FirstResponse: q.FirstResponse, NextResponse: q.NextResponse,
		Resolution: q.Resolution, Clock: q.Clock, DueMargin: q.DueMargin, Escalations: q.Escalations,
		Position: q.Position, Enabled: q.Enabled == nil || *q.Enabled}
}

func policyRequest(p *kefu.SLAPolicy) slaPolicyRequest {
	enabled := p.Enabled
	return slaPolicyRequest{Name: p.Name, Platform: p.Platform, StoreID: p.StoreID, Channel: p.Channel,
		NoticeKind: p.NoticeKind, Kind: p.Kind, FirstResponse: p.FirstResponse, NextResponse: p.NextResponse,
		Resolution: p.Resolution, Clock: p.Clock, DueMargin: p.DueMargin, Escalations: p.Escalations,
		Position: p.Position, Enabled: &enabled}
}

// slaPolicyList is the body of GET /api/v1/sla-policies.
type slaPolicyList struct {
	Policies []*kefu.SLAPolicy `json:"policies"`
}

// businessCalendarRequest is the body of POST and PATCH
// /api/v1/business-calendars.
type businessCalendarRequest struct {
	StoreID  int64     `json:"store_id,omitempty"`
	Name     string    `json:"name,omitempty"`
	Timezone string    `json:"timezone,omitempty"`
	Periods  kefu.Week `json:"periods"`
	Holidays []string  `json:"holidays,omitempty"`
}

func (q businessCalendarRequest) calendar(id int64) *kefu.BusinessCalendar {
	return &kefu.BusinessCalendar{ID: id, StoreID: q.StoreID, Name: q.Name, Timezone: q.Timezone, Periods: q.Periods, Holidays: q.Holidays}
}

// businessCalendarList is the body of GET /api/v1/business-calendars.
type businessCalendarList struct {
	Calendars []*kefu.BusinessCalendar `json:"calendars"`
}

// incidentList is the body of GET /api/v1/incidents.
type incidentList struct {
	Incidents []*kefu.Incident `json:"incidents"`
}

// refundFreezeStatus is the body of GET /api/v1/stores/{id}/refund-freeze.
type refundFreezeStatus struct {
	StoreID    int64      `json:"store_id"`
	Frozen     bool       `json:"frozen"`
	Until      *time.Time `json:"until,omitempty"`
	Reason     string     `json:"reason,omitempty"`
	IncidentID int64      `json:"incident_id,omitempty"`
}

// slaService is the SLA service, or a 503 when kefu runs without one.
func (s *Server) slaService() (kefu.SLAService, error) {
	if s.svc.SLA == nil {
		return nil, &requestError{status: http.StatusServiceUnavailable, err: kefu.Error{Code: kefu.EINTERNAL, Message: "SLA clocks are not running"}}
	}
	return s.svc.SLA, nil
}

// mergePatch applies a JSON merge patch (RFC 7396, top level: an array
// or object given replaces the old one whole) to current and decodes the
// result into dst. The body is first decoded on its own, so its mistakes
// are reported as the client wrote them.
func mergePatch(r *http.Request, current, dst any) error {
	if err := requireContentType(r, "application/json", "application/merge-patch+json"); err != nil {
		return err
	}
	body, err := readBody(r)
	if err != nil {
		return err
	}
	if err := decodeJSONBytes(body, dst); err != nil {
		return err
	}
	var patch, base map[string]json.RawMessage
	if err := json.Unmarshal(body, &patch); err != nil || patch == nil {
		return badRequest("", "request body must be a JSON object")
	}
	b, err := json.Marshal(current)
	if err != nil {
		return err
	}
	if err := json.Unmarshal(b, &base); err != nil {
		return err
	}
	for k, v := range patch {
		if string(v) == "null" {
			delete(base, k)
		} else {
			base[k] = v
		}
	}
	if b, err = json.Marshal(base); err != nil {
		return err
	}
	reflect.ValueOf(dst).Elem().SetZero() // decoding into slices reuses their elements
	return decodeJSONBytes(b, dst)
}

// slaCollection is one of the SLA service's editable collections
// (policies, business calendars): the handlers below serve both.
type slaCollection[T any, Req any] struct {
	path   string // under /api/v1, for Location
	list   func(svc kefu.SLAService, ctx context.Context) ([]T, error)
	page   func(items []T) any // the list's JSON body
	find   func(svc kefu.SLAService, ctx context.Context, id int64) (T, error)
	create func(svc kefu.SLAService, ctx context.Context, v T) error
	update func(svc kefu.SLAService, ctx context.Context, v T) error
	delete func(svc kefu.SLAService, ctx context.Context, id int64) error
	build  func(req Req, id int64) T // the request as the domain value
	edit   func(cur T) Req           // the current value as a request, for merge patches
	id     func(v T) int64
}

var slaPolicies = slaCollection[*kefu.SLAPolicy, slaPolicyRequest]{
	path:   "/sla-policies/",
	list:   kefu.SLAService.ListSLAPolicies,
	page:   func(ps []*kefu.SLAPolicy) any { return slaPolicyList{Policies: ps} },
	find:   kefu.SLAService.FindSLAPolicy,
	create: kefu.SLAService.CreateSLAPolicy,
	update: kefu.SLAService.UpdateSLAPolicy,
	delete: kefu.SLAService.DeleteSLAPolicy,
	build:  slaPolicyRequest.policy,
	edit:   policyRequest,
	id:     func(p *kefu.SLAPolicy) int64 { return p.ID },
}

var businessCalendars = slaCollection[*kefu.BusinessCalendar, businessCalendarRequest]{
	path:   "/business-calendars/",
	list:   kefu.SLAService.ListBusinessCalendars,
	page:   func(cs []*kefu.BusinessCalendar) any { return businessCalendarList{Calendars: cs} },
	find:   kefu.SLAService.FindBusinessCalendar,
	create: kefu.SLAService.CreateBusinessCalendar,
	update: kefu.SLAService.UpdateBusinessCalendar,
	delete: kefu.SLAService.DeleteBusinessCalendar,
	build:  businessCalendarRequest.calendar,
	edit: func(c *kefu.BusinessCalendar) businessCalendarRequest {
		return businessCalendarRequest{StoreID: c.StoreID, Name: c.Name, Timezone: c.Timezone, Periods: c.Periods, Holidays: c.Holidays}
	},
	id: func(c *kefu.BusinessCalendar) int64 { return c.ID },
}

func listSLA[T any, Req any](s *Server, c slaCollection[T, Req]) handlerFunc {
	return func(w http.ResponseWriter, r *http.Request) error {
		if _, err := parseQuery(r); err != nil {
			return err
		}
		svc, err := s.slaService()
		if err != nil {
			return err
		}
		items, err := c.list(svc, r.Context())
		if err != nil {
			return err
		}
		if items == nil {
			items = []T{}
		}
		return writeJSON(w, http.StatusOK, c.page(items))
	}
}

func createSLA[T any, Req any](s *Server, c slaCollection[T, Req]) handlerFunc {
	return func(w http.ResponseWriter, r *http.Request) error {
		svc, err := s.slaService()
		if err != nil {
			return err
		}
		var req Req
		if err := decodeJSON(r, &req); err != nil {
			return err
		}
		v := c.build(req, 0)
		if err := c.create(svc, r.Context(), v); err != nil {
			return err
		}
		w.Header().Set("Location", api+c.path+strconv.FormatInt(c.id(v), 10))
		return writeJSON(w, http.StatusCreated, v)
	}
}

func getSLA[T any, Req any](s *Server, c slaCollection[T, Req]) handlerFunc {
	return func(w http.ResponseWriter, r *http.Request) error {
		svc, id, err := s.slaTarget(r)
		if err != nil {
			return err
		}
		v, err := c.find(svc, r.Context(), id)
		if err != nil {
			return err
		}
		return writeJSON(w, http.StatusOK, v)
	}
}

// updateSLA applies a JSON merge patch to the stored value.
func updateSLA[T any, Req any](s *Server, c slaCollection[T, Req]) handlerFunc {
	return func(w http.ResponseWriter, r *http.Request) error {
		svc, id, err := s.slaTarget(r)
		if err != nil {
			return err
		}
		cur, err := c.find(svc, r.Context(), id)
		if err != nil {
			return err
		}
		var req Req
		if err := mergePatch(r, c.edit(cur), &req); err != nil {
			return err
		}
		v := c.build(req, id)
		if err := c.update(svc, r.Context(), v); err != nil {
			return err
		}
		return writeJSON(w, http.StatusOK, v)
	}
}

func deleteSLA[T any, Req any](s *Server, c slaCollection[T, Req]) handlerFunc {
	return func(w http.ResponseWriter, r *http.Request) error {
		svc, id, err := s.slaTarget(r)
		if err != nil {
			return err
		}
		if err := c.delete(svc, r.Context(), id); err != nil {
			return err
		}
		w.WriteHeader(http.StatusNoContent)
		return nil
	}
}

// slaTarget is the service and the {id} of a request on one SLA item.
func (s *Server) slaTarget(r *http.Request) (kefu.SLAService, int64, error) {
	id, err := pathID(r, "id")
	if err != nil {
		return nil, 0, err
	}
	svc, err := s.slaService()
	return svc, id, err
}

// incidentParams are the query parameters of GET /api/v1/incidents.
var incidentParams = []string{"store_id", "ticket_id", "before_id", "limit"}

func (s *Server) listIncidents(w http.ResponseWriter, r *http.Request) error {
	q, err := parseQuery(r, incidentParams...)
	if err != nil {
		return err
	}
	f := kefu.IncidentFilter{StoreID: q.id("store_id"), TicketID: q.id("ticket_id"), BeforeID: q.id("before_id"), Limit: q.int("limit")}
	if q.err != nil {
		return q.err
	}
	if f.Limit > kefu.MaxPageSize {
		return badRequest("limit", "limit must be at most %d", kefu.MaxPageSize)
	}
	svc, err := s.slaService()
	if err != nil {
		return err
	}
	incs, err := svc.ListIncidents(r.Context(), f)
	if err != nil {
		return err
	}
	if incs == nil {
		incs = []*kefu.Incident{}
	}
	return writeJSON(w, http.StatusOK, incidentList{Incidents: incs})
}

func (s *Server) getRefundFreeze(w http.ResponseWriter, r *http.Request) error {
	id, err := pathID(r, "id")
	if err != nil {
		return err
	}
	svc, err := s.slaService()
	if err != nil {
		return err
	}
	if _, err := s.svc.Stores.FindStoreByID(r.Context(), id); err != nil {
		return err // unknown, or outside the caller's stores
	}
	out := refundFreezeStatus{StoreID: id}
	f, err := svc.FindRefundFreeze(r.Context(), id)
	switch {
	case kefu.ErrorCode(err) == kefu.ENOTFOUND:
	case err != nil:
		return err
	default:
		out.Frozen, out.Until, out.Reason, out.IncidentID = true, &f.Until, f.Reason, f.IncidentID
	}
	return writeJSON(w, http.StatusOK, out)
}

func (s *Server) liftRefundFreeze(w http.ResponseWriter, r *http.Request) error {
	id, err := pathID(r, "id")
	if err != nil {
		return err
	}
	svc, err := s.slaService()
	if err != nil {
		return err
	}
	if err := svc.LiftRefundFreeze(r.Context(), id); err != nil {
		return err
	}
	w.WriteHeader(http.StatusNoContent)
	return nil
}

func (s *Server) markNoResponseNeeded(w http.ResponseWriter, r *http.Request) error {
	id, err := pathID(r, "id")
	if err != nil {
		return err
	}
	svc, err := s.slaService()
	if err != nil {
		return err
	}
	t, err := svc.MarkNoResponseNeeded(r.Context(), id)
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, t)
}
