package web

import (
	"net/http"

	"kefu"
)

// handlerFunc is an HTTP handler that reports failure by returning an
// error; the adapter writes it as problem+json.
type handlerFunc func(w http.ResponseWriter, r *http.Request) error

// route is one entry of the route table. The table is data so that tests
// can walk it: every route is documented in openapi.json, and every
// route that is not public demands authentication and its scope.
type route struct {
	method string
	path   string
	// scope is demanded of the actor before the handler runs; empty means
	// any authenticated caller (tokens: everyone manages their own).
	scope string
	// public routes skip authentication: probes, metrics, the API document.
	public bool
	// maxBody caps the request body; 0 means Options.MaxBodyBytes.
	maxBody int64
	handle  handlerFunc
}

func (rt route) pattern() string { return rt.method + " " + rt.path }

const api = "/api/v1"

// routes is the one route table of the API.
func (s *Server) routes() []route {
	return []route{
		{method: "GET", path: "/healthz", public: true, handle: s.healthz},
		{method: "GET", path: "/readyz", public: true, handle: s.readyz},
		{method: "GET", path: "/metrics", public: true, handle: s.serveMetrics},
		{method: "GET", path: api + "/openapi.json", public: true, handle: s.openAPI},

		{method: "GET", path: api + "/tickets", scope: kefu.ScopeTicketsRead, handle: s.listTickets},
		{method: "POST", path: api + "/tickets", scope: kefu.ScopeTicketsWrite, maxBody: messageMaxBody, handle: s.createTicket},
		{method: "GET", path: api + "/tickets/{id}", scope: kefu.ScopeTicketsRead, handle: s.getTicket},
		{method: "PATCH", path: api + "/tickets/{id}", scope: kefu.ScopeTicketsWrite, handle: s.updateTicket},
		{method: "POST", path: api + "/tickets/{id}/messages", scope: kefu.ScopeTicketsWrite, maxBody: messageMaxBody, handle: s.addMessage},

		{method: "GET", path: api + "/customers", scope: kefu.ScopeTicketsRead, handle: s.findCustomer},
		{method: "GET", path: api + "/customers/{id}", scope: kefu.ScopeTicketsRead, handle: s.getCustomer},

		{method: "GET", path: api + "/orders", scope: kefu.ScopeOrdersRead, handle: s.listOrders},
		{method: "PUT", path: api + "/orders", scope: kefu.ScopeOrdersWrite, handle: s.upsertOrder},
		{method: "POST", path: api + "/orders/import", scope: kefu.ScopeOrdersWrite, maxBody: importMaxBody, handle: s.importOrders},
		{method: "GET", path: api + "/orders/{id}", scope: kefu.ScopeOrdersRead, handle: s.getOrder},

		// Agents need the store list to work tickets; the service limits
		// it to the stores they may see.
		{method: "GET", path: api + "/stores", scope: kefu.ScopeTicketsRead, handle: s.listStores},
		{method: "POST", path: api + "/stores", scope: kefu.ScopeAdmin, handle: s.createStore},
		{method: "GET", path: api + "/stores/{id}", scope: kefu.ScopeTicketsRead, handle: s.getStore},
		{method: "PATCH", path: api + "/stores/{id}", scope: kefu.ScopeAdmin, handle: s.updateStore},

		{method: "GET", path: api + "/users", scope: kefu.ScopeAdmin, handle: s.listUsers},
		{method: "POST", path: api + "/users", scope: kefu.ScopeAdmin, handle: s.createUser},
		{method: "GET", path: api + "/users/{id}", scope: kefu.ScopeAdmin, handle: s.getUser},
		{method: "PATCH", path: api + "/users/{id}", scope: kefu.ScopeAdmin, handle: s.updateUser},

		{method: "GET", path: api + "/tokens", handle: s.listTokens},
		{method: "POST", path: api + "/tokens", handle: s.createToken},
		{method: "DELETE", path: api + "/tokens/{id}", handle: s.revokeToken},

		{method: "GET", path: api + "/audit", scope: kefu.ScopeAdmin, handle: s.listAudit},
		{method: "GET", path: api + "/events", scope: kefu.ScopeAdmin, handle: s.listEvents},

		// Machine translation (translate.go): reading a translated message
		// is reading the ticket; translating an agent's draft is writing.
		{method: "POST", path: api + "/translate", scope: kefu.ScopeTicketsWrite, handle: s.translateText},
		{method: "GET", path: api + "/messages/{id}/translation", scope: kefu.ScopeTicketsRead, handle: s.messageTranslation},

		// The marketplace guard, asked ahead of sending (lint.go).
		{method: "POST", path: api + "/lint", scope: kefu.ScopeTicketsRead, handle: s.lint},

		// Alert channels (WeCom, DingTalk, Feishu, Slack, email) and what
		// was sent to them (alerts.go).
		{method: "GET", path: api + "/alert-channels", scope: kefu.ScopeAdmin, handle: s.listAlertChannels},
		{method: "POST", path: api + "/alert-channels", scope: kefu.ScopeAdmin, handle: s.createAlertChannel},
		{method: "PATCH", path: api + "/alert-channels/{id}", scope: kefu.ScopeAdmin, handle: s.updateAlertChannel},
		{method: "DELETE", path: api + "/alert-channels/{id}", scope: kefu.ScopeAdmin, handle: s.deleteAlertChannel},
		{method: "POST", path: api + "/alert-channels/{id}/test", scope: kefu.ScopeAdmin, handle: s.testAlertChannel},
		{method: "GET", path: api + "/alerts", scope: kefu.ScopeAdmin, handle: s.listAlerts},

		// SLA clocks (sla.go): policies and calendars are admin settings;
		// incidents and refund freezes are read by whoever works tickets.
		{method: "GET", path: api + "/sla-policies", scope: kefu.ScopeAdmin, handle: listSLA(s, slaPolicies)},
		{method: "POST", path: api + "/sla-policies", scope: kefu.ScopeAdmin, handle: createSLA(s, slaPolicies)},
		{method: "GET", path: api + "/sla-policies/{id}", scope: kefu.ScopeAdmin, handle: getSLA(s, slaPolicies)},
		{method: "PATCH", path: api + "/sla-policies/{id}", scope: kefu.ScopeAdmin, handle: updateSLA(s, slaPolicies)},
		{method: "DELETE", path: api + "/sla-policies/{id}", scope: kefu.ScopeAdmin, handle: deleteSLA(s, slaPolicies)},
		{method: "GET", path: api + "/business-calendars", scope: kefu.ScopeAdmin, handle: listSLA(s, businessCalendars)},
		{method: "POST", path: api + "/business-calendars", scope: kefu.ScopeAdmin, handle: createSLA(s, businessCalendars)},
		{method: "GET", path: api + "/business-calendars/{id}", scope: kefu.ScopeAdmin, handle: getSLA(s, businessCalendars)},
		{method: "PATCH", path: api + "/business-calendars/{id}", scope: kefu.ScopeAdmin, handle: updateSLA(s, businessCalendars)},
		{method: "DELETE", path: api + "/business-calendars/{id}", scope: kefu.ScopeAdmin, handle: deleteSLA(s, businessCalendars)},
		{method: "GET", path: api + "/incidents", scope: kefu.ScopeTicketsRead, handle: s.listIncidents},
		{method: "GET", path: api + "/stores/{id}/refund-freeze", scope: kefu.ScopeTicketsRead, handle: s.getRefundFreeze},
		{method: "DELETE", path: api + "/stores/{id}/refund-freeze", scope: kefu.ScopeAdmin, handle: s.liftRefundFreeze},
		{method: "POST", path: api + "/tickets/{id}/no-response-needed", scope: kefu.ScopeTicketsWrite, handle: s.markNoResponseNeeded},

		// Automation rules and auto-reply templates (rules.go): admins
		// shape them; what rules did is read with the ticket.
		{method: "GET", path: api + "/rules", scope: kefu.ScopeAdmin, handle: s.listRules},
		{method: "POST", path: api + "/rules", scope: kefu.ScopeAdmin, handle: s.createRule},
		{method: "POST", path: api + "/rules/dry-run", scope: kefu.ScopeAdmin, handle: s.dryRunRules},
		{method: "GET", path: api + "/rules/{id}", scope: kefu.ScopeAdmin, handle: s.getRule},
		{method: "PATCH", path: api + "/rules/{id}", scope: kefu.ScopeAdmin, handle: s.updateRule},
		{method: "DELETE", path: api + "/rules/{id}", scope: kefu.ScopeAdmin, handle: s.deleteRule},
		{method: "GET", path: api + "/auto-reply-templates", scope: kefu.ScopeTicketsRead, handle: s.listAutoReplyTemplates},
		{method: "POST", path: api + "/auto-reply-templates", scope: kefu.ScopeAdmin, handle: s.createAutoReplyTemplate},
		{method: "GET", path: api + "/auto-reply-templates/{id}", scope: kefu.ScopeTicketsRead, handle: s.getAutoReplyTemplate},
		{method: "PUT", path: api + "/auto-reply-templates/{id}", scope: kefu.ScopeAdmin, handle: s.replaceAutoReplyTemplate},
		{method: "DELETE", path: api + "/auto-reply-templates/{id}", scope: kefu.ScopeAdmin, handle: s.deleteAutoReplyTemplate},
		{method: "GET", path: api + "/tickets/{id}/rule-firings", scope: kefu.ScopeTicketsRead, handle: s.listRuleFirings},

		// Webhooks authenticate by the sender's signature, not a token.
		{method: "POST", path: "/hooks/stripe/{store}", public: true, maxBody: hookMaxBody, handle: s.stripeHook},
		{method: "POST", path: "/hooks/shopee/{store}", public: true, maxBody: hookMaxBody, handle: s.shopeeHook},
		{method: "POST", path: "/hooks/generic/{store}", public: true, maxBody: hookMaxBody, handle: s.genericHook},
	}
}
