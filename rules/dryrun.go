package rules

import (
	"context"
	"fmt"

	"kefu"
)

// DryRun reports which rules would fire on the newest tickets and what
// they would do, changing nothing: no firing is recorded, no action runs.
// Each ticket is looked at as its latest buyer message (or its creation)
// would be; req.Trigger limits the rules to one trigger. Admins only, as
// rules are.
func (e *Engine) DryRun(ctx context.Context, req kefu.RuleDryRun) (*kefu.RuleDryRunResult, error) {
	if err := kefu.ActorFrom(ctx).Require(kefu.ScopeAdmin); err != nil {
		return nil, err
	}
	if err := req.Validate(); err != nil {
		return nil, err
	}
	rules, err := e.dryRunRules(ctx, req)
	if err != nil {
		return nil, err
	}
	out := &kefu.RuleDryRunResult{Tickets: []kefu.DryRunTicket{}, Rules: []kefu.DryRunRuleRef{}}
	for _, r := range rules {
		out.Rules = append(out.Rules, kefu.DryRunRuleRef{RuleID: r.ID, RuleName: r.Name, Enabled: r.Enabled})
	}
	f := kefu.TicketFilter{Sort: kefu.SortCreated, Limit: min(req.Last, kefu.MaxPageSize)}
	for len(out.Tickets) < req.Last {
		page, err := e.Store.ListTickets(ctx, f)
		if err != nil {
			return nil, err
		}
		for _, t := range page.Tickets {
			if len(out.Tickets) == req.Last {
				break
			}
			ev, err := e.loadEvent(ctx, t.ID, req.Trigger, 0)
			if kefu.ErrorCode(err) == kefu.ENOTFOUND {
				continue // deleted meanwhile
			} else if err != nil {
				return nil, err
			}
			dt := kefu.DryRunTicket{TicketID: t.ID, Subject: t.Subject, Fired: []kefu.DryRunFiring{}}
			for _, fired := range Evaluate(&ev.facts, rules) {
				dt.Fired = append(dt.Fired, kefu.DryRunFiring{RuleID: fired.Rule.ID, RuleName: fired.Rule.Name, Actions: fired.Rule.Actions})
			}
			if len(dt.Fired) > 0 {
				out.Matched++
			}
			out.Tickets = append(out.Tickets, dt)
		}
		if page.NextCursor == "" {
			break
		}
		f.Cursor = page.NextCursor
	}
	out.Evaluated = len(out.Tickets)
	return out, nil
}

// dryRunRules are the rules a dry run tries: the unsaved one, the named
// ones (enabled or not) in evaluation order, or every enabled rule.
func (e *Engine) dryRunRules(ctx context.Context, req kefu.RuleDryRun) ([]*kefu.Rule, error) {
	if req.Rule != nil {
		r := *req.Rule
		r.ID, r.Enabled = 0, true
		return []*kefu.Rule{&r}, nil
	}
	all, err := e.Store.ListRules(ctx, kefu.RuleFilter{EnabledOnly: len(req.RuleIDs) == 0})
	if err != nil || len(req.RuleIDs) == 0 {
		return all, err
	}
	byID := map[int64]*kefu.Rule{}
	for _, r := range all {
		byID[r.ID] = r
	}
	wanted := map[int64]bool{}
	for i, id := range req.RuleIDs {
		if byID[id] == nil {
			field := fmt.Sprintf("rule_ids.%d", i)
			return nil, kefu.Invalid(field, "%s: rule %d does not exist", field, id)
		}
		wanted[id] = true
	}
	var rules []*kefu.Rule
	for _, r := range all {
		if wanted[r.ID] {
			rules = append(rules, r)
		}
	}
	return rules, nil
}
