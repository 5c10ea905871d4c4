package web

import (
	"context"
	"net/http"
	"strconv"

	"kefu"
)

// Automation rules, their dry run, auto-reply templates and the record
// of what rules did on a ticket (package rules runs them).

// RuleDryRunner answers POST /api/v1/rules/dry-run; *rules.Engine is one.
type RuleDryRunner interface {
	DryRun(ctx context.Context, req kefu.RuleDryRun) (*kefu.RuleDryRunResult, error)
}

// ruleList is the body of GET /api/v1/rules.
type ruleList struct {
	Rules []*kefu.Rule `json:"rules"`
}

// ruleCreateRequest is the body of POST /api/v1/rules: a rule without its
// id and timestamps. Enabled defaults to true; Position 0 puts it last.
type ruleCreateRequest struct {
	Name       string               `json:"name"`
	StoreID    int64                `json:"store_id,omitempty"`
	Position   int                  `json:"position,omitempty"`
	Enabled    *bool                `json:"enabled,omitempty"`
	Trigger    string               `json:"trigger,omitempty"`
	Conditions []kefu.RuleCondition `json:"conditions,omitempty"`
	Actions    []kefu.RuleAction    `json:"actions"`
	Stop       bool                 `json:"stop,omitempty"`
}

// autoReplyTemplateList is the body of GET /api/v1/auto-reply-templates.
type autoReplyTemplateList struct {
	Templates []*kefu.AutoReplyTemplate `json:"templates"`
}

// autoReplyTemplateRequest is the body of POST and PUT
// /api/v1/auto-reply-templates: a template without id and timestamps.
type autoReplyTemplateRequest struct {
	Name     string `json:"name"`
	Intent   string `json:"intent,omitempty"`
	Language string `json:"language"`
	StoreID  int64  `json:"store_id,omitempty"`
	Body     string `json:"body"`
}

// ruleFiringList is the body of GET /api/v1/tickets/{id}/rule-firings.
type ruleFiringList struct {
	Firings []*kefu.RuleFiring `json:"firings"`
}

func notConfigured(what string) error {
	return &requestError{status: http.StatusServiceUnavailable, err: kefu.Error{Code: kefu.EINTERNAL, Message: what + " is not configured on this server"}}
}

func (s *Server) listRules(w http.ResponseWriter, r *http.Request) error {
	q, err := parseQuery(r, "store", "enabled")
	if err != nil {
		return err
	}
	f := kefu.RuleFilter{StoreID: q.id("store")}
	enabled := q.bool("enabled")
	if q.err != nil {
		return q.err
	}
	if s.svc.Rules == nil {
		return notConfigured("rules")
	}
	f.EnabledOnly = enabled != nil && *enabled
	rules, err := s.svc.Rules.ListRules(r.Context(), f)
	if err != nil {
		return err
	}
	out := ruleList{Rules: rules}
	if enabled != nil && !*enabled { // enabled=false: the switched-off ones
		out.Rules = out.Rules[:0:0]
		for _, rule := range rules {
			if !rule.Enabled {
				out.Rules = append(out.Rules, rule)
			}
		}
	}
	if out.Rules == nil {
		out.Rules = []*kefu.Rule{}
	}
	return writeJSON(w, http.StatusOK, out)
}

func (s *Server) createRule(w http.ResponseWriter, r *http.Request) error {
	var req ruleCreateRequest
	if err := decodeJSON(r, &req); err != nil {
		return err
	}
	if s.svc.Rules == nil {
		return notConfigured("rules")
	}
	rule := &kefu.Rule{Name: req.Name, StoreID: req.StoreID, Position: req.Position, Enabled: req.Enabled == nil || *req.Enabled,
		Trigger: req.Trigger, Conditions: req.Conditions, Actions: req.Actions, Stop: req.Stop}
	if rule.Conditions == nil {
		rule.Conditions = []kefu.RuleCondition{}
	}
	if err := s.svc.Rules.CreateRule(r.Context(), rule); err != nil {
		return err
	}
	w.Header().Set("Location", api+"/rules/"+strconv.FormatInt(rule.ID, 10))
	return writeJSON(w, http.StatusCreated, rule)
}

func (s *Server) getRule(w http.ResponseWriter, r *http.Request) error {
	id, err := pathID(r, "id")
	if err != nil {
		return err
	}
	if s.svc.Rules == nil {
		return notConfigured("rules")
	}
	rule, err := s.svc.Rules.FindRule(r.Context(), id)
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, rule)
}

// updateRule changes some fields of a rule: {"enabled": false} switches it
// off, {"position": 1} moves it to the top.
func (s *Server) updateRule(w http.ResponseWriter, r *http.Request) error {
	id, err := pathID(r, "id")
	if err != nil {
		return err
	}
	var u kefu.RuleUpdate
	if err := decodeJSON(r, &u); err != nil {
		return err
	}
	if s.svc.Rules == nil {
		return notConfigured("rules")
	}
	rule, err := s.svc.Rules.UpdateRule(r.Context(), id, u)
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, rule)
}

func (s *Server) deleteRule(w http.ResponseWriter, r *http.Request) error {
	id, err := pathID(r, "id")
	if err != nil {
		return err
	}
	if s.svc.Rules == nil {
		return notConfigured("rules")
	}
	if err := s.svc.Rules.DeleteRule(r.Context(), id); err != nil {
		return err
	}
	w.WriteHeader(http.StatusNoContent)
	return nil
}

func (s *Server) dryRunRules(w http.ResponseWriter, r *http.Request) error {
	var req kefu.RuleDryRun
	if err := decodeJSON(r, &req); err != nil {
		return err
	}
	if s.svc.RuleDryRun == nil {
		return notConfigured("rules")
	}
	res, err := s.svc.RuleDryRun.DryRun(r.Context(), req)
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, res)
}

func (s *Server) listRuleFirings(w http.ResponseWriter, r *http.Request) error {
	id, err := pathID(r, "id")
	if err != nil {
		return err
	}
	if _, err := parseQuery(r); err != nil {
		return err
	}
	if s.svc.Rules == nil {
		return notConfigured("rules")
	}
	firings, err := s.svc.Rules.ListRuleFirings(r.Context(), id)
	if err != nil {
		return err
	}
	if firings == nil {
		firings = []*kefu.RuleFiring{}
	}
	return writeJSON(w, http.StatusOK, ruleFiringList{Firings: firings})
}

func (s *Server) listAutoReplyTemplates(w http.ResponseWriter, r *http.Request) error {
	q, err := parseQuery(r, "store", "intent", "language", "name")
	if err != nil {
		return err
	}
	f := kefu.AutoReplyFilter{StoreID: q.id("store"), Intent: q.str("intent"), Language: q.str("language"), Name: q.str("name")}
	if q.err != nil {
		return q.err
	}
	if s.svc.AutoReplies == nil {
		return notConfigured("auto-replies")
	}
	templates, err := s.svc.AutoReplies.ListAutoReplyTemplates(r.Context(), f)
	if err != nil {
		return err
	}
	if templates == nil {
		templates = []*kefu.AutoReplyTemplate{}
	}
	return writeJSON(w, http.StatusOK, autoReplyTemplateList{Templates: templates})
}

func (s *Server) createAutoReplyTemplate(w http.ResponseWriter, r *http.Request) error {
	var req autoReplyTemplateRequest
	if err := decodeJSON(r, &req); err != nil {
		return err
	}
	if s.svc.AutoReplies == nil {
		return notConfigured("auto-replies")
	}
	tpl := &kefu.AutoReplyTemplate{Name: req.Name, Intent: req.Intent, Language: req.Language, StoreID: req.StoreID, Body: req.Body}
	if err := s.svc.AutoReplies.CreateAutoReplyTemplate(r.Context(), tpl); err != nil {
		return err
	}
	w.Header().Set("Location", api+"/auto-reply-templates/"+strconv.FormatInt(tpl.ID, 10))
	return writeJSON(w, http.StatusCreated, tpl)
}

func (s *Server) getAutoReplyTemplate(w http.ResponseWriter, r *http.Request) error {
	id, err := pathID(r, "id")
	if err != nil {
		return err
	}
	if s.svc.AutoReplies == nil {
		return notConfigured("auto-replies")
	}
	tpl, err := s.svc.AutoReplies.FindAutoReplyTemplate(r.Context(), id)
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, tpl)
}

// replaceAutoReplyTemplate is PUT: the body replaces every field.
func (s *Server) replaceAutoReplyTemplate(w http.ResponseWriter, r *http.Request) error {
	id, err := pathID(r, "id")
	if err != nil {
		return err
	}
	var req autoReplyTemplateRequest
	if err := decodeJSON(r, &req); err != nil {
		return err
	}
	if s.svc.AutoReplies == nil {
		return notConfigured("auto-replies")
	}
	tpl := &kefu.AutoReplyTemplate{ID: id, Name: req.Name, Intent: req.Intent, Language: req.Language, StoreID: req.StoreID, Body: req.Body}
	if err := s.svc.AutoReplies.UpdateAutoReplyTemplate(r.Context(), tpl); err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, tpl)
}

func (s *Server) deleteAutoReplyTemplate(w http.ResponseWriter, r *http.Request) error {
	id, err := pathID(r, "id")
	if err != nil {
		return err
	}
	if s.svc.AutoReplies == nil {
		return notConfigured("auto-replies")
	}
	if err := s.svc.AutoReplies.DeleteAutoReplyTemplate(r.Context(), id); err != nil {
		return err
	}
	w.WriteHeader(http.StatusNoContent)
	return nil
}
